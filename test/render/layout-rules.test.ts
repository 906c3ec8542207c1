import { describe, expect, it } from "vitest";
import type { Block, DocumentModel } from "../../src/render/model.js";
import { writeModel } from "../../src/render/render-document.js";
import { pdfInfo, pdfText, squash } from "./extract.js";

/** The PDF layout rules, each on a document built to test it (issue 10, point 6). */

const para = (text: string): Block => ({ kind: "paragraph", runs: [{ text }] });
const heading = (level: 1 | 2 | 3, text: string): Block => ({ kind: "heading", level, runs: [{ text }] });
const lines = (n: number, tag: string) => Array.from({ length: n }, (_, i) => para(`${tag} paragraph ${i + 1} with enough words to read as a line of minutes.`));
const model = (blocks: Block[]): DocumentModel => ({ title: "Layout", audience: "professional", style: "record", lang: "en-GB", date: "2026-12-10", authorityName: "Knowsley Council", protectiveMarking: "OFFICIAL-SENSITIVE", blocks });
const pdf = (blocks: Block[]) => writeModel(model(blocks), "pdf");
const pages = (bytes: Uint8Array) => Number(pdfInfo(bytes)["Pages"]);
const texts = new WeakMap<Uint8Array, string[]>();
/** The page a phrase is on (1-based; 0 if on none), from pdftotext, each page read once. */
const pageOf = (bytes: Uint8Array, text: string) => {
  let pageTexts = texts.get(bytes);
  if (!pageTexts) texts.set(bytes, (pageTexts = pdfText(bytes).split("\f").map(squash)));
  return pageTexts.findIndex((t) => t.includes(squash(text))) + 1;
};

describe("PDF layout rules", () => {
  it("takes a page break only when it leaves the page at least a third full (why: no near-empty pages)", async () => {
    expect(pages(await pdf([heading(1, "Short"), ...lines(4, "a"), { kind: "pageBreak" }, ...lines(4, "b")]))).toBe(1);
    expect(pages(await pdf([heading(1, "Long"), ...lines(20, "a"), { kind: "pageBreak" }, ...lines(4, "b")]))).toBe(2);
  });

  it("always starts a new section on a new page", async () => {
    expect(pages(await pdf([heading(1, "Short"), ...lines(2, "a"), { kind: "pageBreak", section: true }, heading(2, "Plan"), ...lines(2, "b")]))).toBe(2);
  });

  it("never leaves a heading at the foot of a page: it moves with the start of its section", async () => {
    // Fill the page so the heading would fall in its last lines, with its paragraph over the page.
    for (let n = 30; n <= 36; n++) {
      const bytes = await pdf([heading(1, "Record"), ...lines(n, "filler"), heading(2, "The decision"), para("The heading's own first paragraph is here.")]);
      expect(pageOf(bytes, "The decision"), `${n} lines`).toBe(pageOf(bytes, "The heading's own first paragraph"));
    }
  });

  it("does not split a table row across pages when it fits on one, and repeats the header row", async () => {
    const cell = (i: number) => `Row ${i} starts here. ${"Several words of a long decision that wraps onto more lines. ".repeat(4)}Row ${i} ends here.`;
    const table: Block = { kind: "table", header: [[{ text: "Decision" }], [{ text: "Who" }]], rows: Array.from({ length: 30 }, (_, i) => [[{ text: cell(i + 1) }], [{ text: "Social Worker" }]]) };
    const bytes = await pdf([heading(1, "Decisions"), ...lines(5, "intro"), table]);
    expect(pages(bytes)).toBeGreaterThan(1);
    for (let i = 1; i <= 30; i++) expect(pageOf(bytes, `Row ${i} starts here.`), `row ${i}`).toBe(pageOf(bytes, `Row ${i} ends here.`));
    for (let p = 2; p <= pages(bytes); p++) expect(pdfText(bytes, p), `page ${p}`).toContain("Decision");
  });

  it("breaks a word inside only when it is wider than its whole column, and says so (what the examples' check relies on)", async () => {
    const { layoutPdf } = await import("../../src/render/pdf/write-pdf.js");
    const { FONT_FACES, fontPath } = await import("../../src/render/fonts.js");
    const { readFileSync } = await import("node:fs");
    const fonts = Object.fromEntries(FONT_FACES.map((f) => [f, new Uint8Array(readFileSync(fontPath(f)))])) as never;
    const long = "Supercalifragilisticexpialidociousnessofeverythingatonce";
    const cells = (w: string) => Array.from({ length: 6 }, () => [{ text: w }]);
    const brokenIn = (word: string) =>
      layoutPdf(model([{ kind: "table", header: cells("Head"), rows: [cells(word)] }]), { fonts }).laid.pages.flat().filter((op) => op.kind === "text" && op.brokenWord).length;
    expect(brokenIn(long)).toBeGreaterThan(0);
    expect(brokenIn("Relationship")).toBe(0);
  });

  it("gives every table of one kind the same column widths, from all their rows", async () => {
    const { tableSchemes, columnFractions } = await import("../../src/render/table-widths.js");
    const header = [[{ text: "What will be done" }], [{ text: "Who" }], [{ text: "By when" }]];
    const a: Extract<Block, { kind: "table" }> = { kind: "table", header, rows: [[[{ text: "Attend every core group meeting and tell the chair." }], [{ text: "Mum" }], [{ text: "1 May 2027" }]]] };
    const b: Extract<Block, { kind: "table" }> = { kind: "table", header, rows: [[[{ text: "GP" }], [{ text: "Designated Safeguarding Lead" }], [{ text: "2 May 2027" }]]] };
    expect(columnFractions(a, 70)).not.toEqual(columnFractions(b, 70));
    const scheme = tableSchemes([a, b]);
    expect(scheme(a, 70)).toEqual(scheme(b, 70));
  });
});
