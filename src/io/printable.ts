/**
 * Control characters (a key or file name holding ESC, a bidi override) shown as \u escapes, so
 * input cannot recolour or rewrite the terminal a report is read in. Newlines are kept.
 * @example printable("/\u001b[31mname") // "/\\u001b[31mname"
 */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
