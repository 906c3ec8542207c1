/**
 * batch.speedup and batch.peak_rss_mb: 1,000 children's letters to PDF with a pool of worker threads
 * on every core, against the same pool with one worker. reviewkit's renderer has no worker pool of
 * its own (renderFiles renders one document after another), so the pool is built here, in
 * bench/lib/batch-child.mjs, on its public API (renderDocument, outputFileName from dist/). Each run
 * is its own process, so the peak RSS is that run's alone, worker threads included.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { ensureBuilt, ROOT } from "./lib/build.js";
import { lookedAfterReviews } from "./lib/generate-records.js";
import { atLeast, atMost, note, report } from "./lib/report.js";

interface ChildResult {
  ms: number;
  docs: number;
  failed: number;
  peakRssMb: number;
  vmHwmMb?: number;
}

export async function benchBatch(): Promise<void> {
  ensureBuilt();
  const N = 1000;
  const cores = availableParallelism();
  const dir = mkdtempSync(join(tmpdir(), "reviewkit-bench-batch-"));
  try {
    const recordsFile = join(dir, "records.json");
    writeFileSync(recordsFile, JSON.stringify(lookedAfterReviews(N)));
    // "One core" means one: with a single worker thread, V8's garbage collector and compiler threads
    // would otherwise work on the idle second core and flatter the baseline. taskset pins that run.
    const taskset = spawnSync("sh", ["-c", "command -v taskset"], { encoding: "utf8" }).stdout.trim();
    const run = (workers: number, pin: boolean): ChildResult => {
      const out = join(dir, `out-${workers}`);
      mkdirSync(out);
      const child = [process.execPath, join(ROOT, "bench", "lib", "batch-child.mjs"), recordsFile, out, String(workers)];
      const [cmd, ...args] = pin && taskset ? [taskset, "-c", "0", ...child] : child;
      const r = spawnSync(cmd!, args, { encoding: "utf8", timeout: 900_000 });
      if (r.status !== 0) throw new Error(`batch with ${workers} worker(s) failed: ${r.stderr.trim().split("\n").slice(-3).join(" | ")}`);
      const result = JSON.parse(r.stdout.trim().split("\n").pop()!) as ChildResult;
      const written = readdirSync(out).filter((f) => f.endsWith(".pdf")).length;
      if (result.failed || written !== N) throw new Error(`batch with ${workers} worker(s): ${result.failed} failed, ${written} of ${N} PDFs written`);
      return result;
    };
    const one = run(1, true);
    const all = run(cores, false);
    note(`batch: ${N} child letters to PDF; 1 worker${taskset ? " pinned to one core" : " (taskset not found: not pinned)"} ${(one.ms / 1000).toFixed(1)} s (${(one.ms / N).toFixed(1)} ms/letter, peak RSS ${one.peakRssMb.toFixed(0)} MB); ${cores} workers ${(all.ms / 1000).toFixed(1)} s (peak RSS ${all.peakRssMb.toFixed(0)} MB, VmHWM ${all.vmHwmMb?.toFixed(0) ?? "n/a"} MB)`);
    report("batch.speedup", one.ms / all.ms, `x on ${cores} cores`, atLeast(1.7));
    report("batch.peak_rss_mb", all.peakRssMb, "MB", atMost(400));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
