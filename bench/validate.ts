/**
 * validate.records_per_s, validate.records.ratio_vs_ajv and validate.case_files.ratio_vs_ajv: full
 * validation (schema and every rule the knowsley profile enables) of 10,000 generated files through
 * `validateRecord`, against bare ajv (`getValidator`) on the same inputs in the same run
 * (ratio = reviewkit time / ajv time). Single records and whole case files are timed apart: a case
 * file carries the timeline and the cross-record rules, a single record only its own rules.
 *
 * Each measurement runs in a process of its own (bench/lib/validate-child.ts), PROCESSES of them one
 * after another, and each figure is the median of the processes' figures. Why: V8's optimising
 * compiler settles differently in each process and stays so for the process's life, and that moved
 * the ratio more than anything the code did. On 7 December 2026 the same code gave 1.42 to 1.65 for
 * single records in five processes and 2.12 in a sixth (its rules took twice their usual time in
 * every round); the medians of rounds inside one process cannot see that. BENCH_VALIDATE_PROCESSES
 * sets how many (default 3).
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { ensureBuilt, ROOT } from "./lib/build.js";
import { atMost, median, note, report } from "./lib/report.js";
import type { VersusAjv } from "./lib/versus-ajv.js";
import type { ValidateChildResult } from "./lib/validate-child.js";

const N = 10_000;
const ROUNDS = 5;

function measureInOwnProcess(): ValidateChildResult {
  const r = spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "bench", "lib", "validate-child.ts"), String(N), String(ROUNDS)], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
    timeout: 1_800_000,
  });
  if (r.status !== 0) throw new Error(`the measuring process failed: ${(r.stderr || "").trim().split("\n").slice(-2).join(" | ")}`);
  return JSON.parse(r.stdout.trim().split("\n").pop()!) as ValidateChildResult;
}

const ratio = (r: VersusAjv) => r.reviewkitMs / r.ajvMs;

export async function benchValidate(): Promise<void> {
  // The built code, as `reviewkit validate` runs it (bench/lib/versus-ajv.ts says why).
  ensureBuilt();
  const processes = Number(process.env["BENCH_VALIDATE_PROCESSES"] ?? 3);
  if (!Number.isInteger(processes) || processes < 1) throw new Error("BENCH_VALIDATE_PROCESSES must be a whole number, 1 or more");
  const runs: ValidateChildResult[] = [];
  for (let p = 0; p < processes; p++) {
    const run = measureInOwnProcess();
    if (p === 0) note(`validate: ${N} generated records (${run.types}); knowsley profile, ${run.rulesEnabled} rules enabled; ${processes} processes, ${ROUNDS} timed rounds each`);
    runs.push(run);
    for (const [what, r] of [["single records", run.singles], ["case files", run.cases]] as const) {
      note(
        `validate: process ${p + 1}, ${r.inputs} ${what}, ${r.findings} findings per pass; reviewkit ${r.reviewkitMs.toFixed(1)} ms, ajv ${r.ajvMs.toFixed(1)} ms, ${ratio(r).toFixed(3)} x ` +
          `(medians of ${ROUNDS}; processor time ${r.reviewkitCpuMs.toFixed(0)} ms against ${r.ajvCpuMs.toFixed(0)} ms); ` +
          // The floor under the ratio: validateRecord with no rule enabled (the schema check, the
          // findings of the records that fail it, the result), so what the rules add can be read off.
          `no rule enabled ${r.noRulesMs.toFixed(1)} ms, ${(r.noRulesMs / r.ajvMs).toFixed(2)} x ajv; the rules add ${((r.reviewkitMs - r.noRulesMs) / r.ajvMs).toFixed(2)} x ajv`,
      );
    }
  }
  const singles = runs.map((r) => r.singles);
  const cases = runs.map((r) => r.cases);
  // The whole mix, as a folder of files is: the medians of the two parts added.
  report("validate.records_per_s", (N / (median(singles.map((r) => r.reviewkitMs)) + median(cases.map((r) => r.reviewkitMs)))) * 1000, "records/s");
  report("validate.records.ratio_vs_ajv", median(singles.map(ratio)), "x", atMost(1.5), processes > 1 ? `median of ${processes} processes` : undefined);
  report("validate.case_files.ratio_vs_ajv", median(cases.map(ratio)), "x", atMost(2.5), processes > 1 ? `median of ${processes} processes` : undefined);
}
