/**
 * Writes the README's pictures of the letters (docs/*.png) from the bundled examples, one PNG per
 * page, A4 at 60 dpi, with poppler's pdftoppm:
 *
 *   npm run build && npx tsx scripts/docs-letter-pngs.ts
 *
 * The child's letter in each age band (Sofia, 6, with pictures; Aaliyah, 12; Reuben, 16), a child's
 * conference letter (Zuzia, 10), a parent's own letter after a conference where domestic abuse is
 * recorded (Minh Anh's mother) and a parent's letter after a looked-after review (Sofia's mother).
 * The under-8 letter and the parent's own letter are written page by page (the README shows them
 * whole); the others' first pages. Look at every page of every letter before committing them.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { renderDocument, type RenderOptions } from "../src/render/render-document.js";
import type { DocumentName } from "../src/render/documents.js";
import type { CaseFile } from "../src/types/index.js";

const LETTERS: { png: string; example: string; record: string; document: DocumentName; part?: Pick<RenderOptions, "childId" | "parentId">; allPages?: true }[] = [
  { png: "child-letter-under-8", example: "leicestershire/sofia-papadopoulou", record: "LAR-LE-88231-2", document: "child-letter", allPages: true },
  { png: "child-letter-8-12", example: "knowsley/aaliyah-begum", record: "LAR-KN-24117-4", document: "child-letter" },
  { png: "child-letter-13-plus", example: "knowsley/reuben-ashworth", record: "LAR-KN-19876-5", document: "child-letter" },
  { png: "child-conference-letter", example: "knowsley/zuzanna-nowak", record: "ICPC-KN-31502-2025-10-13", document: "child-conference-letter", part: { childId: "KN-31502" } },
  { png: "parent-letter", example: "gloucestershire/nguyen-minh-anh", record: "RCPC-GL-71842-2026-06-11", document: "parent-letter", part: { parentId: "mother" }, allPages: true },
  { png: "lac-parent-letter", example: "leicestershire/sofia-papadopoulou", record: "LAR-LE-88231-2", document: "lac-parent-letter", part: { parentId: "parent-1" } },
];

const tmp = mkdtempSync(join(tmpdir(), "rk-docs-png-"));
for (const l of LETTERS) {
  const caseFile = JSON.parse(readFileSync(join("examples", `${l.example}.case.json`), "utf8")) as CaseFile;
  const record = caseFile.records.find((r) => r.id === l.record);
  if (!record) throw new Error(`${l.example} has no record ${l.record}`);
  const pdf = join(tmp, `${l.png}.pdf`);
  writeFileSync(pdf, await renderDocument(record, l.document, "pdf", { profile: caseFile.authority ?? "england", caseFile, ...l.part }));
  execFileSync("pdftoppm", ["-png", "-r", "60", pdf, join(tmp, l.png)]);
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))?.[1] ?? "1");
  for (let p = 1; p <= (l.allPages ? pages : 1); p++) {
    // pdftoppm numbers pages with as many digits as the last page needs.
    const out = join("docs", p === 1 ? `${l.png}.png` : `${l.png}-page-${p}.png`);
    renameSync(join(tmp, `${l.png}-${String(p).padStart(String(pages).length, "0")}.png`), out);
    process.stdout.write(`${out}\n`);
  }
}
