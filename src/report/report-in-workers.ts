/**
 * `report` over a big caseload on every core (issue 15): worker threads each read, validate and
 * tally their share of the case files (case-outcome.ts) and send back what each file adds; this
 * thread adds the outcomes up in the files' order (ReportFold), so the report is the one a single
 * thread writes, byte for byte. Small runs stay on this thread.
 */
import { createCalendar, emitHorizonWarning, type HolidayData } from "../calendar/index.js";
import { collectJsonFiles } from "../io/collect-files.js";
import { runOrdered } from "../io/worker-pool.js";
import { batchWorkerScript, outcomeOf, valueOf, warningReplay, workersFor, type JobsOptions, type WorkerOutcome } from "../io/worker-outcome.js";
import { outcomeOptions, ReportFold, reportOnThisThread, type ReportOptions } from "./build-report.js";
import { caseOutcome, type CaseOutcome } from "./case-outcome.js";
import type { Report } from "./types.js";

/**
 * reportForFiles' options, with the calendar given as its data (a calendar holds functions, which
 * cannot cross to a worker thread) and the number of threads.
 * @example { period: { from: "2026-04-01", to: "2027-03-31" }, jobs: 2 }
 */
export interface ParallelReportOptions extends Omit<ReportOptions, "calendar">, JobsOptions {
  /** Bank holidays replacing the shipped ones (`readHolidayFile`). */
  holidays?: HolidayData | undefined;
  /** Told once per distinct horizon warning. Default: a Node process warning, as createCalendar. */
  onWarning?: ((message: string) => void) | undefined;
}

/** What each report worker is given: the report's options, as data. */
export interface ReportWorkerSetup {
  kind: "report";
  options: Omit<ParallelReportOptions, "onFile" | "onWarning" | "holidays" | "jobs" | "minFilesForWorkers">;
  holidays?: HolidayData | undefined;
}

/**
 * The report reportForFiles makes, on worker threads when there are enough files
 * (`minFilesForWorkers`, default 1,000) and more than one job. The report is the same either way.
 * @example const r = await reportForFilesInParallel(["caseload/"], { period: { from: "2026-04-01", to: "2027-03-31" } });
 */
export async function reportForFilesInParallel(inputs: readonly string[], options: ParallelReportOptions): Promise<Report> {
  const files = collectJsonFiles(inputs);
  const jobs = workersFor(files, options);
  // On this thread the calendar is made here; the setup also loads --profile, refusing a bad one
  // once, here, before any worker starts.
  const calendar = createCalendar({ holidays: options.holidays, onWarning: options.onWarning });
  const setup = outcomeOptions(options, calendar);
  if (jobs === 0) return reportOnThisThread(files, setup, options.onFile);
  const fold = new ReportFold(setup);
  const warn = warningReplay(options.onWarning ?? emitHorizonWarning);
  const workerSetup: ReportWorkerSetup = {
    kind: "report",
    options: { period: options.period, asOf: options.asOf, profile: options.profile, by: options.by, within: options.within },
    holidays: options.holidays,
  };
  await runOrdered<WorkerOutcome<CaseOutcome>>({
    script: batchWorkerScript(),
    workerData: workerSetup,
    items: files,
    jobs,
    lowerInliningBudget: options.lowerInliningBudget,
    onResult: (i, outcome) => {
      for (const m of outcome.warnings ?? []) warn(m);
      try {
        fold.add(valueOf(outcome));
      } finally {
        options.onFile?.(i + 1, files.length);
      }
    },
  });
  return fold.report(files.length);
}

/**
 * The worker's side: one case file's outcome with the report's options and calendar.
 * @example serveItems(reportTask(workerData))
 */
export function reportTask(setup: ReportWorkerSetup): (file: string) => WorkerOutcome<CaseOutcome> {
  const warnings: string[] = [];
  const calendar = createCalendar({ holidays: setup.holidays, onWarning: (m) => warnings.push(m) });
  const options = outcomeOptions(setup.options, calendar);
  return (file) => outcomeOf(() => caseOutcome(file, options), warnings);
}
