import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { loadProfile } from "../../src/profiles/load-profile.js";
import { RenderError } from "../../src/render/render-error.js";
import { buildDocumentModel, renderDocument } from "../../src/render/render-document.js";
import { STYLES } from "../../src/render/model.js";
import * as f from "../fixtures/records.js";
import { docxText, htmlText, pdfStruct, squash } from "./extract.js";

const tmp = () => mkdtempSync(join(tmpdir(), "rk-render-"));

/** A valid 2×1 PNG, made here so no image file needs shipping. */
function png(): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (b: Buffer) => {
    let c = 0xffffffff;
    for (const x of b) c = (crcTable[(c ^ x) & 0xff] ?? 0) ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const t = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const out = Buffer.alloc(8 + data.length + 4);
    out.writeUInt32BE(data.length, 0);
    t.copy(out, 4);
    out.writeUInt32BE(crc(t), 8 + data.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(2, 0);
  ihdr.writeUInt32BE(1, 4);
  ihdr[8] = 8;
  ihdr[9] = 2; // truecolour
  const raw = Buffer.from([0, 0, 94, 184, 200, 16, 24]);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", ihdr), chunk("IDAT", deflateSync(raw)), chunk("IEND", Buffer.alloc(0))]);
}

describe("templates an authority overrides", () => {
  it("replace a shipped template or partial by file name, with no code change", async () => {
    const dir = tmp();
    mkdirSync(join(dir, "partials"));
    writeFileSync(join(dir, "partials", "child-complaints.md"), "Ring our children's rights line on 0800 000 0000.\n");
    writeFileSync(join(dir, "good-practice-note.md"), "---\ntitle: Thank you\naudience: professional\nstyle: letter\n---\n# Thank you, {{to.name}}\n\n{{practice}}\n");
    const letter = htmlText(await renderDocument(f.lookedAfterReview(), "child-letter", "html", { templatesDir: dir }));
    expect(letter).toContain("Ring our children's rights line on 0800 000 0000.");
    const note = htmlText(await renderDocument(f.goodPracticeNote(), "good-practice-note", "html", { templatesDir: dir }));
    expect(note).toContain("Thank you, Łukasz Wróbel");
  });

  it("a field the record lacks is an error naming the field and the template, never 'undefined'", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "good-practice-note.md"), "---\ntitle: T\naudience: professional\nstyle: letter\n---\n{{practice}}\n{{child.nickname}}\n");
    const err = await renderDocument(f.goodPracticeNote(), "good-practice-note", "docx", { templatesDir: dir }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RenderError);
    expect((err as RenderError).message).toContain("child.nickname");
    expect((err as RenderError).file).toBe(join(dir, "good-practice-note.md"));
    expect((err as RenderError).where).toBe("line 7");
  });
});

describe("the profile", () => {
  it("puts the authority's local PNG logo in all three formats", async () => {
    const dir = tmp();
    const logo = join(dir, "logo.png");
    writeFileSync(logo, png());
    const base = loadProfile("knowsley");
    const profile = { ...base, authority: { ...base.authority, logo } };
    const docx = await renderDocument(f.goodPracticeNote(), "good-practice-note", "docx", { profile });
    expect(Buffer.from(docx).toString("latin1")).toMatch(/word\/media\/[^"]+\.png/);
    const pdf = Buffer.from(await renderDocument(f.goodPracticeNote(), "good-practice-note", "pdf", { profile })).toString("latin1");
    expect(pdf).toContain("/Subtype /Image");
    // Tagged as a Figure with its alt text, so a screen reader says what it is.
    const tree = pdfStruct(await renderDocument(f.goodPracticeNote(), "good-practice-note", "pdf", { profile })).join("\n");
    expect(tree).toMatch(/^Document\n {2}Figure\n/);
    expect(pdf).toMatch(/<<\n\/S \/Figure\n\/Alt \(Knowsley Council logo\)/);
    const html = new TextDecoder().decode(await renderDocument(f.goodPracticeNote(), "good-practice-note", "html", { profile }));
    expect(html).toContain('<img class="logo" src="data:image/png;base64,');
  });

  it("refuses a logo that is an address rather than a local file (rendering never fetches)", () => {
    const base = loadProfile("knowsley");
    const profile = { ...base, authority: { ...base.authority, logo: "https://example.org/logo.png" } };
    expect(() => buildDocumentModel(f.goodPracticeNote(), "good-practice-note", { profile })).toThrow(/local PNG/);
  });

  it("gives contacts, complaints and advocacy from the profile, and the minutes due date only where it sets one", async () => {
    const knowsley = squash(await docxText(await renderDocument(f.lookedAfterReview(), "child-letter", "docx", { profile: "knowsley" })));
    expect(knowsley).toContain(squash("Knowsley Council complaints team, 0151 489 6000"));
    expect(knowsley).toContain(squash("called NYAS."));
    const england = htmlText(await renderDocument(f.lookedAfterReview(), "lac-review-minutes", "html", { profile: "england" }));
    expect(england).not.toContain("Minutes due by");
    expect(england).toContain("Local authority");
  });
});

describe("the child's letter by age", () => {
  const at = (dob: string) => {
    const r = f.lookedAfterReview();
    r.child.dateOfBirth = dob;
    return r;
  };
  it("has three bands with their own wording and a 14 pt or larger layout", () => {
    const bands = [
      ["2020-01-01", "child-under-8", "My name is Siân Llŷr."],
      ["2014-05-09", "child-8-12", "I am your IRO (the person who checks your plan is working)."],
      ["2010-01-01", "child-13-plus", "Dear Amara"],
    ] as const;
    for (const [dob, style, words] of bands) {
      const { model } = buildDocumentModel(at(dob), "child-letter", { profile: "knowsley" });
      expect(model.style).toBe(style);
      expect(STYLES[model.style].fontSize).toBeGreaterThanOrEqual(14);
      expect(model.audience).toBe("child");
      const text = model.blocks.map((b) => ("runs" in b ? b.runs.map((r) => ("text" in r ? r.text : "\n")).join("") : "")).join("\n");
      expect(text).toContain(words);
    }
  });

  it("uses the decision in plain words, falling back to the formal text", async () => {
    const r = f.lookedAfterReview();
    delete r.decisions[1]!.childFriendlyText;
    const text = await docxText(await renderDocument(r, "child-letter", "docx"));
    expect(squash(text)).toContain(squash(r.decisions[0]!.childFriendlyText!));
    expect(squash(text)).toContain(squash(r.decisions[1]!.text));
  });
});
