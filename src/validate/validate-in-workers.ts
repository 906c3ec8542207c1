/**
 * `validate` over a big folder on every core (issue 15): the file list is dealt out to worker
 * threads, each validates its files as validate-files.ts does one by one, and the outcomes come
 * back and are added in the files' order, so the result (and the report printed from it) is the
 * one a single thread gives, byte for byte. The command line asks for the printed report
 * (validateAndFormat): each worker sends back its files' parts of it, already formatted. Small runs
 * stay on this thread.
 */
import { createCalendar, emitHorizonWarning, type HolidayData } from "../calendar/index.js";
import { collectJsonFiles } from "../io/collect-files.js";
import { runOrdered } from "../io/worker-pool.js";
import { batchWorkerScript, outcomeOf, valueOf, warningReplay, workersFor, type JobsOptions, type WorkerOutcome } from "../io/worker-outcome.js";
import { loadProfile } from "../profiles/load-profile.js";
import { enabledRulesChecked } from "../rules/run-rules.js";
import { addOutcome, emptyResult, tally, validateOnThisThread, type ValidateFilesOptions, type ValidateFilesResult } from "./validate-files.js";
import { validateOneFile, type FileOutcome } from "./validate-one-file.js";
import { failuresText, fileJson, fileText, formatJson, formatText, jsonReport, summaryText } from "./format-text.js";
import type { FileFailure } from "./validate-json.js";
import type { ResolvedProfile } from "../profiles/types.js";

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

/**
 * Validates files and folders as validateFiles does, on worker threads when there are enough files
 * (`minFilesForWorkers`, default 1,000) and more than one job. The result is the same either way.
 * @example const r = await validateFilesInParallel(["caseload/"], { asOf: "2026-11-23" }); formatText(r)
 */
export async function validateFilesInParallel(inputs: readonly string[], options: ParallelValidateOptions): Promise<ValidateFilesResult> {
  const run = prepare(inputs, options);
  if (run.jobs === 0) return onThisThread(run, options);
  const out = emptyResult();
  await onWorkers<FileOutcome>(run, options, undefined, (outcome) => addOutcome(out, outcome));
  return out;
}

/** What `validate` prints, and what its exit code is decided from. */
export interface PrintedValidation {
  /** The report: formatText's or formatJson's, byte for byte. */
  output: string;
  /** How many files there were, those that could not be read included. */
  files: number;
  failures: FileFailure[];
  summary: ValidateFilesResult["summary"];
}

/**
 * Validates as validateFilesInParallel does and gives the report formatText or formatJson prints
 * for the result. On worker threads each file's part of the report is made where the file was
 * validated (fileText, fileJson) and this thread joins the parts in order: a few kilobytes of text
 * per file cross between threads rather than every finding as objects, and the formatting is shared
 * out too (issue 15, README "Both cores").
 * @example const { output } = await validateAndFormat(["caseload/"], { asOf: "2026-11-23", format: "text" })
 */
export async function validateAndFormat(inputs: readonly string[], options: ParallelValidateOptions & { format: ValidationFormat }): Promise<PrintedValidation> {
  const run = prepare(inputs, options);
  if (run.jobs === 0) {
    const result = onThisThread(run, options);
    const output = options.format === "json" ? formatJson(result) : formatText(result);
    return { output, files: run.files.length, failures: result.failures, summary: result.summary };
  }
  const parts: string[] = [];
  const failures: FileFailure[] = [];
  const summary = emptyResult().summary;
  await onWorkers<FilePart>(run, options, options.format, (part) => {
    if ("failure" in part) return void failures.push(part.failure);
    parts.push(part.text);
    summary.errors += part.summary.errors;
    summary.warnings += part.summary.warnings;
    summary.info += part.summary.info;
  });
  const output =
    options.format === "json" ? jsonReport(parts, { failures, summary }) : failuresText(failures) + parts.join("") + summaryText({ files: parts, failures, summary });
  return { output, files: run.files.length, failures, summary };
}

/** The report formats `validate` prints. */
export type ValidationFormat = "text" | "json";

/** One file's part of the printed report (validateAndFormat), made on the thread that validated it. */
export type FilePart = { failure: FileFailure } | { text: string; summary: ValidateFilesResult["summary"] };

/** What each validate worker is given. */
export interface ValidateWorkerSetup {
  kind: "validate";
  profile?: string | undefined;
  asOf: string;
  holidays?: HolidayData | undefined;
  /** Given, each file's outcome comes back as its part of the report in this format (FilePart). */
  format?: ValidationFormat | undefined;
}

/** A run's files, its --profile loaded (and refused once, here, if bad) and its number of threads. */
interface Run {
  files: string[];
  profile: ResolvedProfile | undefined;
  jobs: number;
}

function prepare(inputs: readonly string[], options: ParallelValidateOptions): Run {
  const files = collectJsonFiles(inputs);
  const profile = options.profile === undefined ? undefined : loadProfile(options.profile);
  if (profile) enabledRulesChecked(profile);
  return { files, profile, jobs: workersFor(files, options) };
}

function onThisThread(run: Run, options: ParallelValidateOptions): ValidateFilesResult {
  const calendar = createCalendar({ holidays: options.holidays, onWarning: options.onWarning });
  return validateOnThisThread(run.files, { profile: run.profile, asOf: options.asOf, calendar, onFile: options.onFile });
}

/**
 * The files on `run.jobs` worker threads, each outcome handed to `add` on this thread in the files'
 * order, its horizon warnings first, as one thread would have met them.
 */
async function onWorkers<T>(run: Run, options: ParallelValidateOptions, format: ValidationFormat | undefined, add: (outcome: T) => void): Promise<void> {
  const warn = warningReplay(options.onWarning ?? emitHorizonWarning);
  const setup: ValidateWorkerSetup = { kind: "validate", profile: options.profile, asOf: options.asOf, holidays: options.holidays, format };
  await runOrdered<WorkerOutcome<T>>({
    script: batchWorkerScript(),
    workerData: setup,
    items: run.files,
    jobs: run.jobs,
    lowerInliningBudget: options.lowerInliningBudget,
    onResult: (i, outcome) => {
      for (const m of outcome.warnings ?? []) warn(m);
      add(valueOf(outcome));
      options.onFile?.(i + 1, run.files.length);
    },
  });
}

/**
 * The worker's side: validates one file with the setup's profile, date and calendar, and gives its
 * outcome, or its part of the report when the setup names a format.
 * @example serveItems(validateTask(workerData))
 */
export function validateTask(setup: ValidateWorkerSetup): (file: string) => WorkerOutcome<FileOutcome | FilePart> {
  const profile = setup.profile === undefined ? undefined : loadProfile(setup.profile);
  const warnings: string[] = [];
  const calendar = createCalendar({ holidays: setup.holidays, onWarning: (m) => warnings.push(m) });
  const { format } = setup;
  return (file) =>
    outcomeOf(() => {
      const outcome = validateOneFile(file, { profile, asOf: setup.asOf, calendar });
      return format === undefined ? outcome : partOf(outcome, format);
    }, warnings);
}

/** A file's outcome as its part of the report: the same pieces formatText and formatJson are made of. */
function partOf(outcome: FileOutcome, format: ValidationFormat): FilePart {
  if ("failure" in outcome) return outcome;
  return { text: format === "json" ? fileJson(outcome.result) : fileText(outcome.result), summary: tally(emptyResult().summary, outcome.result.findings) };
}
