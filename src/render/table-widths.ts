import { runsText, type Block } from "./model.js";

/** A generous average width of one character of bold sans-serif, in ems: header words are bold. */
const CHAR_EM = 0.65;
/** A regular (not bold) character's width against CHAR_EM. */
const REGULAR = 0.85;

/**
 * Column widths as fractions of the table's width, from what the columns hold: a column of long
 * decisions gets more room than one of dates, and no column is narrower than its longest word (so
 * "Relationship" or "Progress" is never broken inside the word) when the table can fit them all.
 * `charsPerLine` is how many characters fit across the whole table at the writer's font size.
 * @example columnFractions({ kind: "table", header: [[{ text: "Decision" }], [{ text: "By when" }]], rows: [] }, 80) // [0.5, 0.5]
 */
export function columnFractions(table: Extract<Block, { kind: "table" }>, charsPerLine: number): number[] {
  const columns = table.header.length;
  const weights: number[] = [];
  const minimums: number[] = [];
  const oneLine: number[] = [];
  for (let c = 0; c < columns; c++) {
    const texts = [table.header[c], ...table.rows.map((r) => r[c])].map((cell) => (cell ? runsText(cell) : ""));
    // Header words are bold (CHAR_EM); body text is regular, about 15% narrower.
    const words = (t: string) => t.split(/\s+/).map((w) => w.length);
    const body = texts.slice(1);
    const longestWord = Math.max(...words(texts[0] ?? ""), ...body.flatMap(words).map((n) => n * REGULAR));
    const longest = Math.max(...body.map((t) => t.length * REGULAR), 0);
    const mean = body.length ? (body.reduce((n, t) => n + t.length, 0) / body.length) * REGULAR : (texts[0]?.length ?? 0);
    // Short values (dates, names, yes/no) get room for their longest on one line; prose shares the rest.
    weights.push(longest <= 20 ? Math.max(longest, longestWord, 6) + 2 : Math.min(Math.max(longestWord, mean, 12), 40));
    minimums.push((longestWord + 2) / charsPerLine);
    // A short value (a date, a name) reads best on one line: "18 December 2026" not stacked.
    oneLine.push((longest <= 20 ? Math.max(longest, longestWord) + 2 : longestWord + 2) / charsPerLine);
  }
  const total = weights.reduce((a, b) => a + b, 0);
  const fractions = weights.map((w) => w / total);
  return oneLine.reduce((a, b) => a + b, 0) < 0.9 ? fitMinimums(fractions, oneLine) : fitMinimums(fractions, minimums);
}

/** Raises columns below their minimum and takes the room from the others in proportion. */
function fitMinimums(fractions: number[], minimums: number[]): number[] {
  const needed = minimums.reduce((a, b) => a + b, 0);
  if (needed >= 1) return fractions; // cannot fit every word: keep the proportions rather than squash prose
  const out = [...fractions];
  for (let pass = 0; pass < out.length; pass++) {
    const fixed = out.map((f, i) => f <= (minimums[i] ?? 0));
    const fixedTotal = out.reduce((n, f, i) => n + (fixed[i] ? (minimums[i] ?? 0) : 0), 0);
    const freeTotal = out.reduce((n, f, i) => n + (fixed[i] ? 0 : f), 0);
    if (freeTotal <= 0) return minimums.map((m) => m / needed);
    let changed = false;
    for (let i = 0; i < out.length; i++) {
      const next = fixed[i] ? (minimums[i] ?? 0) : ((out[i] ?? 0) * (1 - fixedTotal)) / freeTotal;
      if (Math.abs(next - (out[i] ?? 0)) > 1e-9) changed = true;
      out[i] = next;
    }
    if (!changed) break;
  }
  return out;
}

/**
 * How many characters fit across a width at a font size, for columnFractions.
 * @example charsAcross(481, 10.5) // 70
 */
export function charsAcross(widthPt: number, fontSizePt: number): number {
  return Math.floor(widthPt / (fontSizePt * CHAR_EM));
}

type TableBlock = Extract<Block, { kind: "table" }>;

/**
 * One column-width scheme per table kind: tables with the same header row (each outcome's actions in a
 * plan, each step's agreed actions in an escalation) get the same widths, worked out from all their
 * rows together, so columns do not jump about from one table to the next.
 * @example const widthsOf = tableSchemes(model.blocks); widthsOf(table, 70) // [0.4, 0.2, …]
 */
export function tableSchemes(blocks: readonly Block[]): (table: TableBlock, charsPerLine: number) => number[] {
  const kinds = new Map<string, TableBlock[]>();
  const kindOf = (t: TableBlock) => JSON.stringify(t.header.map(runsText));
  for (const b of blocks) {
    if (b.kind !== "table") continue;
    const key = kindOf(b);
    kinds.set(key, [...(kinds.get(key) ?? []), b]);
  }
  const cache = new Map<string, number[]>();
  return (table, charsPerLine) => {
    const key = `${kindOf(table)}@${charsPerLine}`;
    let fractions = cache.get(key);
    if (!fractions) {
      const all = kinds.get(kindOf(table)) ?? [table];
      fractions = columnFractions({ kind: "table", header: table.header, rows: all.flatMap((t) => t.rows) }, charsPerLine);
      cache.set(key, fractions);
    }
    return fractions;
  };
}
