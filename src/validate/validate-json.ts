/**
 * One parsed record or case file → its findings, as `reviewkit validate` reports them: the schema,
 * the profile's rules, each rule finding named by its field, and a date that does not exist turned
 * into a failure. Shared by the CLI (validate-files.ts) and the form, so the page and the command
 * line say the same thing about the same record.
 */
import type { Finding } from "../schema/finding.js";
import type { WorkingDayCalendar } from "../calendar/index.js";
import type { ResolvedProfile } from "../profiles/types.js";
import { validateRecord } from "../rules/run-rules.js";
import { isSchemaName, type SchemaName } from "../schema/load-schemas.js";
import { locate } from "../schema/locate.js";
import { fieldOf } from "../schema/field-label.js";
import { describeShape } from "../schema/describe-shape.js";

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

/** What validateJson needs: the profile already chosen, "today" and the calendar. */
export interface ValidateJsonOptions {
  profile: ResolvedProfile;
  asOf: string;
  calendar?: WorkingDayCalendar;
}

/**
 * Validates one parsed record or case file. Throws InputError (a ReviewkitError) only for JSON that
 * is not a record at all, as validateRecord does.
 * @example const r = validateJson(json, "aaliyah.json", { profile: loadProfile("knowsley"), asOf: "2026-11-23" });
 */
export function validateJson(json: unknown, label: string, options: ValidateJsonOptions): { result: FileResult } | { failure: FileFailure } {
  const { profile } = options;
  const result = validateRecord(json, { profile, asOf: options.asOf, ...(options.calendar ? { calendar: options.calendar } : {}) });
  const impossible = result.findings.find((f) => isImpossibleDate(f, json));
  if (impossible) {
    // A date that does not exist (2026-02-30) means the record cannot be trusted for any timescale.
    return { failure: { file: label, line: `${label}: ${impossible.path}: ${impossible.message}` } };
  }
  nameFields(result.findings, result.recordType, json);
  return { result: { file: label, recordType: result.recordType, profile: profile.id, findings: result.findings } };
}

/** Gives each rule finding the title of the field it points at (schema findings name theirs already). */
function nameFields(findings: Finding[], recordType: string, json: unknown): void {
  if (!isSchemaName(recordType)) return;
  for (const f of findings) {
    if (f.ruleId.startsWith("schema/") || f.path === "") continue;
    try {
      const loc = locate(recordType, f.path, json);
      f.field = fieldOf(loc).label;
      // A rule that asks for a field the record does not have says what to write there, as a
      // missing field's schema finding does: a person fixing the record should not have to guess.
      if (loc.value === undefined && !/\bwrite\b/i.test(f.message)) {
        const hint = whatToWrite(recordType, f.path, json);
        if (hint) f.message = `${f.message} ${hint}`;
      }
    } catch {
      // A path the schema cannot name is still shown as a JSON Pointer.
    }
  }
}

/**
 * For a path the record does not have: what to write at the outermost missing field on the way to
 * it (a missing group is written whole, with its required fields). Undefined when the path leaves
 * the schema or ends in a list item.
 */
function whatToWrite(recordType: SchemaName, path: string, json: unknown): string | undefined {
  const segments = path.split("/").slice(1);
  for (let n = 1; n <= segments.length; n++) {
    const prefix = `/${segments.slice(0, n).join("/")}`;
    if (valueAt(json, prefix) !== undefined) continue;
    const loc = locate(recordType, prefix, json);
    const key = loc.steps.at(-1);
    if (!loc.site || key?.kind !== "property") return undefined;
    return `Write ${JSON.stringify(key.key)}: ${describeShape(loc.site)}.`;
  }
  return undefined;
}

const DATE_FORMATS: ReadonlySet<unknown> = new Set(["date", "date-time", "local-date-time"]);
const DATE_SHAPED = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?)?$/;

/**
 * A date (or date and time) that does not exist: 2026-02-30, 2027-02-29, 24:00. Not a wrong email
 * or web address, which is an ordinary schema error. A field that takes a date or a date-time
 * reports through anyOf, so there the value's shape decides.
 */
function isImpossibleDate(f: Finding, record: unknown): boolean {
  // Only a value shaped like a date: an empty date is a blank to fill in (a new record's
  // placeholder), reported as an ordinary finding with the rest.
  if (f.ruleId === "schema/format") return DATE_FORMATS.has(f.data?.["format"]) && DATE_SHAPED.test(String(valueAt(record, f.path) ?? ""));
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
