import { unzipSync, strFromU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { renderDocument } from "../../src/render/render-document.js";
import { formatLongDate } from "../../src/calendar/index.js";
import * as f from "../fixtures/records.js";
import { pdfInfo, pdfStruct, pdfText, squash } from "./extract.js";

const options = { profile: "knowsley" } as const;
const unzip = (bytes: Uint8Array) => unzipSync(bytes);
const part = (zip: Record<string, Uint8Array>, name: string) => strFromU8(zip[name] ?? new Uint8Array());

/** A review with `n` decisions, the last one `lastText`, to push tables over several pages. */
function reviewWithDecisions(n: number, lastText?: string) {
  const r = f.lookedAfterReview();
  const first = r.decisions[0]!;
  r.decisions = Array.from({ length: n }, (_, i) => ({ ...first, id: `D${i + 1}`, text: `Decision number ${i + 1}: ${first.text}` }));
  if (lastText) r.decisions[n - 1]!.text = lastText;
  return r;
}

describe("DOCX", () => {
  it("has real heading styles, en-GB, a title, repeating table headers and Page N of M with the marking", async () => {
    const zip = unzip(await renderDocument(f.lookedAfterReview(), "lac-review-minutes", "docx", options));
    const body = part(zip, "word/document.xml");
    expect(body).toContain('<w:pStyle w:val="Heading1"/>');
    expect(body).toContain('<w:pStyle w:val="Heading2"/>');
    expect(body).toMatch(/<w:trPr>(<[^>]+>)*<w:tblHeader\/>/);
    expect(part(zip, "word/styles.xml")).toContain('<w:lang w:val="en-GB"/>');
    const core = part(zip, "docProps/core.xml");
    expect(core).toContain("<dc:title>Looked-after review record</dc:title>");
    expect(core).toContain("<dc:language>en-GB</dc:language>");
    expect(core).toContain("2026-12-10T00:00:00Z"); // the review date, not the clock
    const footer = Object.keys(zip).filter((k) => /word\/footer\d*\.xml/.test(k)).map((k) => part(zip, k)).join("");
    expect(footer).toMatch(/PAGE/);
    expect(footer).toMatch(/NUMPAGES/);
    expect(footer).toContain("OFFICIAL-SENSITIVE");
    const header = Object.keys(zip).filter((k) => /word\/header\d*\.xml/.test(k)).map((k) => part(zip, k)).join("");
    expect(header).toContain("OFFICIAL-SENSITIVE");
    expect(header).toContain("Knowsley Council");
  });
});

describe("PDF", () => {
  it("has its title, language, outline headings, marking and Page N of M on every page", async () => {
    const bytes = await renderDocument(reviewWithDecisions(40), "lac-review-minutes", "pdf", options);
    const info = pdfInfo(bytes);
    expect(info["Title"]).toBe("Looked-after review record");
    const raw = Buffer.from(bytes).toString("latin1");
    expect(raw).toContain("/Lang (en-GB)");
    expect(raw).toContain("/Outlines");
    const pages = Number(info["Pages"]);
    expect(pages).toBeGreaterThan(2);
    for (let p = 1; p <= pages; p++) {
      const text = pdfText(bytes, p);
      expect(text).toContain(`Page ${p} of ${pages}`);
      expect(text.match(/OFFICIAL-SENSITIVE/g)?.length).toBe(2); // header and footer
    }
  });

  it("repeats the table's header row on every page the table runs onto", async () => {
    const bytes = await renderDocument(reviewWithDecisions(60), "lac-review-minutes", "pdf", options);
    const pages = Number(pdfInfo(bytes)["Pages"]);
    let pagesWithRows = 0;
    for (let p = 1; p <= pages; p++) {
      const text = pdfText(bytes, p);
      if (!/Decision number \d+/.test(text)) continue;
      pagesWithRows++;
      expect(text, `page ${p}`).toContain("Who will do it");
    }
    expect(pagesWithRows).toBeGreaterThan(1);
  });

  it("never loses a table cell taller than a page: the last words of a very long decision are there", async () => {
    const long = `${Array.from({ length: 180 }, (_, i) => `Step marker${i + 1}end is agreed with every agency.`).join(" ")} These are the very last words.`;
    const bytes = await renderDocument(reviewWithDecisions(2, long), "lac-review-minutes", "pdf", options);
    // The cell runs over several pages (with page furniture and the row's other cells between the
    // pieces): every one of its 180 numbered sentences, in order, and its last words must be there.
    const text = squash(pdfText(bytes));
    const markers = [...text.matchAll(/marker(\d+)end/g)].map((m) => Number(m[1]));
    expect(markers).toEqual(Array.from({ length: 180 }, (_, i) => i + 1));
    expect(Number(pdfInfo(bytes)["Pages"])).toBeGreaterThan(3);
    expect(text).toContain(squash("These are the very last words."));
    expect(text).toContain(squash(formatLongDate("2026-12-10")));
  });

  it("is tagged: a structure tree with the headings, lists and tables in reading order, the header and footer left out as artifacts", async () => {
    const bytes = await renderDocument(reviewWithDecisions(40), "lac-review-minutes", "pdf", options);
    expect(pdfInfo(bytes)["Tagged"]).toBe("yes");
    const tree = pdfStruct(bytes);
    expect(tree[0]).toBe("Document");
    const headings = tree.filter((l) => /^\s*H\d \(block\)$/.test(l));
    expect(headings[0]?.trim()).toBe("H1 (block)");
    const texts = tree.join("\n");
    expect(texts).toMatch(/H1 \(block\)\n\s+"Looked-after review record"/);
    expect(texts).toMatch(/H2 \(block\)\n\s+"1\. Who took part"\n\s+Table \(block\)\n\s+TR\n\s+TH:\n\s+\/Scope \/Column\n\s+"Name"/);
    expect(texts).toContain('"Decision number 40: ');
    // The header row repeated on later pages is an artifact: once in the tree per table.
    expect(texts.match(/"Who will do it"/g)?.length).toBe(1);
    expect(texts).not.toContain("OFFICIAL-SENSITIVE");
    expect(texts).not.toMatch(/Page \d+ of/);
  });

  it("uses the profile's protective marking", async () => {
    const { loadProfile } = await import("../../src/profiles/load-profile.js");
    const profile = { ...loadProfile("knowsley"), protectiveMarking: "OFFICIAL" };
    const text = pdfText(await renderDocument(f.goodPracticeNote(), "good-practice-note", "pdf", { profile }));
    expect(text).toContain("OFFICIAL");
    expect(text).not.toContain("OFFICIAL-SENSITIVE");
  });
});

describe("HTML", () => {
  it("declares en-GB, has a title and real headings, and loads nothing from anywhere", async () => {
    const html = new TextDecoder().decode(await renderDocument(f.lookedAfterReview(), "child-letter", "html", options));
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en-GB">/);
    expect(html).toContain("<title>What we decided at your review</title>");
    expect(html).toContain("<h1>Hello Amara</h1>");
    expect(html).toContain("<h2>");
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(html).toContain('<th scope="col">');
  });
});
