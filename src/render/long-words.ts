import type { Block, DocumentModel, Run } from "./model.js";

/**
 * The PDF writer's line breaker looks for a break inside a word that does not fit by trying ever
 * shorter pieces, so one unbroken word costs time in proportion to its length squared: a 40 KB
 * "word" (a pasted link, a row of dashes) took 262 s and 4.2 GB. A break opportunity (U+200B, zero
 * width, invisible) after every BREAK_EVERY characters of any longer run keeps layout linear; text
 * with ordinary words is untouched, and the characters a reader sees and copies are the same.
 */

/** A word longer than this many characters gets break opportunities. */
const LONG_WORD = 40;
const BREAK_EVERY = 20;
const ZWSP = "\u200b";
const LONG_RUN = new RegExp(`[^\\s\\u200b]{${LONG_WORD + 1},}`, "gu");

/**
 * A run's text with break opportunities in its long words.
 * @example breakLongWords("a".repeat(45)).includes("\u200b") // true
 */
export function breakLongWords(text: string): string {
  if (text.length <= LONG_WORD) return text;
  return text.replace(LONG_RUN, (word) => Array.from(word).reduce((out, c, i) => out + (i > 0 && i % BREAK_EVERY === 0 ? ZWSP : "") + c, ""));
}

function runs(rs: readonly Run[]): Run[] {
  return rs.map((r) => ("text" in r ? { ...r, text: breakLongWords(r.text) } : r));
}

function block(b: Block): Block {
  switch (b.kind) {
    case "heading":
    case "paragraph":
      return { ...b, runs: runs(b.runs) };
    case "list":
      return { ...b, items: b.items.map((i) => ({ ...i, runs: runs(i.runs) })) };
    case "table":
      return { ...b, header: b.header.map(runs), rows: b.rows.map((row) => row.map(runs)) };
    default:
      return b;
  }
}

/**
 * The model with break opportunities in every long word, for the PDF writer.
 * @example toPdf(withBreakableWords(model))
 */
export function withBreakableWords(model: DocumentModel): DocumentModel {
  return { ...model, blocks: model.blocks.map(block) };
}
