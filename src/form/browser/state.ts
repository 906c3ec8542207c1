/** What the page is editing: a case file (or a single record), which record, and how to check it. */
import type { Finding } from "../../schema/finding.js";
import type { DateParts } from "../schema-form/date-parts.js";

/** The page's state; the record itself is plain JSON, exactly what is saved. */
export interface FormState {
  /** A case file, or a single record opened on its own. */
  root: Record<string, unknown>;
  /** Which of the case file's records is edited (index into `records`); undefined: none chosen. */
  recordIndex: number | undefined;
  recordType: string;
  /** "auto" (the case file's own authority, else england) or what loadProfile takes. */
  profileRef: string;
  asOf: string;
  /** Changed since opened or saved. */
  dirty: boolean;
  /** The file name it was opened from, used as the label in findings and to save. */
  fileName: string | undefined;
  rawDates: Map<string, DateParts>;
  findings: Finding[];
}

/** True when the page holds a case file (not a record on its own). */
export function isCaseFile(state: FormState): boolean {
  return state.root["recordType"] === "case-file";
}

/** The JSON Pointer of the record being edited, or undefined. */
export function recordPointer(state: FormState): string | undefined {
  if (!isCaseFile(state)) return "";
  return state.recordIndex === undefined ? undefined : `/records/${state.recordIndex}`;
}

/** Today in the computer's own time zone, as an ISO date (the default as-of date, as the CLI's). */
export function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}
