import type { FileResult, FileFailure } from "./validate-json.js";
import { ReviewkitError, InputError } from "../errors.js";
import { readJsonFile } from "../io/read-json.js";
import { collectJsonFiles } from "../io/collect-files.js";
import { loadProfile } from "../profiles/load-profile.js";
import { enabledRulesChecked } from "../rules/run-rules.js";
import { profileFor } from "../profiles/profile-for.js";
import type { WorkingDayCalendar } from "../calendar/index.js";
import { validateJson } from "./validate-json.js";

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
  const out: ValidateFilesResult = { files: [], failures: [], summary: { errors: 0, warnings: 0, info: 0 } };
  files.forEach((file, i) => {
    const label = file === "-" ? "<stdin>" : file;
    try {
      const json = readJsonFile(file); // "-" is standard input, with a file's checks
      const checked = validateJson(json, label, { profile: explicit ?? profileFor(json), asOf: options.asOf, ...(options.calendar ? { calendar: options.calendar } : {}) });
      if ("failure" in checked) out.failures.push(checked.failure);
      else {
        out.files.push(checked.result);
        for (const f of checked.result.findings) {
          if (f.severity === "error" || f.severity === "internal") out.summary.errors++;
          else if (f.severity === "warning") out.summary.warnings++;
          else out.summary.info++;
        }
      }
    } catch (err) {
      if (!(err instanceof ReviewkitError)) throw err;
      const located = err.file === undefined ? new InputError(err.message, label, err.where) : err;
      out.failures.push({ file: label, line: located.toLine() });
    }
    options.onFile?.(i + 1, files.length);
  });
  return out;
}
