import { describe, expect, it } from "vitest";
import { RenderError } from "../../src/render/render-error.js";
import { renderDocument } from "../../src/render/render-document.js";
import * as f from "../fixtures/records.js";
import { docxText, htmlText, pdfText, squash } from "./extract.js";

const WORDS = "I *love* my # | family <3 & _Tobi_ `ok` [me](x) <b>hi</b> 1. \\o/";

function reviewSaying(words: string) {
  const r = f.lookedAfterReview();
  r.childViews.childsOwnWords = words;
  return r;
}

describe("a child's own words", () => {
  it("come out exactly as written in DOCX, PDF and HTML, in the letter and the minutes", async () => {
    for (const document of ["child-letter", "lac-review-minutes"] as const) {
      const r = reviewSaying(WORDS);
      const docx = await docxText(await renderDocument(r, document, "docx"));
      const pdf = pdfText(await renderDocument(r, document, "pdf"));
      const htmlBytes = await renderDocument(r, document, "html");
      for (const [format, text] of [["docx", docx], ["pdf", pdf], ["html", htmlText(htmlBytes)]] as const) {
        expect(squash(text), `${document} ${format}`).toContain(squash(WORDS));
      }
      const html = new TextDecoder().decode(htmlBytes);
      expect(html).toContain("&lt;b&gt;hi&lt;/b&gt;"); // shown, never markup
      expect(html).not.toContain("<b>hi");
    }
  });
});

describe("names in many scripts", () => {
  it("render in the PDF with the shipped font", async () => {
    const r = f.lookedAfterReview();
    const names = ["Siân Llŷr", "Łukasz Wróbel", "Nguyễn Thị Hằng", "Σοφία", "Дмитрий"];
    r.attendance = names.map((name) => ({ name, role: "Relative", attendance: "present" as const }));
    const text = pdfText(await renderDocument(r, "lac-review-minutes", "pdf"));
    for (const name of names) expect(text).toContain(name);
  });

  it("a character the font cannot draw fails the PDF, naming it as U+XXXX and its field; DOCX still renders", async () => {
    const r = reviewSaying("I am happy 我");
    const err = await renderDocument(r, "child-letter", "pdf", { file: "amara.json" }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RenderError);
    expect((err as RenderError).message).toContain("U+6211");
    expect((err as RenderError).where).toBe("/childViews/childsOwnWords");
    expect((err as RenderError).toLine()).not.toContain("happy"); // no record content in messages
    await expect(renderDocument(r, "child-letter", "docx")).resolves.toBeInstanceOf(Uint8Array);
  });
});
