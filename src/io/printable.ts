/**
 * Control characters (a key or file name holding ESC, a bidi override, a line separator, half of a
 * surrogate pair) shown as \u escapes, so input cannot recolour or rewrite the terminal a report is
 * read in. Newlines are kept. Every line reviewkit prints for a person passes through here.
 * @example printable("/\u001b[31mname") // "/\\u001b[31mname"
 */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

// C0 but newline, DEL and C1, bidi marks, embeddings, overrides and isolates, line/paragraph separators, lone surrogates.
const UNPRINTABLE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
