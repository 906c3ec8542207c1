/**
 * Lines broken once per document, however often it is laid out. A record whose last page is nearly
 * empty, and a letter, is laid out again with tighter spacing to save a page (layoutToFit in
 * layout.ts): up to four layouts in all.
 * Spacing changes only the space between lines and blocks, never a line's text, type size or width,
 * so every paragraph, heading and table cell breaks into the same lines each time: breaking them
 * (the Unicode line-breaking algorithm over every word) was most of each extra layout, and made a
 * 246-page record with its last page nearly empty cost up to four layouts where a record with a fuller
 * last page costs one (bench growth.ratio_10x_rows: 16.3 with every layout breaking its lines, 9.6
 * with them broken once).
 */
import type { Run } from "../model.js";
import { breakLines, type Line, type Measure } from "./line-break.js";

/**
 * breakLines' answers for one document, by the runs asked about (the document model's own arrays,
 * the same objects in every layout of it), emphasis, size and width. The lines handed out are read,
 * never changed, by layout and drawing, so one layout's lines serve the next.
 * @example const memo = new LineMemo(measure); memo.lines(block.runs, {}, 10.5, 480) === memo.lines(block.runs, {}, 10.5, 480) // true
 */
export class LineMemo {
  private readonly byRuns = new WeakMap<readonly Run[], Map<string, Line[]>>();

  constructor(private readonly measure: Measure) {}

  /** `breakLines(runs, base, size, maxWidth, measure)`, worked out the first time it is asked. */
  lines(runs: readonly Run[], base: { bold?: boolean; italic?: boolean }, size: number, maxWidth: number): Line[] {
    let byShape = this.byRuns.get(runs);
    if (byShape === undefined) this.byRuns.set(runs, (byShape = new Map()));
    const key = `${base.bold ? "b" : ""}${base.italic ? "i" : ""}|${size}|${maxWidth}`;
    let lines = byShape.get(key);
    if (lines === undefined) byShape.set(key, (lines = breakLines(runs, base, size, maxWidth, this.measure)));
    return lines;
  }
}
