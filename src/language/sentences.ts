/**
 * Sentences and words, for readability figures and for "explained in the same sentence".
 * Headings and list items are sentences of their own (a heading is read as a unit, and GOV.UK-style
 * bullets have no full stop); lines of one paragraph are joined, because a hard-wrapped paragraph
 * split line by line would look far easier to read than it is.
 */

/** One sentence: its span in the text (end exclusive) and how many words it has. */
export interface Sentence {
  start: number;
  end: number;
  text: string;
  words: number;
}

const HEADING = /^ {0,3}#{1,6}(?:[ \t]+|$)/;
const RULE_LINE = /^ {0,3}(?:([-*_=])[ \t]*)(?:\1[ \t]*){2,}$/;
const LIST_ITEM = /^[ \t]*(?:[-*+•‣◦▪–]|\d{1,3}[.)]|[a-z][.)]|[A-Z]\)|\(\w{1,3}\))[ \t]+/;
const SENTENCE_END = /[.!?…]+['"”’)\]]*/g;
const WORD = /[\p{L}\p{N}]+(?:(?:['’.\-‐‑]|(?<=\p{N}),(?=\p{N}))[\p{L}\p{N}]+)*/gu;

/** Abbreviations whose full stop does not end a sentence (lower-cased, inner dots kept). */
const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "mx", "dr", "prof", "st", "e.g", "i.e", "eg", "ie", "vs", "cf", "approx",
  "cllr", "rev", "revd", "sr", "jr", "capt", "sgt", "insp", "supt", "det", "dept", "ref", "tel", "fig",
  "reg", "regs", "para", "paras", "sec", "sch", "art", "ch", "pp",
]);

/**
 * The words in a text: letters and digits, keeping "don't", "well-being", "21.12.2026" and "s.47"
 * whole (Flesch counts contractions, hyphenated words, figures and abbreviations as one word).
 * @example wordsIn("Your IRO's visit is on 21.12.2026.") // ["Your", "IRO's", "visit", "is", "on", "21.12.2026"]
 */
export function wordsIn(text: string): string[] {
  return text.match(WORD) ?? [];
}

/**
 * Splits text into sentences. A full stop after Mr, Dr, e.g. or an initial does not end one; a
 * date like 21.12.2026 is not split (a sentence ends only where whitespace follows); headings,
 * list items and paragraphs each end a sentence. Pieces with no words are dropped.
 * @example splitSentences("Dr Shah will visit. You can ask her e.g. about school.").length // 2
 * @example splitSentences("# Your plan\n- School\n- Football").map((s) => s.text) // ["Your plan", "School", "Football"]
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const [start, end] of blocks(text)) {
    let from = start;
    for (const cut of cutsIn(text.slice(start, end))) {
      push(text, from, start + cut, out);
      from = start + cut;
    }
    push(text, from, end, out);
  }
  return out;
}

function push(text: string, start: number, end: number, out: Sentence[]): void {
  while (start < end && /\s/.test(text[start] ?? "")) start++;
  while (end > start && /\s/.test(text[end - 1] ?? "")) end--;
  const piece = text.slice(start, end);
  const words = wordsIn(piece).length;
  if (words > 0) out.push({ start, end, text: piece, words });
}

/** Headings, list items and paragraphs as [start, end) spans, markers left out. */
function blocks(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let open: { start: number; end: number; list: boolean } | undefined;
  const close = () => {
    if (open) spans.push([open.start, open.end]);
    open = undefined;
  };
  let at = 0;
  for (const line of text.split("\n")) {
    const start = at;
    const end = at + line.length;
    at = end + 1;
    const heading = HEADING.exec(line);
    const item = LIST_ITEM.exec(line);
    if (line.trim() === "" || RULE_LINE.test(line)) close();
    else if (heading) {
      close();
      spans.push([start + heading[0].length, end]);
    } else if (item) {
      close();
      open = { start: start + item[0].length, end, list: true };
    } else if (open && (!open.list || /^\s/.test(line))) {
      open.end = end; // a wrapped line of the same paragraph or list item
    } else {
      close();
      open = { start, end, list: false };
    }
  }
  close();
  return spans;
}

/** Offsets inside one block where a sentence ends. */
function cutsIn(block: string): number[] {
  // Linear in the block: each look around a full stop reads only the next non-space character and
  // the word before it. Slicing the rest of the block (or matching a $-anchored pattern on all that
  // came before) at every full stop made a 1 MB text take minutes.
  const cuts: number[] = [];
  for (const m of block.matchAll(SENTENCE_END)) {
    const after = m.index + m[0].length;
    if (after >= block.length || !/\s/.test(block[after] ?? "")) continue; // end of block, or 21.12.2026 / s.47
    NON_SPACE.lastIndex = after;
    const next = NON_SPACE.exec(block)?.[0] ?? "";
    if (!/[\p{Lu}\p{N}"“‘'(\[]/u.test(next)) continue; // "e.g. mum": a lower-case word carries on
    if (m[0] === "." && isAbbreviation(block.slice(Math.max(0, m.index - WORD_BEFORE), m.index), next)) continue;
    cuts.push(after);
  }
  return cuts;
}

const NON_SPACE = /\S/gu;
/** Longest word looked at before a full stop for an abbreviation or an initial ("approx", "e.g"). */
const WORD_BEFORE = 40;

function isAbbreviation(before: string, next: string): boolean {
  const word = /[\p{L}.]+$/u.exec(before)?.[0] ?? "";
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "J. Smith"
  if (word === "No" && /\d/.test(next)) return true; // "No. 5"
  return ABBREVIATIONS.has(word.toLowerCase());
}
