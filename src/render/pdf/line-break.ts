import LineBreaker from "linebreak";
import { faceFor, type FontFace } from "../font-faces.js";
import type { Run } from "../model.js";

/**
 * Breaks a paragraph's runs into lines that fit a width, at the break opportunities of the Unicode
 * line-breaking algorithm (UAX #14, the `linebreak` package pdfkit itself uses), so names in scripts
 * without spaces still wrap. A word wider than the whole width (a long address, a code) is the only
 * thing ever broken inside, by characters: the table widths are chosen so that normal words fit.
 */

/** How wide a string is in a face at a size, in points. @example const m: Measure = (t) => t.length * 5; */
export type Measure = (text: string, face: FontFace, size: number) => number;

/** A piece of one line in one face. @example const s: Segment = { text: "Hello ", face: "bold", width: 31.2 }; */
export interface Segment {
  text: string;
  face: FontFace;
  width: number;
}

/** One line: its segments, left to right, and their width without trailing spaces. @example line.segments.map((s) => s.text).join("") */
export interface Line {
  segments: Segment[];
  width: number;
  /** Set when a word wider than the whole width had to be broken inside it. */
  brokenWord?: true;
}

interface Span {
  text: string;
  face: FontFace;
}

/**
 * Lines of `runs` within `maxWidth`. `base` is the block's own emphasis (a heading is bold), added to
 * each run's. A record's own line break ends a line; an empty paragraph is one empty line.
 * @example breakLines([{ text: "Who will do it" }], {}, 10, 40, measure).length // 2 or more
 */
export function breakLines(runs: readonly Run[], base: { bold?: boolean; italic?: boolean }, size: number, maxWidth: number, measure: Measure): Line[] {
  const paragraphs: Span[][] = [[]];
  for (const r of runs) {
    if ("lineBreak" in r) paragraphs.push([]);
    else if (r.text) paragraphs[paragraphs.length - 1]!.push({ text: r.text, face: faceFor({ bold: base.bold || r.bold, italic: base.italic || r.italic }) });
  }
  const lines = paragraphs.flatMap((spans) => breakParagraph(spans, size, maxWidth, measure));
  // A space (not measured, not seen) ends every line but the last, so text read out of the PDF in
  // structure order says "Date of review", not "Date ofreview".
  for (const line of lines.slice(0, -1)) {
    const last = line.segments[line.segments.length - 1];
    if (last && !/\s$/u.test(last.text)) line.segments[line.segments.length - 1] = { ...last, text: `${last.text} ` };
  }
  return lines;
}

function breakParagraph(spans: Span[], size: number, maxWidth: number, measure: Measure): Line[] {
  const text = spans.map((s) => s.text).join("");
  // Empty, or only zero-width spaces (a form's blank writing line): an empty line, nothing drawn.
  if (!text.replace(/\u200b/g, "")) return [{ segments: [], width: 0 }];
  // Which face each character offset is in.
  const starts: number[] = [];
  let at = 0;
  for (const s of spans) {
    starts.push(at);
    at += s.text.length;
  }
  const piecesOf = (from: number, to: number): Span[] => {
    const out: Span[] = [];
    spans.forEach((s, i) => {
      const a = Math.max(from, starts[i]!);
      const b = Math.min(to, starts[i]! + s.text.length);
      if (a < b) out.push({ text: text.slice(a, b), face: s.face });
    });
    return out;
  };
  const lines: Line[] = [];
  let current: Segment[] = [];
  let width = 0;
  const flush = () => {
    lines.push(trim(current, size, measure));
    current = [];
    width = 0;
  };
  const breaker = new LineBreaker(text);
  let last = 0;
  for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) {
    const chunk = piecesOf(last, bk.position).map((p) => ({ ...p, width: measure(p.text, p.face, size) }));
    last = bk.position;
    const chunkWidth = chunk.reduce((n, p) => n + p.width, 0);
    const visible = chunkWidth - trailingSpace(chunk, size, measure);
    if (width + visible <= maxWidth + 0.01) {
      current.push(...chunk);
      width += chunkWidth;
    } else if (visible <= maxWidth + 0.01) {
      if (current.length) flush();
      current.push(...chunk);
      width = chunkWidth;
    } else {
      // Wider than the column: the only case where a word is broken, by characters.
      if (current.length) flush();
      const first = lines.length;
      for (const p of chunk) {
        for (const ch of p.text) {
          const w = measure(ch, p.face, size);
          if (width + w > maxWidth + 0.01 && current.length) flush();
          current.push({ text: ch, face: p.face, width: w });
          width += w;
        }
      }
      for (const line of lines.slice(first)) line.brokenWord = true;
    }
  }
  if (current.length) flush();
  return lines;
}

function trailingSpace(chunk: Segment[], size: number, measure: Measure): number {
  const last = chunk[chunk.length - 1];
  if (!last) return 0;
  const trimmed = last.text.replace(/\s+$/u, "");
  return trimmed.length === last.text.length ? 0 : last.width - measure(trimmed, last.face, size);
}

/** Joins neighbouring segments of one face and drops the spaces at the end of the line. */
function trim(segments: Segment[], size: number, measure: Measure): Line {
  const merged: Segment[] = [];
  for (const s of segments) {
    const prev = merged[merged.length - 1];
    if (prev && prev.face === s.face) merged[merged.length - 1] = { ...prev, text: prev.text + s.text, width: prev.width + s.width };
    else merged.push({ ...s });
  }
  const last = merged[merged.length - 1];
  if (last) {
    const text = last.text.replace(/\s+$/u, "");
    if (text !== last.text) {
      if (text) merged[merged.length - 1] = { ...last, text, width: measure(text, last.face, size) };
      else merged.pop();
    }
  }
  return { segments: merged, width: merged.reduce((n, s) => n + s.width, 0) };
}
