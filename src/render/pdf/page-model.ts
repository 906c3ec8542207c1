import type { Segment } from "./line-break.js";

/**
 * What the PDF layout hands to the drawing step: each page as a list of drawing operations, and the
 * document's logical structure (the tagged-PDF structure tree) as a tree of tags in reading order.
 * Every piece of text or image points at the tag it belongs to; rules, shading and a table header
 * row repeated on a later page point at none and are drawn as artifacts, which a screen reader skips.
 */

/** The standard structure types a document uses (PDF 1.7, 14.8.4). @example const t: StructType = "TH"; */
export type StructType = "Document" | "H1" | "H2" | "H3" | "H4" | "P" | "L" | "LI" | "Lbl" | "LBody" | "Table" | "THead" | "TBody" | "TR" | "TH" | "TD" | "Figure";

/** One structure element. Leaves receive content; inner elements hold only elements. @example const p: Tag = { type: "P", children: [] }; */
export interface Tag {
  type: StructType;
  /** Alternative text (a Figure's). */
  alt?: string;
  /** A header cell's scope. */
  scope?: "Column";
  children: Tag[];
}

/** One drawing operation, in points from the page's top-left corner. @example const op: Op = { kind: "rect", x: 0, y: 0, width: 10, height: 10, stroke: "#777777" }; */
export type Op =
  | { kind: "text"; x: number; y: number; size: number; segments: Segment[]; tag: Tag | null; brokenWord?: true }
  | { kind: "image"; x: number; y: number; width: number; height: number; data: Uint8Array; tag: Tag }
  | { kind: "svg"; x: number; y: number; width: number; height: number; svg: string; tag: Tag }
  | { kind: "rect"; x: number; y: number; width: number; height: number; fill?: string; stroke?: string }
  | { kind: "bookmark"; title: string };

/** A laid-out document. @example laidOut.pages.length // 3 */
export interface LaidOut {
  pages: Op[][];
  root: Tag;
}

/** A4 and its margins, in points (the header and footer sit in the top and bottom margins). @example PAGE.width // 595.28 */
export const PAGE = { width: 595.28, height: 841.89, left: 57, right: 57, top: 64, bottom: 56 } as const;
