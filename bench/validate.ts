/**
 * validate.records_per_s and validate.ratio_vs_ajv: full validation (schema and every rule the
 * knowsley profile enables) of ≥10,000 generated records through `validateRecord`, against bare ajv
 * (`getValidator`) on the same records. ratio = reviewkit time / ajv time.
 */
import { performance } from "node:perf_hooks";
import { validateRecord, rulesFor } from "../src/rules/run-rules.js";
import { getValidator, type RecordType } from "../src/schema/load-schemas.js";
import { loadProfile } from "../src/profiles/load-profile.js";
import { createCalendar } from "../src/calendar/index.js";
import { generateRecords } from "./lib/generate-records.js";
import { atLeast, atMost, median, note, report } from "./lib/report.js";

export async function benchValidate(): Promise<void> {
  const N = 10_000;
  const ROUNDS = 5;
  const recs = generateRecords(N);
  const profile = loadProfile("knowsley");
  // One calendar for the run, as the CLI makes; warnings (none expected: dates stay in 2018–2028) dropped.
  const calendar = createCalendar({ onWarning: () => {} });
  const validators = recs.map((g) => getValidator(g.recordType as RecordType));
  note(`validate: ${N} generated records (${countTypes(recs.map((g) => g.recordType))}); knowsley profile, ${rulesFor(profile).length} rules enabled`);

  let findings = 0;
  // Each timed pass gets fresh copies of the records, as the CLI gets fresh objects from each file:
  // the timeline rules memoise per case-file object, and a second pass over the same objects would
  // measure a cache, not validation.
  const fresh = () => recs.map((g) => structuredClone(g.record));
  const reviewkit = (records: unknown[]) => {
    let f = 0;
    for (let i = 0; i < records.length; i++) f += validateRecord(records[i], { profile, asOf: recs[i]!.asOf, calendar }).findings.length;
    findings = f;
  };
  const ajv = (records: unknown[]) => {
    let ok = 0;
    for (let i = 0; i < records.length; i++) if (validators[i]!(records[i])) ok++;
    return ok;
  };

  // Warm up both (JIT, lazy schema compilation), then interleave rounds so machine drift hits both alike.
  reviewkit(fresh());
  ajv(fresh());
  const rk: number[] = [];
  const aj: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const a = fresh();
    const b = fresh();
    let t0 = performance.now();
    reviewkit(a);
    rk.push(performance.now() - t0);
    t0 = performance.now();
    ajv(b);
    aj.push(performance.now() - t0);
  }
  const rkMs = median(rk);
  const ajMs = median(aj);
  note(`validate: ${findings} findings per pass; reviewkit ${rkMs.toFixed(1)} ms, ajv ${ajMs.toFixed(1)} ms per ${N} records (medians of ${ROUNDS})`);
  report("validate.records_per_s", (N / rkMs) * 1000, "records/s", atLeast(20_000));
  report("validate.ratio_vs_ajv", rkMs / ajMs, "x", atMost(1.5));
}

function countTypes(types: string[]): string {
  const c = new Map<string, number>();
  for (const t of types) c.set(t, (c.get(t) ?? 0) + 1);
  return [...c].map(([t, n]) => `${n} ${t}`).join(", ");
}
