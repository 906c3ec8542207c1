import type { CaseFileRecord } from "../record-map.js";
import { compareIsoDates } from "../../calendar/index.js";
import { eventsOfType, recordsOfType } from "./case-file.js";

/**
 * The dates of the QA progress reviews in a case file: `qapr` events and qa-progress-review records
 * (of one form, if given), each date once, sorted. Events do not say which form, so they always count.
 * @example qaprDates(caseFile, "iro") // ["2026-11-02", "2027-03-10"]
 */
export function qaprDates(caseFile: CaseFileRecord, form?: "iro" | "cp"): string[] {
  const dates = new Set(eventsOfType(caseFile, "qapr").map(({ event }) => event.date));
  for (const { record } of recordsOfType(caseFile, "qa-progress-review")) {
    if (form === undefined || record.form === form) dates.add(record.date);
  }
  return [...dates].sort(compareIsoDates);
}

/**
 * True when a date falls strictly between two others (a review on the day of a meeting is not
 * "between" it and the next).
 * @example strictlyBetween("2026-10-01", "2026-09-10", "2026-12-10") // true
 */
export function strictlyBetween(date: string, from: string, to: string): boolean {
  return compareIsoDates(from, date) < 0 && compareIsoDates(date, to) < 0;
}
