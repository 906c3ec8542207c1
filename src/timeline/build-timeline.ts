/**
 * Builds a case file's timeline: runs every item kind over the case file and returns its items
 * sorted by urgency. Pure: the as-of date stands for today; no clock, no files.
 */
import { defaultCalendar } from "../calendar/index.js";
import type { CaseFile } from "../types/index.js";
import { ITEM_KINDS } from "./kinds/index.js";
import { activeCaseIndex } from "../case-index/active-index.js";
import { CaseIndex } from "../case-index/case-index.js";
import { eachItem } from "./schedules.js";
import { makeItem } from "./item.js";
import type { ItemKind, Timeline, TimelineEnv, TimelineItem, TimelineOptions } from "./types.js";
import { sortByUrgency } from "./urgency.js";

/**
 * Every due date the standards set for this child under `profile`, with status on `asOf`.
 * `kinds` narrows the table (tests, or a rule that needs only some kinds).
 * @example
 * const t = buildTimeline(caseFile, { profile: loadProfile("knowsley"), asOf: "2027-01-12" });
 * t.items.filter((i) => i.status === "overdue").map((i) => i.title)
 */
export function buildTimeline(caseFile: CaseFile, options: TimelineOptions & { kinds?: readonly ItemKind[] }): Timeline {
  const env = timelineEnv(caseFile, options);
  const items = (options.kinds ?? ITEM_KINDS).flatMap((kind) => kindItems(env, kind));
  return { caseFileId: caseFile.id, profile: options.profile.id, asOf: options.asOf, items: sortByUrgency(items) };
}

/**
 * What every item kind reads: the case file, its index (the validation's when one is running, so
 * rules and timeline share its lists), its periods, the profile, calendar and as-of date.
 * @example kindItems(timelineEnv(caseFile, { profile, asOf }), kind)
 */
export function timelineEnv(caseFile: CaseFile, options: TimelineOptions): TimelineEnv {
  const index = activeCaseIndex(caseFile) ?? new CaseIndex(caseFile);
  // A case file with no child (one that failed the schema, given to the timeline directly) fails
  // when its first item is made, as it always has, not here.
  const child = caseFile.child as CaseFile["child"] | undefined;
  const itemChild = (child && itemChildOf(child)) as TimelineItem["child"];
  return {
    caseFile,
    profile: options.profile,
    calendar: options.calendar ?? defaultCalendar(),
    asOf: options.asOf,
    periods: index.periods(),
    index,
    itemChild,
  };
}

/** The child as an item names them: id, name and preferred name. */
function itemChildOf(child: CaseFile["child"]): TimelineItem["child"] {
  const who: TimelineItem["child"] = { id: child.id, name: child.name };
  if (child.preferredName !== undefined) who.preferredName = child.preferredName;
  return who;
}

/**
 * One kind's items, unsorted, in trigger order: the timeline is these for every kind, in ITEM_KINDS
 * order, sorted by urgency.
 * @example kindItems(env, ITEM_KINDS[0])
 */
export function kindItems(env: TimelineEnv, kind: ItemKind): TimelineItem[] {
  // A loop rather than flatMap (the same items in the same order): this runs for every kind of every
  // case file, and flatMap's generic spreading was a visible share of the timeline's time.
  const out: TimelineItem[] = [];
  for (const t of kind.triggers(env)) {
    eachItem(env, kind, t, (...item) => out.push(makeItem(...item)));
  }
  return out;
}
