import type { Block, Run } from "../model.js";
import type { Line } from "./line-break.js";
import { textOp, type Flow } from "./flow.js";
import type { Tag } from "./page-model.js";

/**
 * A table on the pages. The header row repeats at the top of every page the table runs onto (as an
 * artifact there: the structure tree holds it once). A row is never split across pages, unless it is
 * taller than a page or moving it would leave the page it started on under a third full; then its
 * cells continue line by line, so nothing is ever cut off. Column widths come from the table's kind
 * (table-widths.ts), the same for every table with the same header in the document.
 */

const PAD_X = 4;
const PAD_Y = 3;
const RULE = "#777777";
const SHADE = "#e6e6e6";

/** A table with its lines broken, ready to place. @example prepareTable(block, fractions, flow, 10) */
export interface PreparedTable {
  size: number;
  box: number;
  widths: number[];
  header: Line[][];
  rows: Line[][][];
  tag: Tag;
  headerTags: Tag[];
  rowTags: Tag[][];
}

/**
 * Breaks every cell into lines for the given column fractions and makes the table's tags
 * (Table > TR > TH | TD).
 * @example const t = prepareTable(block, [0.5, 0.5], flow, 10);
 */
export function prepareTable(b: Extract<Block, { kind: "table" }>, fractions: number[], flow: Flow, size: number, lineSpacing: number): PreparedTable {
  const widths = fractions.map((f) => f * flow.width);
  const cell = (runs: readonly Run[], c: number, bold: boolean) => flow.lines(runs, { bold }, size, (widths[c] ?? 20) - 2 * PAD_X);
  const headerTags: Tag[] = b.header.map(() => ({ type: "TH", scope: "Column", children: [] }));
  const rowTags: Tag[][] = b.rows.map((r) => r.map(() => ({ type: "TD", children: [] })));
  const tag: Tag = { type: "Table", children: [{ type: "TR", children: headerTags }, ...rowTags.map((cells): Tag => ({ type: "TR", children: cells }))] };
  return {
    size,
    box: flow.lineHeightOf(size) * lineSpacing,
    widths,
    header: b.header.map((c, i) => cell(c, i, true)),
    rows: b.rows.map((r) => b.header.map((_, i) => cell(r[i] ?? [], i, false))),
    tag,
    headerTags,
    rowTags,
  };
}

function rowHeight(t: PreparedTable, cells: Line[][]): number {
  return Math.max(1, ...cells.map((c) => c.length)) * t.box + 2 * PAD_Y;
}

/** The least of the table that must fit where it starts: the header and the first row (or two lines of it). @example tableStart(t) */
export function tableStart(t: PreparedTable): number {
  const first = t.rows[0];
  const firstHeight = first ? Math.min(rowHeight(t, first), 2 * t.box + 2 * PAD_Y) : 0;
  return rowHeight(t, t.header) + firstHeight;
}

/** Places a prepared table at the flow's cursor. @example placeTable(t, flow) */
export function placeTable(t: PreparedTable, flow: Flow): void {
  const headerHeight = rowHeight(t, t.header);
  if (flow.room() < tableStart(t) && !flow.atTop()) flow.newPage();
  drawRow(t, flow, t.header, t.headerTags, true);
  t.rows.forEach((cells, r) => {
    const tags = t.rowTags[r] ?? [];
    let rest = cells;
    let first = true;
    for (;;) {
      const h = rowHeight(t, rest);
      if (h <= flow.room() + 0.01) {
        drawRow(t, flow, rest, tags, false);
        return;
      }
      // Move the whole row to the next page if it fits on one and this page is a third full.
      const fitsAPage = h + headerHeight <= flow.pageHeight;
      const linesHere = Math.floor((flow.room() - 2 * PAD_Y) / t.box);
      if (first && fitsAPage && flow.fill() >= 1 / 3) {
        continueTable(t, flow);
        first = false;
        continue;
      }
      if (linesHere < 1) {
        continueTable(t, flow);
        first = false;
        continue;
      }
      drawRow(t, flow, rest.map((c) => c.slice(0, linesHere)), tags, false);
      rest = rest.map((c) => c.slice(linesHere));
      continueTable(t, flow);
      first = false;
    }
  });
}

/** A new page with the header row repeated, as an artifact. */
function continueTable(t: PreparedTable, flow: Flow): void {
  flow.newPage();
  drawRow(t, flow, t.header, null, true);
}

function drawRow(t: PreparedTable, flow: Flow, cells: Line[][], tags: Tag[] | null, header: boolean): void {
  const h = rowHeight(t, cells);
  const natural = flow.lineHeightOf(t.size);
  let x = flow.left;
  cells.forEach((lines, c) => {
    const w = t.widths[c] ?? 0;
    if (header) flow.ops.push({ kind: "rect", x, y: flow.y, width: w, height: h, fill: SHADE });
    flow.ops.push({ kind: "rect", x, y: flow.y, width: w, height: h, stroke: RULE });
    const tag = tags ? (tags[c] ?? null) : null;
    lines.forEach((line, i) => flow.ops.push(textOp(line, x + PAD_X, flow.y + PAD_Y + i * t.box, t.size, t.box, natural, tag)));
    x += w;
  });
  flow.y += h;
}
