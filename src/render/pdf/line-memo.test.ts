import { describe, expect, it } from "vitest";
import type { DocumentModel } from "../model.js";
import { breakLines, type Measure } from "./line-break.js";
import { LineMemo } from "./line-memo.js";
import { layout, layoutToFit } from "./layout.js";

// A measure that counts the calls: 6 points a character, whatever the face.
function countingMeasure(): { measure: Measure; calls: () => number } {
  let n = 0;
  return {
    measure: (text) => {
      n++;
      return text.length * 6;
    },
    calls: () => n,
  };
}

const runs = [{ text: "Amara will ask the school for the PEP meeting date before the end of term." }];

describe("LineMemo", () => {
  it("hands out the same lines for the same runs, emphasis, size and width, as breakLines breaks them", () => {
    const { measure, calls } = countingMeasure();
    const memo = new LineMemo(measure);
    const first = memo.lines(runs, { bold: true }, 10.5, 120);
    const measured = calls();
    expect(memo.lines(runs, { bold: true }, 10.5, 120)).toBe(first);
    expect(calls()).toBe(measured);
    expect(first).toEqual(breakLines(runs, { bold: true }, 10.5, 120, measure));
  });

  it("breaks again for another width, size or emphasis", () => {
    const { measure } = countingMeasure();
    const memo = new LineMemo(measure);
    const narrow = memo.lines(runs, {}, 10.5, 120);
    const wide = memo.lines(runs, {}, 10.5, 400);
    expect(wide).not.toBe(narrow);
    expect(wide.length).toBeLessThan(narrow.length);
    expect(memo.lines(runs, {}, 12, 120)).not.toBe(narrow);
    expect(memo.lines(runs, { italic: true }, 10.5, 120)).not.toBe(narrow);
    expect(memo.lines([...runs], {}, 10.5, 120)).not.toBe(narrow); // another array: not assumed the same text
  });
});

describe("layoutToFit with lines broken once", () => {
  // A record long enough to run onto a nearly empty last page, so layoutToFit tries tighter spacing.
  const rows = Array.from({ length: 60 }, (_, i) => [[{ text: `D${i + 1}` }], [{ text: `Decision ${i + 1}: Siân Llŷr will book the review of the care plan with Kwame Mensah and the school.` }], [{ text: "2027-01-15" }]]);
  const model: DocumentModel = {
    title: "Review minutes",
    audience: "professional",
    style: "record",
    lang: "en-GB",
    date: "2026-12-10",
    authorityName: "Knowsley Council",
    protectiveMarking: "OFFICIAL-SENSITIVE",
    blocks: [
      { kind: "heading", level: 1, runs: [{ text: "Looked-after review minutes" }] },
      { kind: "paragraph", runs: [{ text: "Present: Amara Okafor (IRO), Tomás Ó Briain (social worker), Aylin Yıldız (foster carer)." }] },
      { kind: "table", header: [[{ text: "Id" }], [{ text: "Decision" }], [{ text: "Due" }]], rows },
    ],
  };
  const lineHeightOf = (size: number) => size * 1.2;
  const fractions = () => [0.1, 0.7, 0.2];

  it("gives the pages each spacing gives when laid out on its own", () => {
    const { measure } = countingMeasure();
    const chosen = layoutToFit(model, measure, lineHeightOf, fractions);
    // Whichever spacing it chose, a fresh layout at that spacing (no memo) is the same, op for op.
    const candidates = [1, 0.8, 0.6, 0.45].map((k) => layout(model, measure, lineHeightOf, fractions, k));
    expect(candidates.some((c) => JSON.stringify(c.pages) === JSON.stringify(chosen.pages))).toBe(true);
  });

  it("measures each piece of text once however many spacings it tries", () => {
    // The last page of this record is about an eighth full, so layoutToFit lays it out twice (its
    // own spacing and the tightest): twice the line heights asked for, the text measured once.
    let heights = 0;
    const counted = (size: number) => {
      heights++;
      return lineHeightOf(size);
    };
    const once = countingMeasure();
    layout(model, once.measure, counted, fractions, 1, new LineMemo(once.measure));
    const oneLayout = heights;
    heights = 0;
    const fit = countingMeasure();
    layoutToFit(model, fit.measure, counted, fractions);
    expect(heights).toBe(2 * oneLayout);
    expect(fit.calls()).toBe(once.calls());
  });
});
