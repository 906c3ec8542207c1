/**
 * "The same words": two texts equal once case, spacing and final punctuation are ignored. The SMART
 * check (KCP-1.1, WB-1.CP) asks it of every action of a plan, whose measure must not merely repeat
 * the action; most pairs differ within their first words, so it is settled there, word by word,
 * rather than by lower-casing and rewriting two paragraphs for every action.
 */

/**
 * The normal form compared: lower case, each run of white space one space, no space at either end,
 * no final run of `.!?;:,`. What {@link sameWords} decides is exactly whether these are equal.
 * @example normalisedWords("  Visit  Amara weekly. ") // "visit amara weekly"
 */
export function normalisedWords(s: string): string {
  return s.toLowerCase().replace(/\s+/g, " ").trim().replace(/[.!?;:,]+$/, "");
}

/**
 * The first character after any white space, lower-cased, when it is an ASCII letter or digit;
 * else -1. Normal forms that drop white space and lower-case (normalisedWords, a named person's
 * key) keep that character first, so two texts whose leading characters differ here differ there.
 * @example leadingAlphanumeric("  Visit Amara") // 118 ("v")
 */
export function leadingAlphanumeric(s: string): number {
  const c = s.trimStart().charCodeAt(0);
  if (c >= 65 && c <= 90) return c + 32; // A-Z as a-z
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) ? c : -1;
}

/**
 * Whether two texts are the same words (`normalisedWords(a) === normalisedWords(b)`), answered
 * from their first differing word where one comes before either text's last word.
 * @example sameWords("Visit Amara weekly.", "visit  amara weekly") // true
 * @example sameWords("Visit Amara weekly", "Visit Tobi weekly") // false, decided at the second word
 */
export function sameWords(a: string, b: string): boolean {
  // Why a word may be judged on its own: in both normal forms a word that is not the last is its own
  // lower case followed by one space (the final punctuation is cut from the last word only, and trim
  // from the ends), and lower-casing a word alone gives the same as in its text: the one rule that
  // looks at neighbours (Greek final sigma, Unicode SpecialCasing) looks past "case-ignorable"
  // characters only, and the only white space among those is U+FEFF, so a text with one is
  // compared whole. The first pair of such words that differ settles it; reaching either text's
  // last word, the whole is compared.
  let i = skipSpace(a, 0);
  let j = skipSpace(b, 0);
  while (i !== -1 && j !== -1) {
    const endA = wordEnd(a, i);
    const endB = wordEnd(b, j);
    const nextA = skipSpace(a, endA);
    const nextB = skipSpace(b, endB);
    if (nextA === -1 || nextB === -1) break;
    // One text at its last word and the other not: they have different numbers of words, and a
    // normal form has one space fewer than its text has words (white space runs become one space,
    // case mapping neither makes nor removes white space, and the final cut takes punctuation, never
    // a space), so the normal forms differ. A measure cut short from its action ends here, where
    // normalising both whole texts cost more than the rest of the SMART check.
    if ((nextA === a.length) !== (nextB === b.length)) return false;
    if (nextA === a.length) break; // both at their last word: its punctuation may be cut
    if (a.slice(i, endA).toLowerCase() !== b.slice(j, endB).toLowerCase()) return false;
    i = nextA;
    j = nextB;
  }
  return normalisedWords(a) === normalisedWords(b);
}

/**
 * The index of the first character at or after `from` that is not white space (`\s`), or the
 * length; -1 on meeting U+FEFF, the one white space final sigma looks across.
 */
function skipSpace(s: string, from: number): number {
  let k = from;
  for (; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c === 0xfeff) return -1;
    if (!isSpace(c)) break;
  }
  return k;
}

/** The index of the first white space at or after `from`, or the length. */
function wordEnd(s: string, from: number): number {
  let k = from;
  while (k < s.length && !isSpace(s.charCodeAt(k))) k++;
  return k;
}

/**
 * Whether a UTF-16 code unit is white space as `\s` and trim() mean it (ECMA-262 WhiteSpace and
 * LineTerminator: tab, line feed, vertical tab, form feed, carriage return, space, no-break space,
 * the other Unicode space separators, line and paragraph separators, and the byte order mark).
 */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return (
    c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}
