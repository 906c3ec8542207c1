import { bandFor, type Audience, type ReadabilityBand } from "./audience.js";
import { isExplainedInline } from "./explained-inline.js";
import { loadGlossary, type GlossaryEntry } from "./glossary.js";
import { splitSentences, type Sentence } from "./sentences.js";

/** One jargon term found in a text. */
export interface JargonHit {
  /** The glossary headword ("IRO"), not the text as written ("IROs"). */
  term: string;
  /** Character offset of the match in the text (UTF-16 code units, as JavaScript strings count). */
  index: number;
  /** Length of the match, so a renderer can highlight it. */
  length: number;
  /** What to say instead, for this audience. */
  replacement: string;
  definition: string;
}

/** Options for findJargon: the reader, and a child's age where known (it picks the band). */
export interface JargonOptions {
  audience: Audience;
  age?: number;
}

interface Pattern {
  entry: GlossaryEntry;
  re: RegExp;
}

let compiled: Pattern[] | undefined;

/**
 * A form as a whole-word pattern. A capital letter anywhere makes it exact ("PEP", not "Pep");
 * otherwise any case. A space or hyphen matches any run of either; an optional plural "s" follows.
 */
function toPattern(form: string): RegExp {
  const exact = /\p{Lu}/u.test(form);
  const body = form
    .split(/[\s-]+/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/'/g, "['’]"))
    .join("[\\s\\u00a0\\-‐‑]+");
  return new RegExp(`(?<![\\p{L}\\p{N}_])${body}s?(?![\\p{L}\\p{N}_])`, exact ? "gu" : "giu");
}

function patterns(): Pattern[] {
  compiled ??= loadGlossary().flatMap((entry) => entry.forms.map((form) => ({ entry, re: toPattern(form) })));
  return compiled;
}

/** The word just before and just after a match, for `unless` (lower-cased before; as written after). */
function neighbours(text: string, start: number, end: number): { before: string; after: string } {
  const before = /([\p{L}']+)[^\p{L}\n]*$/u.exec(text.slice(Math.max(0, start - 40), start))?.[1] ?? "";
  const after = /^[^\p{L}\n]*([\p{L}']+)/u.exec(text.slice(end, end + 40))?.[1] ?? "";
  return { before: before.toLowerCase(), after };
}

function ordinarySense(entry: GlossaryEntry, text: string, start: number, end: number): boolean {
  if (!entry.unless) return false;
  const { before, after } = neighbours(text, start, end);
  if (entry.unless.before?.includes(before)) return true;
  if (entry.unless.after?.includes(after.toLowerCase())) return true;
  return entry.unless.afterName === true && /^\p{Lu}\p{Ll}/u.test(after);
}

/**
 * Jargon in a text for a reader, in order. Where terms overlap the longer wins ("interim care
 * order", not "care order"); a term explained in the same sentence is not reported.
 * @example findJargon("Your IRO will visit.", { audience: "child" })
 * // [{ term: "IRO", index: 5, length: 3, replacement: "the person who checks your plan is working", definition: "…" }]
 * @example findJargon("Your review is on Monday.", { audience: "child", age: 14 }) // [] ("review" is jargon under 13 only)
 */
export function findJargon(text: string, options: JargonOptions): JargonHit[] {
  const band: ReadabilityBand = bandFor(options.audience, options.age);
  const found: { entry: GlossaryEntry; start: number; end: number }[] = [];
  for (const { entry, re } of patterns()) {
    if (!entry.audiences.includes(band)) continue;
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!ordinarySense(entry, text, start, end)) found.push({ entry, start, end });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const sentences = splitSentences(text);
  const hits: JargonHit[] = [];
  let reach = 0;
  for (const f of found) {
    if (f.start < reach) continue; // inside a longer term already taken
    reach = f.end;
    const sentence = sentenceAt(sentences, f.start) ?? { start: 0, end: text.length };
    if (isExplainedInline(text, f.start, f.end, sentence)) continue;
    hits.push({
      term: f.entry.term,
      index: f.start,
      length: f.end - f.start,
      replacement: options.audience === "child" ? f.entry.child : f.entry.parent,
      definition: f.entry.definition,
    });
  }
  return hits;
}

/** The sentence holding `index`, by binary search (sentences are in order and do not overlap): a scan per hit was quadratic. */
function sentenceAt(sentences: Sentence[], index: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (index < s.start) hi = mid - 1;
    else if (index >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}
