/**
 * `validate` over a big folder on every core (issue 15): the file list is dealt out to worker
 * threads, each validates its files as validate-files.ts does one by one, and the outcomes come
 * back and are added in the files' order, so the result (and the report printed from it) is the
 * one a single thread gives, byte for byte. Small runs stay on this thread.
 */
import { createCalendar, emitHorizonWarning, type HolidayData } from "../calendar/index.js";
import { collectJsonFiles } from "../io/collect-files.js";
import { runOrdered } from "../io/worker-pool.js";
import { batchWorkerScript, outcomeOf, valueOf, warningReplay, workersFor, type JobsOptions, type WorkerOutcome } from "../io/worker-outcome.js";
import { loadProfile } from "../profiles/load-profile.js";
import { enabledRulesChecked } from "../rules/run-rules.js";
import { addOutcome, emptyResult, validateOnThisThread, type ValidateFilesOptions, type ValidateFilesResult } from "./validate-files.js";
import { validateOneFile, type FileOutcome } from "./validate-one-file.js";

/**
 * validateFiles' options, with the calendar given as its data (a calendar holds functions, which
 * cannot cross to a worker thread) and the number of threads.
 * @example { asOf: "2026-11-23", holidays: readHolidayFile("bank-holidays.json"), jobs: 2 }
 */
export interface ParallelValidateOptions extends Omit<ValidateFilesOptions, "calendar">, JobsOptions {
  /** Bank holidays replacing the shipped ones (`readHolidayFile`). */
  holidays?: HolidayData | undefined;
  /** Told once per distinct horizon warning. Default: a Node process warning, as createCalendar. */
  onWarning?: ((message: string) => void) | undefined;
}

/** What each validate worker is given. */
export interface ValidateWorkerSetup {
  kind: "validate";
  profile?: string | undefined;
  asOf: string;
  holidays?: HolidayData | undefined;
}

/**
 * Validates files and folders as validateFiles does, on worker threads when there are enough files
 * (`minFilesForWorkers`, default 1,000) and more than one job. The result is the same either way.
 * @example const r = await validateFilesInParallel(["caseload/"], { asOf: "2026-11-23" }); formatText(r)
 */
export async function validateFilesInParallel(inputs: readonly string[], options: ParallelValidateOptions): Promise<ValidateFilesResult> {
  const files = collectJsonFiles(inputs);
  const explicit = options.profile === undefined ? undefined : loadProfile(options.profile);
  if (explicit) enabledRulesChecked(explicit);
  const jobs = workersFor(files, options);
  if (jobs === 0) {
    const calendar = createCalendar({ holidays: options.holidays, onWarning: options.onWarning });
    return validateOnThisThread(files, { profile: explicit, asOf: options.asOf, calendar, onFile: options.onFile });
  }
  const out = emptyResult();
  const warn = warningReplay(options.onWarning ?? emitHorizonWarning);
  const setup: ValidateWorkerSetup = { kind: "validate", profile: options.profile, asOf: options.asOf, holidays: options.holidays };
  await runOrdered<WorkerOutcome<FileOutcome>>({
    script: batchWorkerScript(),
    workerData: setup,
    items: files,
    jobs,
    onResult: (i, outcome) => {
      for (const m of outcome.warnings ?? []) warn(m);
      addOutcome(out, valueOf(outcome));
      options.onFile?.(i + 1, files.length);
    },
  });
  return out;
}

/**
 * The worker's side: validates one file with the setup's profile, date and calendar.
 * @example serveItems(validateTask(workerData))
 */
export function validateTask(setup: ValidateWorkerSetup): (file: string) => WorkerOutcome<FileOutcome> {
  const profile = setup.profile === undefined ? undefined : loadProfile(setup.profile);
  const warnings: string[] = [];
  const calendar = createCalendar({ holidays: setup.holidays, onWarning: (m) => warnings.push(m) });
  return (file) => outcomeOf(() => validateOneFile(file, { profile, asOf: setup.asOf, calendar }), warnings);
}
