// One measured run of `validate` (or `report`) over a folder in its own process, from dist/, with
// --jobs N: validateAndFormat and the text report the command prints (or
// reportForFilesInParallel and its JSON), with the options the command passes, lowerInliningBudget
// too (cli/commands/validate.ts and report.ts; only a run on workers applies it). Prints one JSON
// line: milliseconds, files, the output's SHA-256 (runs with different jobs must print the same
// bytes), the CPU time of all threads and, on Linux, each thread's (thread-cpu.mjs).
import { createHash } from "node:crypto";
import { join } from "node:path";
import { sampleThreadCpu } from "./thread-cpu.mjs";
const [, , root, what, dir, jobs] = process.argv;
const threads = sampleThreadCpu();
const t0 = performance.now();
let text;
let files;
if (what === "validate") {
  const { validateAndFormat } = await import(join(root, "dist", "src", "validate", "validate-in-workers.js"));
  const r = await validateAndFormat([dir], { asOf: "2027-03-31", jobs: Number(jobs), onWarning: () => {}, format: "text", lowerInliningBudget: true });
  text = r.output;
  files = r.files;
} else {
  const { reportForFilesInParallel } = await import(join(root, "dist", "src", "report", "report-in-workers.js"));
  const r = await reportForFilesInParallel([dir], { period: { from: "2026-04-01", to: "2027-03-31" }, jobs: Number(jobs), onWarning: () => {}, lowerInliningBudget: true });
  text = JSON.stringify(r);
  files = r.caseFiles.read;
}
const ms = performance.now() - t0;
const cpu = process.cpuUsage();
const perThread = threads?.stop();
const sha256 = createHash("sha256").update(text).digest("hex");
process.stdout.write(`${JSON.stringify({ ms, files, sha256, cpuMs: (cpu.user + cpu.system) / 1000, threads: perThread })}\n`);
