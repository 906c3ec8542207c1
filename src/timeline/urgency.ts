/**
 * Ordering, filtering and counting timeline items: the shapes a caseload view needs.
 */
import { compareIsoDates, datePart, dayOfWeek, defaultCalendar, fromDayNumber, isIsoDateTime, isoDayOrUndefined, parseDay, type WorkingDayCalendar } from "../calendar/index.js";
import { compareMoment } from "./item.js";
import { ITEM_STATUSES, type ItemStatus, type TimelineItem } from "./types.js";

const RANK: Record<ItemStatus, number> = { overdue: 0, due: 1, "done-late": 2, "done-on-time": 3 };

/** `a.localeCompare(b)`, skipping the collator for equal strings (one child's items all share an id). */
function localeOrder(a: string, b: string): number {
  return a === b ? 0 : a.localeCompare(b);
}

/**
 * Overdue first (most overdue first, which is the earliest due date), then due by date, then done;
 * ties by child, then title, then id.
 * @example sortByUrgency(items)[0]?.status // "overdue"
 */
export function sortByUrgency(items: readonly TimelineItem[]): TimelineItem[] {
  const byItem = (a: TimelineItem, b: TimelineItem) =>
    RANK[a.status] - RANK[b.status] ||
    compareMoment(a.due, b.due) ||
    localeOrder(a.child.id, b.child.id) ||
    localeOrder(a.title, b.title) ||
    localeOrder(a.id, b.id);
  const keyed = dueKeys(items);
  // Without keys (a due date that does not parse) compareMoment throws as it always did.
  if (!keyed) return [...items].sort(byItem);
  // The same comparisons on the same order give the same permutation; only the parsing moves out.
  return keyed.sort(compareKeys).map((k) => k.item);
}

/**
 * The items' urgency keys in urgency order (sortByUrgency's order), or undefined when a due date does
 * not parse: a caller that sorts the same items again and again (a timeline kind that many rules
 * read) keys and sorts them once, then merges runs with `mergeUrgencyRuns`.
 * @example mergeUrgencyRuns([urgencyRun(items)!]) // the same as sortByUrgency(items)
 */
export function urgencyRun(items: readonly TimelineItem[]): readonly UrgencyKey[] | undefined {
  return dueKeys(items)?.sort(compareKeys);
}

/**
 * sortByUrgency of the runs' items concatenated in order, from runs each already in urgency order:
 * a stable sort of sorted runs keeps ties in run order, as sorting the concatenation does, and
 * Array.prototype.sort merges ready-made runs in near-linear time.
 * @example mergeUrgencyRuns([urgencyRun(a)!, urgencyRun(b)!]) // sortByUrgency([...a, ...b])
 */
export function mergeUrgencyRuns(runs: readonly (readonly UrgencyKey[])[]): TimelineItem[] {
  if (runs.length === 1) return runs[0]!.map((k) => k.item);
  const all: UrgencyKey[] = [];
  for (const run of runs) for (const k of run) all.push(k);
  return all.sort(compareKeys).map((k) => k.item);
}

/** sortByUrgency's comparison on keyed items: status, due, child, title, id. */
function compareKeys(a: UrgencyKey, b: UrgencyKey): number {
  return a.rank - b.rank || compareUrgencyKeys(a, b) || localeOrder(a.item.child.id, b.item.child.id) || localeOrder(a.item.title, b.item.title) || localeOrder(a.item.id, b.item.id);
}

/** An item with its due date parsed once, for sorting (a sort compares each item many times). */
export interface UrgencyKey {
  item: TimelineItem;
  rank: number;
  /** The due date is a real date-time (compared as text, as compareMoment does). */
  dateTime: boolean;
  day: number;
}

function dueKeys(items: readonly TimelineItem[]): UrgencyKey[] | undefined {
  const out: UrgencyKey[] = [];
  for (const item of items) {
    const dateTime = isIsoDateTime(item.due);
    // One parse of a bare date (isIsoDate, then parseDay, as before).
    const day = dateTime ? parseDay(item.due) : isoDayOrUndefined(item.due);
    if (day === undefined) return undefined;
    out.push({ item, rank: RANK[item.status], dateTime, day });
  }
  return out;
}

/** compareMoment(a.item.due, b.item.due) on parsed keys: the same value. */
function compareUrgencyKeys(a: UrgencyKey, b: UrgencyKey): number {
  if (a.dateTime && b.dateTime) return a.item.due < b.item.due ? -1 : a.item.due > b.item.due ? 1 : 0;
  return (a.day - b.day) * 86401;
}

/**
 * True for items still to do (due or overdue).
 * @example items.filter(isOpen)
 */
export function isOpen(item: TimelineItem): boolean {
  return item.status === "due" || item.status === "overdue";
}

/**
 * Items due within `days` working days of `asOf` (inclusive; `asOf` is day 0), plus everything
 * overdue. Working days, as the WORKING DAYS column of the deadlines table counts them.
 * @example dueWithin(items, "2027-01-04", 10) // overdue items and those due by 18 January 2027
 */
export function dueWithin(
  items: readonly TimelineItem[],
  asOf: string,
  days: number,
  calendar: Pick<WorkingDayCalendar, "addWorkingDays"> = defaultCalendar(),
): TimelineItem[] {
  const last = calendar.addWorkingDays(asOf, days);
  return items.filter((i) => i.status === "overdue" || compareIsoDates(datePart(i.due), last) <= 0);
}

/**
 * Items due from `from` to `to`, both inclusive, by due date alone (overdue or not).
 * @example dueBetween(items, "2027-01-04", "2027-01-10") // what falls due in that week
 */
export function dueBetween(items: readonly TimelineItem[], from: string, to: string): TimelineItem[] {
  return items.filter((i) => compareIsoDates(datePart(i.due), from) >= 0 && compareIsoDates(datePart(i.due), to) <= 0);
}

/**
 * The Monday to Sunday week holding `date`.
 * @example weekOf("2027-01-06") // { from: "2027-01-04", to: "2027-01-10" }
 */
export function weekOf(date: string): { from: string; to: string } {
  const monday = parseDay(date) - (dayOfWeek(date) - 1);
  return { from: fromDayNumber(monday), to: fromDayNumber(monday + 6) };
}

/** Counts by status, every status present (0 where none). @example { overdue: 1, due: 4, "done-late": 0, "done-on-time": 9 } */
export type StatusCounts = Record<ItemStatus, number>;

/**
 * Counts by status and, for a caseload, by team.
 * @example summarise(items) // { byStatus: { overdue: 2, due: 5, … }, byTeam: { "Children in Care Team 1": { … } } }
 */
export function summarise(items: readonly TimelineItem[]): { byStatus: StatusCounts; byTeam: Record<string, StatusCounts> } {
  const empty = (): StatusCounts => Object.fromEntries(ITEM_STATUSES.map((s) => [s, 0])) as StatusCounts;
  const byStatus = empty();
  // A Map, not an object: a team is free text and must never reach Object.prototype.
  const teams = new Map<string, StatusCounts>();
  for (const item of items) {
    byStatus[item.status]++;
    const counts = teams.get(item.team) ?? empty();
    counts[item.status]++;
    teams.set(item.team, counts);
  }
  const byTeam: Record<string, StatusCounts> = Object.create(null) as Record<string, StatusCounts>;
  for (const team of [...teams.keys()].sort((a, b) => a.localeCompare(b))) byTeam[team] = teams.get(team) as StatusCounts;
  return { byStatus, byTeam };
}
