import type { CaseFileRecord, RecordOf, RecordType } from "../record-map.js";
import { compareIsoDates } from "../../calendar/index.js";
import { LOOKED_AFTER_STATUSES, statusRuns } from "../../timeline/periods.js";
import { caseIndexOf, derivedFrom, sharedFrom } from "../../case-index/active-index.js";
import { listKey, memoKey } from "../../case-index/case-index.js";

type CaseEvent = CaseFileRecord["events"][number];
export type CaseEventType = CaseEvent["type"];

/**
 * Events of some types, sorted by date, each with its index in the case file (for JSON Pointers).
 * @example eventsOfType(cf, "cp-visit").map((e) => e.event.date)
 */
export function eventsOfType(
  caseFile: CaseFileRecord,
  ...types: CaseEventType[]
): readonly { event: CaseEvent; index: number }[] {
  // Once per validation (the case file's index keeps it), the same list to every caller.
  // The index's positions of the types, in file order (a type named twice counts once, as
  // types.includes did), rather than a walk of every event.
  return sharedFrom(caseFile, memoKey("eventsOfType", listKey(types)), () => {
    const events = caseFile.events;
    return caseIndexOf(caseFile)
      .eventIndexesOf(types)
      .map((index) => ({ event: events[index]!, index }))
      .sort((a, b) => compareIsoDates(a.event.date, b.event.date));
  });
}

/**
 * Records of one type inside the case file, each with its index under /records.
 * @example recordsOfType(cf, "looked-after-review")
 */
export function recordsOfType<T extends RecordType>(
  caseFile: CaseFileRecord,
  type: T,
): readonly { record: RecordOf<T>; index: number }[] {
  // Once per validation, the same list to every caller (read-only).
  return sharedFrom(caseFile, memoKey("recordsOfType", type), () => {
    const records = caseFile.records;
    return caseIndexOf(caseFile)
      .recordIndexes(type)
      .map((index) => ({ record: records[index] as RecordOf<T>, index }));
  });
}

/**
 * The periods the child was looked after (any looked-after legal status), merged and sorted: s20
 * followed by an interim care order is one time in care, as the timeline counts it (one source of
 * truth, src/timeline/periods.ts).
 */
export function lookedAfterPeriods(caseFile: CaseFileRecord): { from: string; to: string | undefined }[] {
  return derivedFrom(caseFile, "looked-after-periods", () =>
    statusRuns(caseFile, LOOKED_AFTER_STATUSES, "la", "became-looked-after").map(({ from, to }) => Object.freeze({ from, to })),
  );
}

/** True when the child is looked after on the date. */
export function isLookedAfterOn(caseFile: CaseFileRecord, date: string): boolean {
  return lookedAfterPeriods(caseFile).some(
    (p) => compareIsoDates(p.from, date) <= 0 && (p.to === undefined || compareIsoDates(date, p.to) <= 0),
  );
}
