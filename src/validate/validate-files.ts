import type { Finding } from "../schema/finding.js";
import type { FileResult, FileFailure } from "./validate-json.js";
import { collectJsonFiles } from "../io/collect-files.js";
import { loadProfile } from "../profiles/load-profile.js";
import { enabledRulesChecked } from "../rules/run-rules.js";
import type { WorkingDayCalendar } from "../calendar/index.js";
import type { ResolvedProfile } from "../profiles/types.js";
import { validateOneFile, type FileOutcome } from "./validate-one-file.js";

export type { FileResult, FileFailure } from "./validate-json.js";

export interface ValidateFilesResult {
  files: FileResult[];
  failures: FileFailure[];
  summary: { errors: number; warnings: number; info: number };
}

export interface ValidateFilesOptions {
  /** A profile id or file for every input; default: each case file's own `authority`, else england. */
  profile?: string;
  asOf: string;
  calendar?: WorkingDayCalendar;
  /** Called after each file (for a progress bar). */
  onFile?: (done: number, total: number) => void;
}

/**
 * Validates files and folders (walked for *.json) or "-" for standard input. A file that cannot be
 * read is a failure with one line naming it; the rest still run.
 * @example const r = validateFiles(["examples/knowsley"], { asOf: "2026-11-23" }); r.summary.errors
 */
export function validateFiles(inputs: readonly string[], options: ValidateFilesOptions): ValidateFilesResult {
  const files = collectJsonFiles(inputs);
  const explicit = options.profile === undefined ? undefined : loadProfile(options.profile);
  // A profile whose timescales are not each owned by exactly one enabled rule is refused up front,
  // in one line, rather than once per file.
  if (explicit) enabledRulesChecked(explicit);
  return validateOnThisThread(files, { profile: explicit, asOf: options.asOf, calendar: options.calendar, onFile: options.onFile });
}

/**
 * Files already collected, validated one at a time on this thread: what validateFiles does, and
 * what validateFilesInParallel does when a run is too small for workers.
 * @example validateOnThisThread(["a.json"], { asOf: "2026-11-23" })
 */
export function validateOnThisThread(
  files: readonly string[],
  options: { profile?: ResolvedProfile | undefined; asOf: string; calendar?: WorkingDayCalendar | undefined; onFile?: ((done: number, total: number) => void) | undefined },
): ValidateFilesResult {
  const out = emptyResult();
  files.forEach((file, i) => {
    addOutcome(out, validateOneFile(file, { profile: options.profile, asOf: options.asOf, calendar: options.calendar }));
    options.onFile?.(i + 1, files.length);
  });
  return out;
}

/** A result with nothing in it yet. @example const out = emptyResult(); */
export function emptyResult(): ValidateFilesResult {
  return { files: [], failures: [], summary: { errors: 0, warnings: 0, info: 0 } };
}

/**
 * Adds one file's outcome to the result, in the order files are listed: the sequential loop and the
 * worker threads' results (validate-in-workers.ts) both pass through here.
 * @example addOutcome(out, validateOneFile(file, { asOf }))
 */
export function addOutcome(out: ValidateFilesResult, outcome: FileOutcome): void {
  if ("failure" in outcome) {
    out.failures.push(outcome.failure);
    return;
  }
  out.files.push(outcome.result);
  tally(out.summary, outcome.result.findings);
}

/**
 * Counts findings into a summary by severity (an internal error counts as an error).
 * @example tally(result.summary, file.findings)
 */
export function tally(summary: ValidateFilesResult["summary"], findings: readonly Finding[]): ValidateFilesResult["summary"] {
  for (const f of findings) {
    if (f.severity === "error" || f.severity === "internal") summary.errors++;
    else if (f.severity === "warning") summary.warnings++;
    else summary.info++;
  }
  return summary;
}
