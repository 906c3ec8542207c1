import { readFileSync } from "node:fs";
import type { Finding } from "../schema/finding.js";
import { ReviewkitError, InputError } from "../errors.js";
import { readJsonFile, parseJsonText } from "../io/read-json.js";
import { collectJsonFiles } from "../io/collect-files.js";
import { loadProfile, BUILT_IN_PROFILES } from "../profiles/load-profile.js";
import type { ResolvedProfile } from "../profiles/types.js";
import type { WorkingDayCalendar } from "../calendar/index.js";
import { validateRecord } from "../rules/run-rules.js";

/** One file's outcome, in the shape `reviewkit validate --format json` prints. */
export interface FileResult {
  file: string;
  recordType: string;
  profile: string;
  findings: Finding[];
}

/** A file that could not be validated at all (unreadable, malformed JSON, unknown record type). */
export interface FileFailure {
  file: string;
  /** One line: file, place, problem. No record content. */
  line: string;
}

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
  const out: ValidateFilesResult = { files: [], failures: [], summary: { errors: 0, warnings: 0, info: 0 } };
  files.forEach((file, i) => {
    const label = file === "-" ? "<stdin>" : file;
    try {
      const json = file === "-" ? parseJsonText(readFileSync(0, "utf8"), label) : readJsonFile(file);
      const profile = explicit ?? profileFor(json);
      const calendarOption = options.calendar ? { calendar: options.calendar } : {};
      const result = validateRecord(json, { profile, asOf: options.asOf, ...calendarOption });
      const impossible = result.findings.find((f) => f.ruleId === "schema/format");
      if (impossible) {
        // A date that does not exist (2026-02-30) means the record cannot be trusted for any timescale.
        out.failures.push({ file: label, line: `${label}: ${impossible.path}: ${impossible.message}` });
      } else {
        out.files.push({ file: label, recordType: result.recordType, profile: profile.id, findings: result.findings });
        for (const f of result.findings) {
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

function profileFor(json: unknown): ResolvedProfile {
  const authority = (json as { authority?: unknown }).authority;
  if (typeof authority === "string" && (BUILT_IN_PROFILES as readonly string[]).includes(authority)) {
    return loadProfile(authority);
  }
  return loadProfile("england");
}
