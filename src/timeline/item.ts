/**
 * Making one timeline item: its status on the as-of date and the days left, overdue or late, all in
 * working days (a due date on a Saturday that passes over the weekend is overdue by 0 working days
 * until Monday ends — it is still overdue).
 */
import { datePart, isIsoDateTime, isoSortKey, parseDay, type WorkingDayCalendar } from "../calendar/index.js";
import type { Citation, Unit } from "../profiles/types.js";
import type { ItemKind, ItemStatus, Occurrence, TimelineEnv, TimelineItem, Trigger } from "./types.js";

/**
 * Compares two dates or date-times; a bare date against a date-time compares the dates, so a task
 * recorded only by its date on the day a 24-hour limit ends is on time (we cannot know it was late).
 * @example compareMoment("2026-12-22", "2026-12-22T14:30") // 0
 */
export function compareMoment(a: string, b: string): number {
  if (isIsoDateTime(a) && isIsoDateTime(b)) return a < b ? -1 : a > b ? 1 : 0;
  // compareIsoDates(datePart(a), datePart(b)) without parsing each string twice: the same value
  // (two bare dates differ by whole days, 86401 apart), and the same DateError for a bad one.
  return (parseDay(a) - parseDay(b)) * 86401;
}

/**
 * Status and day counts for a due date. Counts are left out where the due date lies outside the
 * calendar's bank-holiday data (a pathway plan due in four years' time).
 * @example statusOf(cal, "2027-01-18", "2027-01-15", undefined) // { status: "overdue", daysOverdue: 1 }
 */
export function statusOf(
  calendar: WorkingDayCalendar,
  asOf: string,
  due: string,
  done: string | undefined,
  noLimit = false,
): { status: ItemStatus; daysLeft?: number; daysOverdue?: number; daysLate?: number } {
  // datePart(due) and its day number from one parse (datePart is parseDay, then the first 10 characters).
  const dueNumber = parseDay(due);
  const dueDay = due.slice(0, 10);
  if (done !== undefined) {
    if (noLimit || compareMoment(done, due) <= 0) return { status: "done-on-time" };
    return { status: "done-late", daysLate: calendar.workingDaysBetween(dueDay, datePart(done)) };
  }
  if (noLimit) return { status: "due" };
  // A count reaching past the bank-holiday data would only be a guess (and warn): leave it out.
  // compareIsoDates(dueDay, firstDate) >= 0 && compareIsoDates(dueDay, lastDate) <= 0, with the
  // horizon's ends parsed once per calendar (dueDay is a bare date, so its key is its day number's).
  const dueKey = dueNumber * 86401;
  const [firstKey, lastKey] = horizonKeys(calendar);
  const known = dueKey - firstKey >= 0 && dueKey - lastKey <= 0;
  if (isoSortKey(asOf) - dueKey > 0) {
    return known ? { status: "overdue", daysOverdue: calendar.workingDaysBetween(dueDay, asOf) } : { status: "overdue" };
  }
  return known ? { status: "due", daysLeft: calendar.workingDaysBetween(asOf, dueDay) } : { status: "due" };
}

const horizonMemo = new WeakMap<object, readonly [number, number]>();

/** isoSortKey of the calendar's first and last dates with bank-holiday data, worked out once per horizon. */
function horizonKeys(calendar: WorkingDayCalendar): readonly [number, number] {
  const h = calendar.horizon;
  let keys = horizonMemo.get(h);
  if (keys === undefined) {
    keys = [isoSortKey(h.firstDate), isoSortKey(h.lastDate)];
    // Only a frozen horizon (createCalendar's) is remembered: a hand-made calendar's may change.
    if (Object.isFrozen(h)) horizonMemo.set(h, keys);
  }
  return keys;
}

/** How an item's due date was measured: a profile timescale or frequency, or a date a record set. @example { timescale: "icpc", value: 15, unit: "working_days", citation } */
export interface Measure {
  timescale?: string | undefined;
  value?: number | undefined;
  unit?: Unit | undefined;
  citation: Citation;
  noLimit?: boolean | undefined;
}

/**
 * One item, with the child's id, names and team from the case file.
 * @example makeItem(env, kind, trigger, 0, "2027-01-15", undefined, measure, false) // counted from the trigger
 */
export function makeItem(
  env: TimelineEnv,
  kind: ItemKind,
  trigger: Trigger,
  step: number,
  due: string,
  done: Occurrence | undefined,
  measure: Measure,
  stepped: boolean,
  from: string = trigger.date,
): TimelineItem {
  // Built field by field rather than from spreads (this runs ~90 times per case file); the keys go in
  // the same order as before, as JSON output follows it.
  const item = {
    id: stepped ? `${kind.id}:${trigger.key}:${step}` : `${kind.id}:${trigger.key}`,
    kind: kind.id,
    title: kind.title(step, trigger),
    trigger: { event: trigger.event, date: trigger.date, path: trigger.path },
    due,
  } as TimelineItem;
  if (from !== trigger.date) item.measuredFrom = from;
  const status = statusOf(env.calendar, env.asOf, due, done?.date, measure.noLimit);
  item.status = status.status;
  if (status.daysLeft !== undefined) item.daysLeft = status.daysLeft;
  if (status.daysOverdue !== undefined) item.daysOverdue = status.daysOverdue;
  if (status.daysLate !== undefined) item.daysLate = status.daysLate;
  item.citation = measure.citation;
  item.child = env.itemChild;
  item.team = env.caseFile.child.team;
  if (done) {
    item.done = done.date;
    item.donePath = done.path;
  }
  if (measure.timescale !== undefined) item.timescale = measure.timescale;
  if (measure.value !== undefined) item.value = measure.value;
  if (measure.unit !== undefined) item.unit = measure.unit;
  if (measure.noLimit) item.noLimit = true;
  return item;
}
