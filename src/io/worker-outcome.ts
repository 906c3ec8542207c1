/**
 * How a worker thread hands back one file's outcome (src/io/worker-pool.ts): the value, or the
 * message of an error that is a bug rather than about the file, and the horizon warnings the
 * file's dates raised. The caller replays both in file order, so a batch on worker threads warns
 * and fails exactly where the same batch on one thread would.
 */
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { shippedPath } from "../paths.js";

/** @example { value: { result }, warnings: ["The bank-holiday data …"] } */
export interface WorkerOutcome<T> {
  value?: T;
  /** The first line of an error that is not about the file (a bug): the caller throws it, in order. */
  internal?: string;
  warnings?: string[];
}

/**
 * Runs `work` for one file, catching what a worker must not let escape: the outcome, with the
 * warnings `collected` holds once it has run (the caller empties it before each file).
 * @example const w: string[] = []; outcomeOf(() => validateOneFile(file, opts), w)
 */
export function outcomeOf<T>(work: () => T, collected: string[]): WorkerOutcome<T> {
  collected.length = 0;
  let out: WorkerOutcome<T>;
  try {
    out = { value: work() };
  } catch (err) {
    // Only the message travels: the same line the command prints for a bug on one thread.
    out = { internal: err instanceof Error ? err.message : String(err) };
  }
  if (collected.length) out.warnings = [...collected];
  return out;
}

/**
 * Passes each distinct warning on once, in the order met (the calendar's own rule on one thread).
 * @example const warn = warningReplay((m) => console.error(m)); for (const m of outcome.warnings ?? []) warn(m);
 */
export function warningReplay(onWarning: (message: string) => void): (message: string) => void {
  const seen = new Set<string>();
  return (message) => {
    if (seen.has(message)) return;
    seen.add(message);
    onWarning(message);
  };
}

/** The outcome's value, or its bug thrown as one thread would have thrown it. */
export function valueOf<T>(outcome: WorkerOutcome<T>): T {
  if (outcome.internal !== undefined) throw new Error(outcome.internal);
  return outcome.value as T;
}

/**
 * Below this many files, one thread: a worker takes ~0.3 s to start (the bundled code, schemas and
 * profiles) on this kind of machine, about what one thread spends on 500 case files, so fewer files
 * than this finish sooner without workers (measured for issue 15; see README, Performance).
 */
export const MIN_FILES_FOR_WORKERS = 1000;

/** @example { jobs: 2, minFilesForWorkers: 1000 } */
export interface JobsOptions {
  /** Worker threads to use; 1 keeps the run on this thread. Default: `os.availableParallelism()`. */
  jobs?: number | undefined;
  /** Fewer files than this run on this thread whatever `jobs` says. Default MIN_FILES_FOR_WORKERS. */
  minFilesForWorkers?: number | undefined;
  /**
   * Lower V8's inlining budget for this process before the first worker starts
   * (worker-compile-budget.ts): about 4% less processor time for a run on every core. V8's flags
   * are process-wide and stay set, so a library user opts in; the `reviewkit` command does.
   */
  lowerInliningBudget?: boolean | undefined;
}

/**
 * How many workers a run of these files gets, or 0 for this thread alone: one job, too few files,
 * or standard input among them (only this thread reads it).
 * @example workersFor(files, {}) // 2 on two cores for 10,000 files, 0 for 40
 */
export function workersFor(files: readonly string[], options: JobsOptions): number {
  const jobs = options.jobs ?? availableParallelism();
  if (!Number.isInteger(jobs) || jobs < 1) throw new RangeError(`jobs must be a whole number, 1 or more, not ${jobs}`);
  if (jobs === 1 || files.length < (options.minFilesForWorkers ?? MIN_FILES_FOR_WORKERS) || files.includes("-")) return 0;
  return Math.min(jobs, files.length);
}

/**
 * The worker module: the bundled entry in dist/cli/ (scripts/bundle-cli.ts), used by the library
 * and the command line alike, so it works from an installed package. Source runs (tests, tsx) use
 * it too: build first.
 * @example new Worker(batchWorkerScript(), { workerData })
 */
export function batchWorkerScript(): string {
  const script = shippedPath("dist", "cli", "batch-worker.js");
  if (!existsSync(script)) throw new Error(`${script} is missing: run npm run build`);
  return script;
}
