/**
 * validate.records_per_s, validate.records.ratio_vs_ajv and validate.case_files.ratio_vs_ajv: full
 * validation (schema and every rule the knowsley profile enables) of 10,000 generated files through
 * `validateRecord`, against bare ajv (`getValidator`) on the same inputs in the same run
 * (ratio = reviewkit time / ajv time). Single records and whole case files are timed apart: a case
 * file carries the timeline and the cross-record rules, a single record only its own rules.
 */
import { generateRecords } from "./lib/generate-records.js";
import { atMost, note, report } from "./lib/report.js";
import { loadBuilt, versusAjv } from "./lib/versus-ajv.js";

export async function benchValidate(): Promise<void> {
  const N = 10_000;
  const ROUNDS = 5;
  // The built code, as `reviewkit validate` runs it (bench/lib/versus-ajv.ts says why).
  const built = await loadBuilt();
  const { rulesFor, loadProfile, createCalendar } = built;
  const recs = generateRecords(N);
  const profile = loadProfile("knowsley");
  // One calendar for the run, as the CLI makes; warnings (none expected: dates stay in 2018–2028) dropped.
  const calendar = createCalendar({ onWarning: () => {} });
  note(`validate: ${N} generated records (${countTypes(recs.map((g) => g.recordType))}); knowsley profile, ${rulesFor(profile).length} rules enabled`);

  const singles = recs.filter((g) => g.recordType !== "case-file");
  const cases = recs.filter((g) => g.recordType === "case-file");
  const one = versusAjv(built, singles, { profile, calendar }, ROUNDS);
  const whole = versusAjv(built, cases, { profile, calendar }, ROUNDS);
  for (const [what, r] of [["single records", one], ["case files", whole]] as const) {
    note(
      `validate: ${r.inputs} ${what}, ${r.findings} findings per pass; reviewkit ${r.reviewkitMs.toFixed(1)} ms, ajv ${r.ajvMs.toFixed(1)} ms ` +
        `(medians of ${ROUNDS}; processor time ${r.reviewkitCpuMs.toFixed(0)} ms against ${r.ajvCpuMs.toFixed(0)} ms, ${(r.reviewkitCpuMs / r.ajvCpuMs).toFixed(2)} x)`,
    );
    // The floor under the ratio: validateRecord with no rule enabled (the schema check, the findings
    // of the records that fail it, the result), so what the rules themselves add can be read off.
    note(
      `validate: ${what} with no rule enabled ${r.noRulesMs.toFixed(1)} ms, ${(r.noRulesMs / r.ajvMs).toFixed(2)} x ajv; ` +
        `the rules add ${(r.reviewkitMs - r.noRulesMs).toFixed(1)} ms, ${((r.reviewkitMs - r.noRulesMs) / r.ajvMs).toFixed(2)} x ajv`,
    );
  }
  // The whole mix, as a folder of files is: the medians of the two parts added.
  report("validate.records_per_s", (N / (one.reviewkitMs + whole.reviewkitMs)) * 1000, "records/s");
  report("validate.records.ratio_vs_ajv", one.reviewkitMs / one.ajvMs, "x", atMost(1.5));
  report("validate.case_files.ratio_vs_ajv", whole.reviewkitMs / whole.ajvMs, "x", atMost(2.5));
}

function countTypes(types: string[]): string {
  const c = new Map<string, number>();
  for (const t of types) c.set(t, (c.get(t) ?? 0) + 1);
  return [...c].map(([t, n]) => `${n} ${t}`).join(", ");
}
