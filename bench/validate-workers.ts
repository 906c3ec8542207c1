/**
 * validate.batch_speedup and validate.case_files_per_s (issue 15, point 4): `validate` over a folder
 * of 10,000 generated case files (bench/lib/generate-caseload.ts: a council's caseload, ~50 KB each)
 * on one thread (--jobs 1) and on every core (worker threads), each run its own process
 * (bench/lib/validate-workers-child.mjs, from dist/, validateAndFormat as the command runs it):
 * reading, parsing, validating and the text report. case_files_per_s is the one-thread rate; batch_speedup is one-thread time / every-core
 * time, and the two runs must print the same bytes; batch_cpu_ratio is the CPU time (all threads) of
 * the workers' run over the one-thread run: what the workers cost, which other processes on the
 * machine do not change (on two idle cores the speedup can reach 2 / that ratio). report.* are the
 * same for `report`.
 * BENCH_WORKERS_FILES sets the number of files (default 10,000).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { ensureBuilt, ROOT } from "./lib/build.js";
import { writeCaseload } from "./lib/generate-caseload.js";
import { atLeast, note, report } from "./lib/report.js";

interface Run {
  ms: number;
  files: number;
  sha256: string;
  cpuMs: number;
  /** Each thread's CPU, ms (Linux only): the main thread's, and the others' largest first. */
  threads?: { main: number; others: number[] };
}

/**
 * Where a run's CPU went, thread by thread: on one thread its JavaScript thread and V8's helper
 * threads (the optimising compiler and the garbage collector, on the otherwise idle core); on
 * workers each worker's thread (the largest others), the helpers and the main thread.
 * @example "2 workers 8.2 + 8.1 s, V8 helpers 3.0 s, main thread 0.6 s"
 */
function perThread(r: Run, workers: number): string {
  if (!r.threads) return "per thread: not measured (no /proc)";
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const helpers = r.threads.others.slice(workers).reduce((a, b) => a + b, 0);
  if (workers === 0) return `one thread ${s(r.threads.main)}, V8 helpers ${s(helpers)}`;
  return `${workers} workers ${r.threads.others.slice(0, workers).map(s).join(" + ")}, V8 helpers ${s(helpers)}, main thread ${s(r.threads.main)}`;
}

function run(what: "validate" | "report", dir: string, jobs: number): Run {
  const r = spawnSync(process.execPath, [join(ROOT, "bench", "lib", "validate-workers-child.mjs"), ROOT, what, dir, String(jobs)], { encoding: "utf8", timeout: 3_600_000 });
  if (r.status !== 0) throw new Error(`${what} --jobs ${jobs} failed: ${(r.stderr || "").trim().split("\n").slice(-2).join(" | ")}`);
  return JSON.parse(r.stdout.trim().split("\n").pop()!) as Run;
}

export async function benchValidateWorkers(): Promise<void> {
  ensureBuilt();
  const n = Number(process.env["BENCH_WORKERS_FILES"] ?? 10_000);
  const cores = availableParallelism();
  const dir = mkdtempSync(join(tmpdir(), "reviewkit-bench-workers-"));
  try {
    const w = writeCaseload(dir, n, 15_000);
    note(`workers: ${w.files} case files (${(w.bytes / 1e6).toFixed(0)} MB, mean ${w.meanRecords.toFixed(1)} records and ${w.meanEvents.toFixed(0)} events); ${cores} cores`);
    for (const what of ["validate", "report"] as const) {
      const one = run(what, dir, 1);
      const all = run(what, dir, cores);
      if (one.sha256 !== all.sha256) throw new Error(`${what}: --jobs ${cores} printed different output from --jobs 1`);
      note(`${what}: one thread ${(one.ms / 1000).toFixed(1)} s (CPU ${(one.cpuMs / 1000).toFixed(1)} s); ${cores} workers ${(all.ms / 1000).toFixed(1)} s (CPU ${(all.cpuMs / 1000).toFixed(1)} s); the same output (sha256 ${one.sha256.slice(0, 12)})`);
      note(`${what} CPU per thread: ${perThread(one, 0)}; ${perThread(all, cores)}`);
      if (what === "validate") {
        report("validate.case_files_per_s", (one.files / one.ms) * 1000, "case files/s", undefined, `one thread, ${one.files} files read, parsed, validated and reported`);
        report("validate.batch_speedup", one.ms / all.ms, `x on ${cores} cores`, atLeast(1.7));
        // What the workers cost in all (start-up, each thread's own JIT warm-up, copying results):
        // unlike the speedup, it does not depend on other processes sharing the cores.
        report("validate.batch_cpu_ratio", all.cpuMs / one.cpuMs, "x CPU time, workers / one thread");
      } else {
        report("report.batch_speedup", one.ms / all.ms, `x on ${cores} cores`);
        report("report.batch_cpu_ratio", all.cpuMs / one.cpuMs, "x CPU time, workers / one thread");
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
