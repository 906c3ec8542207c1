import { describe, expect, it } from "vitest";
import { markdownToText } from "./markdown-text.js";
import { splitSentences } from "./sentences.js";

describe("markdownToText", () => {
  it("keeps link text and drops the address, so a URL is not counted as words", () => {
    expect(markdownToText("Ask [your IRO](https://example.org/iro) today.")).toBe("Ask your IRO today.\n");
  });

  it("drops emphasis marks and joins wrapped lines of a paragraph", () => {
    expect(markdownToText("You are **very** _brave_\nand kind.")).toBe("You are very brave and kind.\n");
  });

  it("keeps headings and list items as separate sentences for the splitter", () => {
    const text = markdownToText("# Your plan\n\n- School\n- Football\n\nSee you soon.");
    expect(splitSentences(text).map((s) => s.text)).toEqual(["Your plan", "School", "Football", "See you soon."]);
  });

  it("leaves out front matter, code and raw HTML, which are not prose", () => {
    expect(markdownToText("---\ntitle: Letter\n---\nHello.\n\n```\ncode\n```\n\n<div>x</div>\n")).toBe("Hello.\n");
  });

  it("decodes &amp; so it is not read as a word", () => {
    expect(markdownToText("Mum &amp; Dad")).toBe("Mum & Dad\n");
  });

  it("returns empty text for empty Markdown", () => {
    expect(markdownToText("")).toBe("");
  });
});
