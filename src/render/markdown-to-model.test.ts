import { describe, expect, it } from "vitest";
import { markdownToBlocks } from "./markdown-to-model.js";
import { RenderError } from "./render-error.js";

const file = "t.md";

describe("markdownToBlocks", () => {
  it("maps headings, emphasis, lists, tables and the page-break and new-section markers", () => {
    const md = "# Title\n\nSome **bold** and *italic*.\n\n- one\n  - nested\n\n1. first\n\n| A | B |\n|---|---|\n| a | b |\n\n<!-- page-break -->\n\n<!-- new-section -->\n";
    expect(markdownToBlocks(md, { file })).toEqual([
      { kind: "heading", level: 1, runs: [{ text: "Title" }] },
      { kind: "paragraph", runs: [{ text: "Some " }, { text: "bold", bold: true }, { text: " and " }, { text: "italic", italic: true }, { text: "." }] },
      { kind: "list", ordered: false, items: [{ level: 0, runs: [{ text: "one" }] }, { level: 1, runs: [{ text: "nested" }] }] },
      { kind: "list", ordered: true, items: [{ level: 0, runs: [{ text: "first" }] }] },
      { kind: "table", header: [[{ text: "A" }], [{ text: "B" }]], rows: [[[{ text: "a" }], [{ text: "b" }]]] },
      { kind: "pageBreak" },
      { kind: "pageBreak", section: true },
    ]);
  });
  it("treats a single newline as a line break (why: address blocks and sign-offs)", () => {
    expect(markdownToBlocks("From Siân\nYour IRO", { file })).toEqual([{ kind: "paragraph", runs: [{ text: "From Siân" }, { lineBreak: true }, { text: "Your IRO" }] }]);
  });
  it("puts the profile's logo at <!-- logo --> and nothing when there is none", () => {
    const logo = { kind: "image" as const, data: new Uint8Array([1]), width: 10, height: 5, alt: "logo" };
    expect(markdownToBlocks("<!-- logo -->\n", { file, logo })).toEqual([logo]);
    expect(markdownToBlocks("<!-- logo -->\n", { file })).toEqual([]);
  });
  it("refuses HTML, images and code blocks in templates (why: nothing is fetched or silently lost)", () => {
    for (const md of ["<div>x</div>", "a <b>b</b>", "![x](http://example.org/a.png)", "    indented code"]) {
      expect(() => markdownToBlocks(md, { file })).toThrow(RenderError);
    }
  });
});
