/**
 * One input file of `validate`, read and checked on its own: the unit of work the sequential loop
 * and each worker thread run (validate-files.ts), so both give the same outcome for the same file.
 */
import type { WorkingDayCalendar } from "../calendar/index.js";
import { InputError, ReviewkitError } from "../errors.js";
import { readJsonFile } from "../io/read-json.js";
import { profileFor } from "../profiles/profile-for.js";
import type { ResolvedProfile } from "../profiles/types.js";
import { validateJson, type FileFailure, type FileResult } from "./validate-json.js";

/** What one file gave: its findings, or the one line saying why it could not be validated. */
export type FileOutcome = { result: FileResult } | { failure: FileFailure };

/** @example { profile: loadProfile("knowsley"), asOf: "2026-11-23", calendar } */
export interface OneFileOptions {
  /** The profile for every file (--profile); default each file's own authority, else england. */
  profile?: ResolvedProfile | undefined;
  asOf: string;
  calendar?: WorkingDayCalendar | undefined;
}

/**
 * Reads and validates one file ("-" is standard input). Throws only what is not about the file (a
 * bug): an unreadable or malformed file is a failure naming it, with no record content.
 * @example const o = validateOneFile("examples/knowsley/amara-okafor.case.json", { asOf: "2026-11-23" }); "result" in o
 */
export function validateOneFile(file: string, options: OneFileOptions): FileOutcome {
  const label = file === "-" ? "<stdin>" : file;
  try {
    const json = readJsonFile(file); // "-" is standard input, with a file's checks
    return validateJson(json, label, { profile: options.profile ?? profileFor(json), asOf: options.asOf, ...(options.calendar ? { calendar: options.calendar } : {}) });
  } catch (err) {
    if (!(err instanceof ReviewkitError)) throw err;
    const located = err.file === undefined ? new InputError(err.message, label, err.where) : err;
    return { failure: { file: label, line: located.toLine() } };
  }
}
