import { wordsIn } from "./sentences.js";

/**
 * "A term explained in the same sentence is allowed" (issue 5): writing "your IRO (the person who
 * checks your plan is working)" keeps the word the child will hear, and explains it. These are the
 * shapes recognised, all inside one sentence:
 *   term (gloss)            your IRO (the person who checks your plan is working) will visit
 *   term – gloss –          your IRO – the person who checks your plan – will visit
 *   term, gloss,            your PEP, which is your plan for school, is ready
 *   gloss (term)            the person who checks your plan (your IRO) will visit
 *   gloss called term       a plan for school called a PEP
 * A gloss must have a word starting in lower case, so a name ("IRO (Sam Patel)") or an acronym
 * spelled out in capitals ("PEP (Personal Education Plan)") does not count. A gloss is still part
 * of the text, so jargon inside it is reported on its own: "IRO (independent reviewing officer)"
 * passes for a parent, but a child is told "independent reviewing officer" is jargon too.
 */

/** How far from a term its explanation may sit, in characters: far longer than any gloss a person writes. */
const GLOSS_REACH = 400;

/** Words that start an appositive after a comma: "your PEP, which is…", "your IRO, the person who…". */
const COMMA_GLOSS_START = /^(?:the|a|an|who|which|that|meaning|or|someone|somebody|this|i\.e\.|in other words)\b/i;
const POSSESSIVE = /^(?:['’]s)?/;
const DASH_OPEN = /^\s*[–—]\s*|^\s+-\s+/;
const DASH_CLOSE = /\s*[–—]|\s+-\s/;
const CALLED_BEFORE = /(?:called|known as|we call (?:this|it)|which we call)\s+(?:(?:an?|the|your)\s+)?$/i;
const PAREN_BEFORE = /\(\s*(?:(?:your|the|a|an|called|known as)\s+)?$/i;

/**
 * True when the term at text[start, end) is explained within its sentence (see the file header).
 * @example
 * const t = "Your IRO (the person who checks your plan) will visit.";
 * isExplainedInline(t, 5, 8, { start: 0, end: t.length }) // true
 */
export function isExplainedInline(text: string, start: number, end: number, sentence: { start: number; end: number }): boolean {
  // A gloss sits next to its term: look at most GLOSS_REACH characters either side, so one very long
  // sentence with many terms stays linear (each look used to read the whole sentence).
  const rawAfter = text.slice(end, Math.min(sentence.end, end + GLOSS_REACH));
  const after = rawAfter.slice(POSSESSIVE.exec(rawAfter)?.[0].length ?? 0);
  const before = text.slice(Math.max(sentence.start, start - GLOSS_REACH), start);

  const paren = /^\s*\(([^()]*)\)/.exec(after);
  if (paren && isGloss(paren[1] ?? "")) return true;

  const dash = DASH_OPEN.exec(after);
  if (dash) {
    const rest = after.slice(dash[0].length);
    const close = DASH_CLOSE.exec(rest);
    if (isGloss(close ? rest.slice(0, close.index) : rest)) return true;
  }

  const comma = /^,\s*/.exec(after);
  if (comma) {
    const rest = after.slice(comma[0].length);
    const gloss = rest.split(",")[0] ?? "";
    if (COMMA_GLOSS_START.test(gloss) && isGloss(gloss)) return true;
  }

  // Gloss first, term in brackets: the words before must be ordinary ones ending in lower case, so
  // "Your PEP (personal education plan)" does not let the two terms explain each other.
  const openParen = PAREN_BEFORE.exec(before);
  if (openParen && /^\s*\)/.test(after)) {
    const glossWords = wordsIn(before.slice(0, openParen.index));
    if (glossWords.length >= 2 && /^\p{Ll}/u.test(glossWords.at(-1) ?? "")) return true;
  }

  const called = CALLED_BEFORE.exec(before);
  return called !== null && wordsIn(before.slice(0, called.index)).length >= 3;
}

/** A gloss has a word starting in lower case: a name or a capitalised expansion explains nothing. */
function isGloss(gloss: string): boolean {
  return wordsIn(gloss).some((w) => /^\p{Ll}/u.test(w));
}
