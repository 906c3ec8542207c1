/**
 * Builds a case file's timeline: runs every item kind over the case file and returns its items
 * sorted by urgency. Pure: the as-of date stands for today; no clock, no files.
 */
import { defaultCalendar } from "../calendar/index.js";
import type { CaseFile } from "../types/index.js";
import { ITEM_KINDS } from "./kinds/index.js";
import { casePeriods } from "./periods.js";
import { itemsFor } from "./schedules.js";
import type { ItemKind, Timeline, TimelineEnv, TimelineOptions } from "./types.js";
import { sortByUrgency } from "./urgency.js";

/**
 * Every due date the standards set for this child under `profile`, with status on `asOf`.
 * `kinds` narrows the table (tests, or a rule that needs only some kinds).
 * @example
 * const t = buildTimeline(caseFile, { profile: loadProfile("knowsley"), asOf: "2027-01-12" });
 * t.items.filter((i) => i.status === "overdue").map((i) => i.title)
 */
export function buildTimeline(caseFile: CaseFile, options: TimelineOptions & { kinds?: readonly ItemKind[] }): Timeline {
  const env: TimelineEnv = {
    caseFile,
    profile: options.profile,
    calendar: options.calendar ?? defaultCalendar(),
    asOf: options.asOf,
    periods: casePeriods(caseFile),
  };
  const items = (options.kinds ?? ITEM_KINDS).flatMap((kind) => kind.triggers(env).flatMap((t) => itemsFor(env, kind, t)));
  return { caseFileId: caseFile.id, profile: options.profile.id, asOf: options.asOf, items: sortByUrgency(items) };
}
