/**
 * `npm run bench` — reviewkit's performance figures on this machine, one line each:
 * `bench <name> <value> <unit> (target …: holds|DOES NOT HOLD)`. Not part of `npm test`.
 * Run some groups only: `npm run bench -- validate docx`. Groups: validate, docx, pdf, batch, cli, growth, report, form, language, workers, render-all.
 */
import { figures, note } from "./lib/report.js";

const GROUPS: Record<string, () => Promise<void>> = {
  validate: async () => (await import("./validate.js")).benchValidate(),
  docx: async () => (await import("./docx.js")).benchDocx(),
  pdf: async () => (await import("./pdf.js")).benchPdf(),
  batch: async () => (await import("./batch.js")).benchBatch(),
  cli: async () => (await import("./cli.js")).benchCli(),
  growth: async () => (await import("./growth.js")).benchGrowth(),
  report: async () => (await import("./report.js")).benchReport(),
  form: async () => (await import("./form.js")).benchForm(),
  language: async () => (await import("./language.js")).benchLanguage(),
  workers: async () => (await import("./validate-workers.js")).benchValidateWorkers(),
  "render-all": async () => (await import("./render-all.js")).benchRenderAll(),
};

const asked = process.argv.slice(2).filter((a) => a !== "--");
const unknown = asked.filter((a) => !(a in GROUPS));
if (unknown.length) {
  process.stderr.write(`bench: unknown group ${unknown.join(", ")}; groups: ${Object.keys(GROUPS).join(", ")}\n`);
  process.exit(2);
}
const run = asked.length ? asked : Object.keys(GROUPS);
note(`node ${process.version}, ${(await import("node:os")).availableParallelism()} cores; groups: ${run.join(", ")}`);
const started = Date.now();
let failedGroups = 0;
for (const g of run) {
  try {
    await GROUPS[g]!();
  } catch (err) {
    failedGroups++;
    process.stdout.write(`bench ${g} failed: ${err instanceof Error ? err.message : String(err)}\n`);
    if (process.env["BENCH_VERBOSE"]) console.error(err);
  }
}
const misses = figures.filter((f) => f.holds === false).map((f) => f.name);
note(`${figures.length} figures in ${((Date.now() - started) / 1000).toFixed(0)} s; ${misses.length ? `targets not met: ${misses.join(", ")}` : "every target measured holds"}`);
// Figures are the output; a missed target is information, not a crash. A group that broke is.
process.exitCode = failedGroups ? 1 : 0;
