/**
 * Record text goes into Markdown templates; a child's words must come out exactly as they wrote
 * them, so nothing in them may be read as Markdown. Every ASCII punctuation character is
 * backslash-escaped (CommonMark lets any of them be escaped, and escaping all of them also stops
 * "www.…" and "a@b.com" turning into links). Newlines become LINE_BREAK, a private-use character
 * that Markdown (and JavaScript's regular expressions, unlike U+2028) treat as an ordinary letter,
 * so a line break in a record survives inside a table cell or list item and the model turns it back
 * into a break. Leading and trailing white space is dropped: at the start of
 * a line four spaces would make a code block, and white space at the ends is not visible anyway.
 */

/** U+E000 (private use): stands for a record's own newline between filling and the model. @example "one\ue000two".split(LINE_BREAK) // ["one", "two"] */
export const LINE_BREAK = "\ue000";

const PUNCTUATION = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/g;

/**
 * Escapes one value for Markdown.
 * @example escapeMarkdown("I like it here & I want more time with Tobi <3") // "I like it here \\& I want more time with Tobi \\<3"
 * @example escapeMarkdown("line one\nline two") // "line one\ue000line two"
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .trim()
    .replace(PUNCTUATION, (c) => `\\${c}`)
    .replace(/[ \t]*\n[ \t]*/g, LINE_BREAK);
}
