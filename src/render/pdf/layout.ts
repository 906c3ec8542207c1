import { STYLES, runsText, type Block, type DocumentModel } from "../model.js";
import { breakLines, type Line, type Measure } from "./line-break.js";
import { Flow } from "./flow.js";
import { LineMemo } from "./line-memo.js";
import { placeTable, prepareTable, tableStart, type PreparedTable } from "./layout-table.js";
import { PAGE, type LaidOut, type StructType, type Tag } from "./page-model.js";

/**
 * The block model on A4 pages, with its structure tree. The layout rules (issue 10) live here:
 * - a heading is kept with the start of what follows it (two lines of a paragraph, a list's first
 *   item, a table's header and first row), so no heading ends a page;
 * - a paragraph never leaves a single line at the foot of a page;
 * - `<!-- page-break -->` is taken only when the page is at least a third full; a new section
 *   (`<!-- new-section -->`) always starts a page;
 * - tables: see layout-table.ts;
 * - a document fits on as few pages as its content needs: where the last page would hold only a few
 *   lines, the vertical space (line spacing, gaps between blocks) is tightened a step at a time, never
 *   the type size, and the tighter layout is kept only if it saves a page (see layoutToFit).
 */

/** How far the spacing may be tightened, step by step: 1 is the style's own. @example TIGHTEN_STEPS.at(-1) // 0.45 */
export const TIGHTEN_STEPS = [1, 0.8, 0.6, 0.45] as const;

/** A record's last page filled less than this (by height) is nearly empty: the spacing is tightened to save it. */
const NEARLY_EMPTY = 0.3;

/** How far down its text area the last page is used, 0 to 1. */
function lastPageFill(laid: LaidOut): number {
  const ops = laid.pages[laid.pages.length - 1] ?? [];
  const bottoms = ops.map((op) => (op.kind === "text" ? op.y + op.size * 1.2 : op.kind === "bookmark" ? PAGE.top : op.y + op.height));
  return (Math.max(PAGE.top, ...bottoms) - PAGE.top) / (PAGE.height - PAGE.bottom - PAGE.top);
}

/**
 * The layout on the fewest pages: the style's own spacing, else the loosest tighter step that gives
 * as few pages as the tightest. Only the space between lines and blocks changes; the type size a reader needs stays.
 * @example layoutToFit(model, measure, lineHeightOf, fractions).pages.length // 2 where the style's own spacing gave 3
 */
export function layoutToFit(model: DocumentModel, measure: Measure, lineHeightOf: (size: number) => number, fractions: (t: Extract<Block, { kind: "table" }>) => number[]): LaidOut {
  // Every layout of this document breaks its text into the same lines (line-memo.ts): broken once.
  const memo = new LineMemo(measure);
  const first = layout(model, measure, lineHeightOf, fractions, 1, memo);
  // A letter (to a child or a parent) is worth a page saved wherever it can be; a record only when
  // its last page is nearly empty (so a batch of minutes seldom pays for a second layout).
  const letter = model.audience === "child" || model.audience === "parent";
  if (first.pages.length < 2 || (!letter && lastPageFill(first) >= NEARLY_EMPTY)) return first;
  // The tightest step first: if even it saves no page, no step does (one extra layout, not three).
  // Otherwise the loosest step that saves a page, so the letter keeps as much air as it can.
  const steps = TIGHTEN_STEPS.slice(1);
  const tightest = layout(model, measure, lineHeightOf, fractions, steps[steps.length - 1], memo);
  if (tightest.pages.length >= first.pages.length) return first;
  for (const step of steps.slice(0, -1)) {
    const tighter = layout(model, measure, lineHeightOf, fractions, step, memo);
    if (tighter.pages.length <= tightest.pages.length) return tighter;
  }
  return tightest;
}

type Prepared =
  | { kind: "heading"; level: 1 | 2 | 3 | 4; lines: Line[]; size: number; box: number; before: number; after: number; tag: Tag; text: string; picture?: Extract<Prepared, { kind: "image" }> }
  | { kind: "paragraph"; lines: Line[]; size: number; box: number; after: number; tag: Tag }
  | { kind: "list"; items: { x: number; marker: Line; markerX: number; lines: Line[]; li: Tag; lbl: Tag; body: Tag }[]; size: number; box: number; tag: Tag }
  | { kind: "table"; table: PreparedTable }
  | { kind: "pageBreak"; section: boolean }
  | { kind: "image"; data: Uint8Array; width: number; height: number; tag: Tag; floated?: boolean }
  | { kind: "svg"; svg: string; width: number; height: number; tag: Tag };

const BULLETS = ["•", "◦", "▪"];
const INDENT = 18;

/**
 * Lays a model out. `fractions` gives each table's column fractions (shared per table kind);
 * `spacing` tightens the space between lines and blocks (1: the style's own); `memo` holds lines a
 * layout of the same document at another spacing has broken already (layoutToFit passes one).
 * @example const { pages, root } = layout(model, measure, lineHeightOf, (t) => columnFractions(t, 70));
 */
export function layout(
  model: DocumentModel,
  measure: Measure,
  lineHeightOf: (size: number) => number,
  fractions: (t: Extract<Block, { kind: "table" }>) => number[],
  spacing = 1,
  memo?: LineMemo,
): LaidOut {
  const s = spaced(STYLES[model.style], spacing);
  const flow = new Flow(measure, lineHeightOf, memo ?? new LineMemo(measure));
  const root: Tag = { type: "Document", children: [] };
  const prepared = model.blocks.map((b) => prepare(b, s, flow, fractions));
  for (const p of prepared) {
    if (p.kind === "table") root.children.push(p.table.tag);
    else if (p.kind !== "pageBreak") root.children.push(p.tag);
  }
  // A picture just before a short heading sits beside it, at the right, instead of on a line of its
  // own (a young child's letter has one per section: that was a third of a page of white space).
  prepared.forEach((p, i) => {
    const next = prepared[i + 1];
    if (p.kind === "image" && next?.kind === "heading" && next.lines.every((l) => l.width <= flow.width - p.width - 12)) {
      p.floated = true;
      next.picture = p;
    }
  });
  prepared.forEach((p, i) => place(p, prepared.slice(i + 1), flow, s));
  // A page left empty at the end (a break after the last block) is dropped.
  while (flow.pages.length > 1 && flow.pages[flow.pages.length - 1]!.length === 0) flow.pages.pop();
  return { pages: flow.pages, root };
}

/** A style with its spacing tightened by `k` (1: as designed): line spacing towards single (never under 1.15), gaps between blocks by `k`. */
interface SpacedStyle {
  fontSize: number;
  lineSpacing: number;
  headingScale: number;
  /** The factor on every gap between blocks. */
  gap: number;
}

function spaced(s: (typeof STYLES)[keyof typeof STYLES], k: number): SpacedStyle {
  return { fontSize: s.fontSize, headingScale: s.headingScale, lineSpacing: Math.max(1.15, 1 + (s.lineSpacing - 1) * k), gap: k };
}

function headingStyle(level: 1 | 2 | 3 | 4, s: SpacedStyle): { size: number; before: number; after: number; lineSpacing: number } {
  const g = s.fontSize * s.gap;
  switch (level) {
    case 1:
      return { size: s.fontSize * s.headingScale ** 2, before: 0, after: g * 0.8, lineSpacing: 1.15 };
    case 2:
      return { size: s.fontSize * s.headingScale, before: g * 0.9, after: g * 0.4, lineSpacing: 1.15 };
    case 3:
      return { size: s.fontSize * 1.1, before: g * 0.7, after: g * 0.3, lineSpacing: s.lineSpacing };
    case 4:
      return { size: s.fontSize, before: g * 0.5, after: g * 0.2, lineSpacing: s.lineSpacing };
  }
}

function prepare(b: Block, s: SpacedStyle, flow: Flow, fractions: (t: Extract<Block, { kind: "table" }>) => number[]): Prepared {
  const box = (size: number, spacing: number) => flow.lineHeightOf(size) * spacing;
  switch (b.kind) {
    case "heading": {
      const h = headingStyle(b.level, s);
      const lines = flow.lines(b.runs, { bold: true, italic: b.level === 4 }, h.size, flow.width);
      return { kind: "heading", level: b.level, lines, size: h.size, box: box(h.size, h.lineSpacing), before: h.before, after: h.after, tag: { type: `H${b.level}` as StructType, children: [] }, text: runsText(b.runs).replace(/\n/g, " ") };
    }
    case "paragraph":
      return { kind: "paragraph", lines: flow.lines(b.runs, {}, s.fontSize, flow.width), size: s.fontSize, box: box(s.fontSize, s.lineSpacing), after: s.fontSize * 0.6 * s.gap, tag: { type: "P", children: [] } };
    case "list": {
      const tag: Tag = { type: "L", children: [] };
      const lists: Tag[] = [tag];
      const counters: number[] = [];
      const items = b.items.map((item) => {
        const level = Math.min(item.level, 2);
        counters[level] = (counters[level] ?? 0) + 1;
        counters.length = level + 1;
        // A deeper item starts a list inside the last item of the level above.
        while (lists.length > level + 1) lists.pop();
        while (lists.length < level + 1) {
          const parent = lists[lists.length - 1]!;
          const nested: Tag = { type: "L", children: [] };
          (parent.children[parent.children.length - 1] ?? parent).children.push(nested);
          lists.push(nested);
        }
        const lbl: Tag = { type: "Lbl", children: [] };
        const body: Tag = { type: "LBody", children: [] };
        const li: Tag = { type: "LI", children: [lbl, body] };
        lists[lists.length - 1]!.children.push(li);
        const x = flow.left + INDENT * (level + 1);
        const markerText = b.ordered ? `${counters[level]}.` : (BULLETS[level] ?? "•");
        const marker = breakLines([{ text: markerText }], {}, s.fontSize, INDENT * 3, flow.measure)[0]!;
        return { x, marker, markerX: x - marker.width - 5, lines: flow.lines(item.runs, {}, s.fontSize, flow.left + flow.width - x), li, lbl, body };
      });
      return { kind: "list", items, size: s.fontSize, box: box(s.fontSize, s.lineSpacing), tag };
    }
    case "table": {
      const size = s.fontSize * 0.95;
      return { kind: "table", table: prepareTable(b, fractions(b), flow, size, Math.min(s.lineSpacing, 1.25)) };
    }
    case "pageBreak":
      return { kind: "pageBreak", section: b.section === true };
    case "image":
      return { kind: "image", data: b.data, width: b.width, height: b.height, tag: { type: "Figure", alt: b.alt, children: [] } };
    case "chart": {
      // A chart keeps its proportions and never runs past the text width.
      const scale = Math.min(1, flow.width / b.width);
      return { kind: "svg", svg: b.svg, width: b.width * scale, height: b.height * scale, tag: { type: "Figure", alt: b.alt, children: [] } };
    }
  }
}

/** The height the start of a block needs on the page it begins on. */
function startHeight(p: Prepared | undefined, rest: Prepared[]): number {
  if (!p) return 0;
  switch (p.kind) {
    case "heading":
      return p.before + p.lines.length * p.box + p.after + startHeight(rest[0], rest.slice(1));
    case "paragraph":
      return Math.min(2, p.lines.length) * p.box;
    case "list":
      return Math.min(2, p.items[0]?.lines.length ?? 0) * p.box;
    case "table":
      return 2 + tableStart(p.table);
    case "pageBreak":
      return 0;
    case "image":
    case "svg":
      return p.height;
  }
}

function place(p: Prepared, rest: Prepared[], flow: Flow, s: SpacedStyle): void {
  switch (p.kind) {
    case "heading": {
      flow.space(p.before);
      const own = Math.max(p.lines.length * p.box, p.picture?.height ?? 0);
      const need = own + p.after + startHeight(rest[0], rest.slice(1));
      if (need > flow.room() && !flow.atTop() && need <= flow.pageHeight) flow.newPage();
      const top = flow.y;
      if (p.picture) {
        const pic = p.picture;
        // Centred on the heading's first line; the structure tree keeps the Figure before the heading.
        const y = top + Math.min(0, (p.box - pic.height) / 2) + Math.max(0, (p.box - pic.height) / 2);
        flow.ops.push({ kind: "image", x: flow.left + flow.width - pic.width, y, width: pic.width, height: pic.height, data: pic.data, tag: pic.tag });
      }
      flow.ops.push({ kind: "bookmark", title: p.text });
      for (const line of p.lines) {
        if (flow.room() < p.box) flow.newPage();
        flow.line(line, flow.left, p.size, p.box, p.tag);
      }
      if (p.picture) flow.y = Math.max(flow.y, top + p.picture.height);
      flow.space(p.after);
      return;
    }
    case "paragraph":
      placeLines(p.lines, flow, flow.left, p.size, p.box, p.tag);
      flow.space(p.after);
      return;
    case "list":
      for (const item of p.items) {
        if (flow.room() < Math.min(2, item.lines.length) * p.box && !flow.atTop()) flow.newPage();
        flow.ops.push({ kind: "text", x: item.markerX, y: flow.y + (p.box - flow.lineHeightOf(p.size)) / 2, size: p.size, segments: item.marker.segments, tag: item.lbl });
        placeLines(item.lines, flow, item.x, p.size, p.box, item.body);
        flow.y += 3;
      }
      flow.space(s.fontSize * 0.5 * s.gap);
      return;
    case "table":
      flow.space(2);
      placeTable(p.table, flow);
      flow.space(10 * s.gap);
      return;
    case "pageBreak":
      // A section starts a page whatever; a plain break only when it leaves a page a third full.
      if (!flow.atTop() && (p.section || flow.fill() >= 1 / 3)) flow.newPage();
      return;
    case "image": {
      if (p.floated) return; // drawn beside its heading
      // A picture that goes with the heading after it moves with that heading's start.
      const need = p.height + (rest[0]?.kind === "heading" ? 8 + startHeight(rest[0], rest.slice(1)) : 0);
      if (flow.room() < need && !flow.atTop() && need <= flow.pageHeight) flow.newPage();
      flow.ops.push({ kind: "image", x: flow.left + flow.width - p.width, y: flow.y, width: p.width, height: p.height, data: p.data, tag: p.tag });
      flow.y += p.height;
      flow.space(8);
      return;
    }
    case "svg":
      if (flow.room() < p.height && !flow.atTop()) flow.newPage();
      flow.ops.push({ kind: "svg", x: flow.left, y: flow.y, width: p.width, height: p.height, svg: p.svg, tag: p.tag });
      flow.y += p.height;
      flow.space(8);
      return;
  }
}

/** Lines of one paragraph, never leaving its first line alone at the foot of a page. */
function placeLines(lines: Line[], flow: Flow, x: number, size: number, box: number, tag: Tag): void {
  if (lines.length > 1 && flow.room() < 2 * box && !flow.atTop()) flow.newPage();
  for (const line of lines) {
    if (flow.room() < box - 0.01) flow.newPage();
    flow.line(line, x, size, box, tag);
  }
}
