/**
 * Documents from the page are the CLI's documents: for every example case file, the record the page
 * opens for each record type that gives documents, each document downloaded from the page as DOCX
 * and HTML is byte-for-byte what the renderer makes in Node (`reviewkit render` calls the same
 * renderDocument with the same profile and case file), and the PDF is the same PDF once its streams
 * are inflated (the browser's deflate packs differently from Node's zlib). The preview shows the letter.
 * The page's bytes are taken from the link its button offers (page-documents.ts), while Node makes
 * the CLI's; a click on each format's button downloads those same bytes.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import mammoth from "mammoth";
import type { Page } from "playwright-core";
import { packageRoot } from "../../src/paths.js";
import { documentsFor, type DocumentName } from "../../src/render/documents.js";
import { documentParts } from "../../src/render/conference-letter-children.js";
import { loadProfile } from "../../src/profiles/load-profile.js";
import { renderDocument } from "../../src/render/render-document.js";
import type { CaseFile, CaseRecord } from "../../src/types/index.js";
import { launch, openForm, writeForm, type FormBrowser } from "./browser.js";
import { pdfContent } from "./pdf-content.js";
import { offeredDocuments } from "./page-documents.js";
import { htmlText } from "../render/extract.js";

const root = packageRoot();
const caseFiles = readdirSync(join(root, "examples"), { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== "invalid")
  .flatMap((d) => readdirSync(join(root, "examples", d.name)).filter((f) => f.endsWith(".case.json")).map((f) => join("examples", d.name, f)))
  .sort();

let fb: FormBrowser;
let page: Page;

beforeAll(async () => {
  fb = await launch();
  page = await openForm(fb, writeForm());
});
afterAll(async () => {
  await fb?.close();
});

/** Clicks a Download button and reads the file Chromium downloaded (named as `name`, when given). */
async function downloadBytes(selector: string, name?: string): Promise<Buffer> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.click(selector)]);
  if (name !== undefined) expect(download.suggestedFilename()).toBe(name);
  const path = await download.path();
  return readFileSync(path);
}

/** Every document a record type gives in a case file, as `reviewkit render` makes it for the page's record. */
interface Job {
  type: string;
  record: CaseRecord;
  doc: DocumentName;
  format: (typeof FORMATS)[number];
}

const FORMATS = ["pdf", "docx", "html"] as const;

/** The CLI's bytes for each job, made one after another, each after letting Playwright's messages through. */
async function cliBytes(caseFile: CaseFile, file: string, jobs: readonly Job[]): Promise<Uint8Array[]> {
  const out: Uint8Array[] = [];
  for (const { record, doc, format } of jobs) {
    await new Promise((resolve) => setImmediate(resolve));
    out.push(await renderDocument(record, doc, format, { profile: caseFile.authority ?? "england", file, caseFile }));
  }
  return out;
}

describe("documents made in the page are the CLI's", () => {
  it.each(caseFiles)("%s", async (file) => {
    const caseFile = JSON.parse(readFileSync(join(root, file), "utf8")) as CaseFile & { records: CaseRecord[] };
    const types = [...new Set(caseFile.records.filter((r) => documentsFor(r).length).map((r) => r.recordType))];
    const jobs: Job[] = types.flatMap((type) => {
      const record = caseFile.records.filter((r) => r.recordType === type).pop() as CaseRecord;
      return documentsFor(record)
        .filter((d) => documentParts(record, d, loadProfile(caseFile.authority ?? "england")).length > 0)
        .flatMap((doc) => FORMATS.map((format) => ({ type, record, doc, format })));
    });
    // Node makes the CLI's documents while the browser makes the page's (two processes, two cores).
    const fromCliMade = cliBytes(caseFile, file, jobs);
    await page.setInputFiles("#rk-open", join(root, file));
    await page.waitForFunction((name) => (globalThis as any).reviewkitForm.state.fileName === name, file.split("/").pop());
    const fromPageAll: Buffer[] = [];
    for (const type of types) {
      await page.selectOption("#rk-record-type", type);
      const offered = await offeredDocuments(page, jobs.filter((j) => j.type === type).map((j) => `[data-doc="${j.doc}"][data-format="${j.format}"]`));
      fromPageAll.push(...offered.map((o) => o.bytes));
    }
    const fromCliAll = await fromCliMade;
    expect(fromPageAll).toHaveLength(jobs.length);
    let compared = 0;
    for (const [i, { record, doc, format }] of jobs.entries()) {
      const fromPage = fromPageAll[i] as Buffer;
      const fromCli = fromCliAll[i] as Uint8Array;
      if (format === "pdf") {
        // Same objects, same text, same fonts; only deflate's packing differs (see pdf-content.ts).
        // Pictures too: each is embedded before drawing, one after another (embed-images.ts), so
        // their masks are numbered the same way in the browser as in Node.
        expect(pdfContent(fromPage), `${record.id} ${doc}.pdf`).toEqual(pdfContent(fromCli));
      } else {
        expect(Buffer.compare(fromPage, Buffer.from(fromCli)), `${record.id} ${doc}.${format}`).toBe(0);
      }
      compared++;
    }
    expect(compared).toBeGreaterThan(0);
  });

  it("previews the child's letter and its DOCX reads as the letter", async () => {
    await page.setInputFiles("#rk-open", join(root, "examples", "england", "mei-lin-chen.case.json"));
    await page.waitForFunction(() => (globalThis as any).reviewkitForm.state.fileName === "mei-lin-chen.case.json");
    await page.selectOption("#rk-record-type", "looked-after-review");
    await page.click(`[data-doc="child-letter"][data-format="preview"]`);
    await page.waitForSelector("#rk-preview:not([hidden])");
    expect(await page.textContent("#rk-preview")).toContain("Mei-Lin");
    const docx = await downloadBytes(`[data-doc="child-letter"][data-format="docx"]`);
    const { value } = await mammoth.extractRawText({ buffer: docx });
    expect(value).toContain("Mei-Lin");
  });

  it("downloads each format when its button is clicked: the bytes compared above", async () => {
    // The review the preview above opened.
    expect(await page.evaluate(() => (globalThis as any).reviewkitForm.state.fileName)).toBe("mei-lin-chen.case.json");
    for (const format of FORMATS) {
      const selector = `[data-doc="lac-review-minutes"][data-format="${format}"]`;
      const fromClick = await downloadBytes(selector, `LAR-EN-10472-3.lac-review-minutes.${format}`);
      const [offered] = await offeredDocuments(page, [selector]);
      expect(offered?.name).toBe(`LAR-EN-10472-3.lac-review-minutes.${format}`);
      expect(Buffer.compare(fromClick, offered?.bytes ?? Buffer.alloc(0)), format).toBe(0);
    }
  });

  it("offers each parent's own letter where the letters are split, each the CLI's, filed under the parent's id", async () => {
    const file = join("examples", "gloucestershire", "nguyen-minh-anh.case.json");
    const caseFile = JSON.parse(readFileSync(join(root, file), "utf8")) as CaseFile;
    await page.setInputFiles("#rk-open", join(root, file));
    await page.waitForFunction(() => (globalThis as any).reviewkitForm.state.fileName === "nguyen-minh-anh.case.json");
    await page.selectOption("#rk-record-type", "cp-conference");
    const conference = caseFile.records.filter((r) => r.recordType === "cp-conference").pop() as CaseRecord & { parents: { id: string; letter?: { safetyPlan?: string } }[] };
    const safetyPlan = conference.parents.find((p) => p.id === "mother")!.letter!.safetyPlan!;
    for (const parentId of ["mother", "father"]) {
      const selector = `[data-doc="parent-letter"][data-part="${parentId}"][data-format="html"]`;
      const [download] = await Promise.all([page.waitForEvent("download"), page.click(selector)]);
      expect(download.suggestedFilename()).toBe(`${conference.id}.parent-letter.${parentId}.html`);
      const fromPage = readFileSync(await download.path());
      const fromCli = await renderDocument(conference, "parent-letter", "html", { profile: caseFile.authority ?? "england", file, caseFile, parentId });
      expect(Buffer.compare(fromPage, Buffer.from(fromCli)), parentId).toBe(0);
      expect(htmlText(fromPage).replace(/\s+/g, " ").includes(safetyPlan), `${parentId}'s letter and the mother's safety plan`).toBe(parentId === "mother");
    }
  });

  it("made no network request", () => {
    expect(fb.attempted).toEqual([]);
    expect(fb.pageErrors).toEqual([]);
  });
});
