/**
 * reviewkit's full validation against bare ajv on the same inputs, in one run: the figures behind
 * validate.records.ratio_vs_ajv and validate.case_files.ratio_vs_ajv (issue 15).
 *
 * Both sides run the built code in dist/, as `reviewkit validate` does: validateRecord compiled by
 * tsc, and the validators ajv generated at build time (dist/validators.generated.cjs), which bare
 * ajv is timed with too. Run from src/ under tsx (as this bench did until December 2026), each
 * module is rewritten to CommonJS with every closure wrapped for its name, and the schemas are
 * compiled at start-up: in three pairs of separate processes that gave case files medians of 2.66
 * to 2.68 times ajv, against 2.45 to 2.59 from dist/ (3 to 8% more), a cost of the way the bench
 * loaded the code, not of reviewkit.
 */
import { performance } from "node:perf_hooks";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type * as RunRules from "../../src/rules/run-rules.js";
import type * as LoadSchemas from "../../src/schema/load-schemas.js";
import type * as LoadProfile from "../../src/profiles/load-profile.js";
import type * as Calendar from "../../src/calendar/index.js";
import type { RegisteredRule } from "../../src/rules/all-rules.js";
import type { RecordType } from "../../src/schema/load-schemas.js";
import type { ResolvedProfile } from "../../src/profiles/types.js";
import type { WorkingDayCalendar } from "../../src/calendar/index.js";
import type { GeneratedRecord } from "./generate-records.js";
import { ensureBuilt, ROOT } from "./build.js";
import { median } from "./report.js";

/** The built modules the validation figures time (dist/src), after making sure dist/ is current. */
export interface Built {
  validateRecord: typeof RunRules.validateRecord;
  rulesFor: typeof RunRules.rulesFor;
  getValidator: typeof LoadSchemas.getValidator;
  loadProfile: typeof LoadProfile.loadProfile;
  createCalendar: typeof Calendar.createCalendar;
}

/**
 * dist/src's validateRecord and what it needs, built first if src/ is newer.
 * @example const { validateRecord, loadProfile } = await loadBuilt();
 */
export async function loadBuilt(): Promise<Built> {
  ensureBuilt();
  const load = <T>(path: string) => import(pathToFileURL(join(ROOT, "dist", "src", path)).href) as Promise<T>;
  const [runRules, schemas, profiles, calendar] = await Promise.all([
    load<typeof RunRules>("rules/run-rules.js"),
    load<typeof LoadSchemas>("schema/load-schemas.js"),
    load<typeof LoadProfile>("profiles/load-profile.js"),
    load<typeof Calendar>("calendar/index.js"),
  ]);
  return {
    validateRecord: runRules.validateRecord,
    rulesFor: runRules.rulesFor,
    getValidator: schemas.getValidator,
    loadProfile: profiles.loadProfile,
    createCalendar: calendar.createCalendar,
  };
}

/** Medians of the timed rounds, in milliseconds per pass over every input, and the findings a pass gives. */
export interface VersusAjv {
  inputs: number;
  reviewkitMs: number;
  ajvMs: number;
  /**
   * `validateRecord` with no rule enabled: the schema check as reviewkit runs it (its findings for
   * the records that fail it, the result, the rule plan and the case index), without the standards
   * rules. What the rules add is reviewkitMs less this.
   */
  noRulesMs: number;
  /** The same passes in processor time: steadier than wall time when other work shares the machine. */
  reviewkitCpuMs: number;
  ajvCpuMs: number;
  findings: number;
}

/** Untimed passes of each side before the timed rounds. */
const WARM_UP_PASSES = 3;

/**
 * Times `validateRecord` (schema and every rule the profile enables), the bare ajv validator of
 * each input's record type, and `validateRecord` with no rule enabled, on the same inputs:
 * WARM_UP_PASSES untimed passes of each in turn, then `rounds` interleaved rounds, so drift on a
 * shared machine hits all alike. With one warm-up pass, the first two timed rounds still carried
 * the optimising compiler's work (their processor time ran 20 to 30% over their wall time, where
 * later rounds' ran level), and a median of five took one of them.
 * Each pass gets fresh copies of the records, as the CLI gets fresh objects from each file: the
 * timeline memoises per case-file object, and a second pass over the same objects would time a
 * cache, not validation.
 * @example const built = await loadBuilt(); const r = versusAjv(built, recs, { profile, calendar }, 5); r.reviewkitMs / r.ajvMs
 */
export function versusAjv(built: Built, recs: readonly GeneratedRecord[], options: { profile: ResolvedProfile; calendar: WorkingDayCalendar }, rounds: number): VersusAjv {
  const { validateRecord, getValidator } = built;
  const validators = recs.map((g) => getValidator(g.recordType as RecordType));
  const fresh = () => recs.map((g) => structuredClone(g.record));
  let findings = 0;
  const reviewkit = (records: unknown[]) => {
    let f = 0;
    for (let i = 0; i < records.length; i++) f += validateRecord(records[i], { profile: options.profile, asOf: recs[i]!.asOf, calendar: options.calendar }).findings.length;
    findings = f;
  };
  // One list for every call, so the runner's plan for it is worked out once, as the profile's is.
  const noRules: readonly RegisteredRule[] = [];
  const schemaOnly = (records: unknown[]) => {
    let f = 0;
    for (let i = 0; i < records.length; i++) f += validateRecord(records[i], { profile: options.profile, asOf: recs[i]!.asOf, calendar: options.calendar, rules: noRules }).findings.length;
    return f;
  };
  const ajv = (records: unknown[]) => {
    let ok = 0;
    for (let i = 0; i < records.length; i++) if (validators[i]!(records[i])) ok++;
    return ok;
  };
  for (let i = 0; i < WARM_UP_PASSES; i++) {
    reviewkit(fresh());
    ajv(fresh());
    schemaOnly(fresh());
  }
  const rk: number[] = [];
  const aj: number[] = [];
  const nr: number[] = [];
  const rkCpu: number[] = [];
  const ajCpu: number[] = [];
  for (let i = 0; i < rounds; i++) {
    // Each side's copies are made just before its pass, so neither carries the other's live heap
    // into its garbage collections.
    let records = fresh();
    let c0 = process.cpuUsage();
    let t0 = performance.now();
    reviewkit(records);
    rk.push(performance.now() - t0);
    rkCpu.push(cpuMs(c0));
    records = fresh();
    c0 = process.cpuUsage();
    t0 = performance.now();
    ajv(records);
    aj.push(performance.now() - t0);
    ajCpu.push(cpuMs(c0));
    records = fresh();
    t0 = performance.now();
    schemaOnly(records);
    nr.push(performance.now() - t0);
  }
  return { inputs: recs.length, reviewkitMs: median(rk), ajvMs: median(aj), noRulesMs: median(nr), reviewkitCpuMs: median(rkCpu), ajvCpuMs: median(ajCpu), findings };
}

/** Processor time (user and system, every thread: the garbage collector's helpers too) since `start`, in ms. */
function cpuMs(start: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1000;
}
