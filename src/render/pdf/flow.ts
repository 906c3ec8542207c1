import type { FontFace } from "../font-faces.js";
import type { Line, Measure } from "./line-break.js";
import type { LineMemo } from "./line-memo.js";
import type { Run } from "../model.js";
import { PAGE, type Op, type Tag } from "./page-model.js";

/**
 * The page cursor the PDF layout writes through: where the next line goes, when a page is full, and
 * how full the current page is. Layout rules that depend on the page (a forced break that would leave
 * a page under a third full is not taken; a row is split rather than moved when moving it would) ask
 * it `fill()`.
 */
export class Flow {
  readonly pages: Op[][] = [[]];
  /** The top of the next thing on the page. */
  y: number = PAGE.top;
  readonly left = PAGE.left;
  readonly width = PAGE.width - PAGE.left - PAGE.right;
  readonly top = PAGE.top;
  readonly bottom = PAGE.height - PAGE.bottom;

  /** `memo`: the document's lines, shared by every layout of it (line-memo.ts). */
  constructor(
    readonly measure: Measure,
    readonly lineHeightOf: (size: number) => number,
    private readonly memo: LineMemo,
  ) {}

  /**
   * `runs` broken into lines within `maxWidth` (breakLines with the memo's measure), or the same
   * lines an earlier layout of the document broke them into.
   * @example flow.lines(block.runs, { bold: true }, 14, flow.width)
   */
  lines(runs: readonly Run[], base: { bold?: boolean; italic?: boolean }, size: number, maxWidth: number): Line[] {
    return this.memo.lines(runs, base, size, maxWidth);
  }

  /** The operations of the current page. */
  get ops(): Op[] {
    return this.pages[this.pages.length - 1]!;
  }

  /** Whether nothing has been placed on this page yet. */
  atTop(): boolean {
    return this.y <= this.top + 0.01;
  }

  /** How full the page is, 0 to 1, by height used. */
  fill(): number {
    return (this.y - this.top) / (this.bottom - this.top);
  }

  /** Room left on this page. */
  room(): number {
    return this.bottom - this.y;
  }

  /** The height of a full page's text area. */
  get pageHeight(): number {
    return this.bottom - this.top;
  }

  newPage(): void {
    this.pages.push([]);
    this.y = this.top;
  }

  /** Space before a block, dropped at the top of a page. */
  space(pt: number): void {
    if (!this.atTop()) this.y = Math.min(this.y + pt, this.bottom);
  }

  /** One line of text at the cursor's height, at `x`, in a line box `box` tall. */
  line(line: Line, x: number, size: number, box: number, tag: Tag | null): void {
    this.ops.push(textOp(line, x, this.y, size, box, this.lineHeightOf(size), tag));
    this.y += box;
  }
}

/** A text operation for a line whose box starts at `top`: the extra leading is shared above and below. */
export function textOp(line: Line, x: number, top: number, size: number, box: number, natural: number, tag: Tag | null): Op {
  return { kind: "text", x, y: top + Math.max(0, box - natural) / 2, size, segments: line.segments, tag, ...(line.brokenWord ? { brokenWord: true as const } : {}) };
}

/** Sizes and spacing for one document style. @example const s: TextStyle = { size: 10.5, face: "normal", lineSpacing: 1.2 }; */
export interface TextStyle {
  size: number;
  face: FontFace;
  lineSpacing: number;
}
