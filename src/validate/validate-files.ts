import type { Finding } from "../schema/finding.js";
import { ReviewkitError, InputError } from "../errors.js";
import { readJsonFile } from "../io/read-json.js";
import { collectJsonFiles } from "../io/collect-files.js";
import { loadProfile } from "../profiles/load-profile.js";
import { profileFor } from "../profiles/profile-for.js";
import type { WorkingDayCalendar } from "../calendar/index.js";
import { validateRecord } from "../rules/run-rules.js";
import { isSchemaName } from "../schema/load-schemas.js";
import { locate } from "../schema/locate.js";
import { fieldOf } from "../schema/field-label.js";

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
      const json = readJsonFile(file);
      const profile = explicit ?? profileFor(json);
      const calendarOption = options.calendar ? { calendar: options.calendar } : {};
      const result = validateRecord(json, { profile, asOf: options.asOf, ...calendarOption });
      const impossible = result.findings.find((f) => isImpossibleDate(f, json));
      if (impossible) {
        // A date that does not exist (2026-02-30) means the record cannot be trusted for any timescale.
        out.failures.push({ file: label, line: `${label}: ${impossible.path}: ${impossible.message}` });
      } else {
        nameFields(result.findings, result.recordType, json);
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

/** Gives each rule finding the title of the field it points at (schema findings name theirs already). */
function nameFields(findings: Finding[], recordType: string, json: unknown): void {
  if (!isSchemaName(recordType)) return;
  for (const f of findings) {
    if (f.ruleId.startsWith("schema/") || f.path === "") continue;
    try {
      f.field = fieldOf(locate(recordType, f.path, json)).label;
    } catch {
      // A path the schema cannot name is still shown as a JSON Pointer.
    }
  }
}

const DATE_FORMATS: ReadonlySet<unknown> = new Set(["date", "date-time", "local-date-time"]);
const DATE_SHAPED = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?)?$/;

/**
 * A date (or date and time) that does not exist: 2026-02-30, 2027-02-29, 24:00. Not a wrong email
 * or web address, which is an ordinary schema error. A field that takes a date or a date-time
 * reports through anyOf, so there the value's shape decides.
 */
function isImpossibleDate(f: Finding, record: unknown): boolean {
  if (f.ruleId === "schema/format") return DATE_FORMATS.has(f.data?.["format"]);
  if (f.ruleId !== "schema/anyOf") return false;
  const value = valueAt(record, f.path);
  return typeof value === "string" && DATE_SHAPED.test(value);
}

/** The value at a JSON Pointer, own properties only. */
function valueAt(root: unknown, pointer: string): unknown {
  let v = root;
  for (const raw of pointer.split("/").slice(1)) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (v === null || typeof v !== "object" || !Object.hasOwn(v, key)) return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}
