/**
 * pdf.ms_per_doc, pdf.ratio_vs_direct, pdf.ratio_vs_libreoffice: the same 3-page review record to PDF
 * through reviewkit (template → model → pdfmake with the embedded DejaVu fonts, after the glyph
 * check), against pdfmake directly with the same fonts (the floor), and against LibreOffice converting
 * reviewkit's DOCX of it (`soffice --headless --convert-to pdf`, one file per run, warm profile).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { renderDocument } from "../src/render/index.js";
import { directPdf, modelOf, pdfPages, threePageReview, DOC, PROFILE } from "./lib/documents.js";
import { atMost, median, note, report, skipped, timeInterleaved } from "./lib/report.js";

function sofficePath(): string | undefined {
  const r = spawnSync("sh", ["-c", "command -v soffice"], { encoding: "utf8" });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

export async function benchPdf(): Promise<void> {
  const { record, decisions } = await threePageReview();
  const model = modelOf(record);
  // 100, not 200: a PDF takes ~10x a DOCX, and the whole bench must stay under ~10 minutes on 2 cores.
  const RUNS = 100;
  const times = await timeInterleaved(
    {
      reviewkit: () => renderDocument(record, DOC, "pdf", { profile: PROFILE }),
      direct: () => directPdf(model),
    },
    RUNS,
    10,
  );
  const rk = median(times["reviewkit"]!);
  const direct = median(times["direct"]!);
  const pages = pdfPages(await renderDocument(record, DOC, "pdf", { profile: PROFILE }));
  note(`pdf: review minutes with ${decisions} decisions, ${pages} pages; medians of ${RUNS}: reviewkit ${rk.toFixed(1)} ms, direct pdfmake ${direct.toFixed(1)} ms`);
  report("pdf.ms_per_doc", rk, "ms");
  report("pdf.ratio_vs_direct", rk / direct, "x", atMost(1.25));

  const soffice = sofficePath();
  if (!soffice) {
    skipped("pdf.ratio_vs_libreoffice", "soffice not installed");
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), "reviewkit-bench-lo-"));
  try {
    const docx = join(dir, "minutes.docx");
    writeFileSync(docx, await renderDocument(record, DOC, "docx", { profile: PROFILE }));
    // Its own profile (two soffice runs sharing one fail), made by a first, untimed run.
    const profile = `-env:UserInstallation=file://${join(dir, "lo-profile")}`;
    const convert = (files: string[]) => {
      const t0 = performance.now();
      const r = spawnSync(soffice, [profile, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", join(dir, "out"), ...files], { encoding: "utf8", timeout: 300_000 });
      const ms = performance.now() - t0;
      if (r.status !== 0 || !existsSync(join(dir, "out", "minutes.pdf"))) throw new Error(`soffice failed: ${(r.stderr || r.stdout).trim().split("\n")[0]}`);
      return ms;
    };
    convert([docx]);
    const LO_RUNS = 5;
    const lo: number[] = [];
    for (let i = 0; i < LO_RUNS; i++) lo.push(convert([docx]));
    // Batched, for context: LibreOffice's start-up shared by 20 files.
    const copies = Array.from({ length: 20 }, (_, i) => {
      const p = join(dir, i === 0 ? "minutes.docx" : `minutes-${i}.docx`);
      if (i > 0) writeFileSync(p, readFileSync(docx));
      return p;
    });
    const batchPerFile = convert(copies) / copies.length;
    note(`pdf: LibreOffice ${median(lo).toFixed(0)} ms per single-file run (median of ${LO_RUNS}), ${batchPerFile.toFixed(0)} ms per file in a batch of 20 (ratio against the batch: ${(rk / batchPerFile).toFixed(3)})`);
    report("pdf.ratio_vs_libreoffice", rk / median(lo), "x", atMost(0.1));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
