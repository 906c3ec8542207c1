/**
 * Ordering, filtering and counting timeline items: the shapes a caseload view needs.
 */
import { compareIsoDates, datePart, fromDayNumber, parseDay } from "../calendar/index.js";
import { compareMoment } from "./item.js";
import { ITEM_STATUSES, type ItemStatus, type TimelineItem } from "./types.js";

const RANK: Record<ItemStatus, number> = { overdue: 0, due: 1, "done-late": 2, "done-on-time": 3 };

/**
 * Overdue first (most overdue first, which is the earliest due date), then due by date, then done;
 * ties by child, then title, then id.
 * @example sortByUrgency(items)[0]?.status // "overdue"
 */
export function sortByUrgency(items: readonly TimelineItem[]): TimelineItem[] {
  return [...items].sort(
    (a, b) =>
      RANK[a.status] - RANK[b.status] ||
      compareMoment(a.due, b.due) ||
      a.child.id.localeCompare(b.child.id) ||
      a.title.localeCompare(b.title) ||
      a.id.localeCompare(b.id),
  );
}

/**
 * True for items still to do (due or overdue).
 * @example items.filter(isOpen)
 */
export function isOpen(item: TimelineItem): boolean {
  return item.status === "due" || item.status === "overdue";
}

/**
 * Items due within `days` calendar days of `asOf` (inclusive), plus everything overdue.
 * @example dueWithin(items, "2027-01-04", 14) // overdue items and those due by 18 January 2027
 */
export function dueWithin(items: readonly TimelineItem[], asOf: string, days: number): TimelineItem[] {
  const last = fromDayNumber(parseDay(asOf) + days);
  return items.filter((i) => i.status === "overdue" || compareIsoDates(datePart(i.due), last) <= 0);
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
