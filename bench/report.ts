/**
 * report.case_files_per_s, report.peak_rss_mb, report.ratio_vs_validate and the extrapolated
 * national time: `reviewkit report` over a generated caseload (bench/lib/generate-caseload.ts)
 * against validating the same files. Each run is its own process (bench/lib/report-child.mjs).
 *
 * The national set is 130,000 case files (~5.7 GB): writing and reading it takes tens of minutes
 * here, so by default the bench measures BENCH_REPORT_CHILDREN (default 5,000) and extrapolates
 * linearly (the report holds sums, the drift rows and one id per child, so time and memory grow
 * with the files, not faster). BENCH_REPORT_CHILDREN=130000 runs the whole set.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ensureBuilt, ROOT } from "./lib/build.js";
import { writeCaseload } from "./lib/generate-caseload.js";
import { atLeast, atMost, note, report } from "./lib/report.js";

const NATIONAL = 130_000;

interface Run {
  ms: number;
  counted: number;
  peakRssMb: number;
}

function run(what: "report" | "validate", dir: string): Run {
  const r = spawnSync(process.execPath, [join(ROOT, "bench", "lib", "report-child.mjs"), what, dir, ROOT], { encoding: "utf8", timeout: 7_200_000, maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new Error(`${what} run failed: ${(r.stderr || "").split("\n")[0]}`);
  return JSON.parse(r.stdout.trim().split("\n").pop()!) as Run;
}

export async function benchReport(): Promise<void> {
  ensureBuilt();
  const n = Number(process.env["BENCH_REPORT_CHILDREN"] ?? 5000);
  const dir = mkdtempSync(join(tmpdir(), "reviewkit-bench-report-"));
  try {
    const t0 = performance.now();
    const w = writeCaseload(dir, n);
    note(`report: ${w.files} case files written in ${((performance.now() - t0) / 1000).toFixed(0)} s (${w.lookedAfter} looked after, ${w.onPlans} on plans; mean ${w.meanRecords.toFixed(1)} records and ${w.meanEvents.toFixed(0)} events; ${(w.bytes / 1e6).toFixed(0)} MB)`);
    const rep = run("report", dir);
    const val = run("validate", dir);
    if (rep.counted !== n) note(`report: ${n - rep.counted} generated files were left out (each with its reason in the report)`);
    const perS = (rep.counted / rep.ms) * 1000;
    report("report.case_files_per_s", Math.round(perS), "case files/s", atLeast(Math.ceil(NATIONAL / 60)), `${n} files in ${(rep.ms / 1000).toFixed(1)} s`);
    report("report.peak_rss_mb", Math.round(rep.peakRssMb), "MB", atMost(1024), `${n} files`);
    report("report.ratio_vs_validate", Math.round((rep.ms / val.ms) * 100) / 100, "x", undefined, `validate: ${(val.ms / 1000).toFixed(1)} s, ${Math.round(val.peakRssMb)} MB`);
    if (n < NATIONAL) {
      report("report.national_s_extrapolated", Math.round((NATIONAL / perS)), "s", atMost(60), `130,000 files at ${Math.round(perS)} files/s (linear from ${n})`);
    } else {
      report("report.national_s", Math.round(rep.ms / 1000), "s", atMost(60));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
