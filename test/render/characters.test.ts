import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FONT_FACES, fontPath, type FontFace } from "../../src/render/fonts.js";
import type { DocumentModel } from "../../src/render/model.js";
import { writePdf } from "../../src/render/pdf/write-pdf.js";
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

  it("a name with ź or ż leaves the z's in the text of every later document (the fonts are shared between documents)", async () => {
    // Fresh font bytes are parsed anew, as in a new process: the first document has ź and ż, drawn
    // from z, and no plain z; the second, written after it with the same fonts, must still read "z".
    const fonts = Object.fromEntries(FONT_FACES.map((face) => [face, new Uint8Array(readFileSync(fontPath(face)))])) as Record<FontFace, Uint8Array>;
    const note = (text: string): DocumentModel => ({ title: "Note", audience: "professional", style: "record", lang: "en-GB", date: "2026-12-10", authorityName: "Knowsley Council", protectiveMarking: "OFFICIAL", blocks: [{ kind: "paragraph", runs: [{ text }] }] });
    expect(pdfText(await writePdf(note("Amara's aunt lives in Łódź, near the żabka shop."), { fonts }))).toContain("Łódź, near the żabka");
    expect(pdfText(await writePdf(note("Łukasz Wróbel and Zuzanna Nowak visited."), { fonts }))).toContain("Łukasz Wróbel and Zuzanna Nowak visited.");
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
