import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeMarkdown } from "./escape-markdown.js";
import { markdownToBlocks } from "./markdown-to-model.js";
import { runsText } from "./model.js";

const textOf = (md: string) => markdownToBlocks(md, { file: "t.md" }).map((b) => ("runs" in b ? runsText(b.runs) : "")).join("");
const tableCell = (md: string) => {
  const t = markdownToBlocks(`| A |\n|---|\n| ${md} |\n`, { file: "t.md" })[0];
  return t?.kind === "table" ? runsText(t.rows[0]?.[0] ?? []) : "not a table";
};

describe("escapeMarkdown", () => {
  it("keeps a child's words exactly, whatever Markdown they contain (why: KIRO-1.6, own words)", () => {
    const words = "I *love* # my | family <3 & _Tobi_ `x` \\o/ [a](b) <b>hi</b> ~~no~~ www.x.org a@b.com";
    expect(textOf(escapeMarkdown(words))).toBe(words);
    expect(tableCell(escapeMarkdown(words))).toBe(words);
  });
  it("does not let a value start a list, heading, quote or code block (why: the value may begin a line)", () => {
    for (const s of ["- not a list", "1. not a list", "# not a heading", "> not a quote", "    not code", "=== no", "+ plus"]) {
      expect(textOf(escapeMarkdown(s))).toBe(s.trim());
    }
  });
  it("keeps a record's line breaks as breaks, even inside a table cell (why: a cell cannot hold a newline)", () => {
    const blocks = markdownToBlocks(`| A |\n|---|\n| ${escapeMarkdown("one\ntwo\r\n\nthree")} |\n`, { file: "t.md" });
    const cell = blocks[0]?.kind === "table" ? blocks[0].rows[0]?.[0] : undefined;
    expect(cell).toEqual([{ text: "one" }, { lineBreak: true }, { text: "two" }, { lineBreak: true }, { lineBreak: true }, { text: "three" }]);
  });
  it("round-trips any printable text (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 40 }), (s) => {
        const clean = s.replace(/[\u0000-\u001f\u007f\ue000]/g, "").trim();
        fc.pre(clean !== "");
        expect(textOf(escapeMarkdown(clean))).toBe(clean);
      }),
      { numRuns: 300 },
    );
  });
});
