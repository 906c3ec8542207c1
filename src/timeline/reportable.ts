/**
 * One kind's items as a validation needs them: only the late and overdue ones in full, since those
 * are all a timeline rule reports (src/rules/timeline-rule.ts), which timescales the kind's items
 * stand for, since a rule owning one of them has something to check, and each item's done or due
 * date (the significant-change rules' next review). Most items (four in five on
 * the bench's case files) are done on time and never reported: for those this is the schedule's
 * due date and a comparison of day numbers, with no title, id, day counts or item object.
 */
import { isIsoDateTime, isoSortKey, parseDay } from "../calendar/index.js";
import { makeItem } from "./item.js";
import { eachItem, type ItemSink } from "./schedules.js";
import type { ItemKind, ItemStatus, Occurrence, TimelineEnv, TimelineItem } from "./types.js";
import { urgencyRun, type UrgencyKey } from "./urgency.js";

/**
 * A kind's late and overdue items, and the timescales of all its items.
 * @example reportableItems(env, kind).items.every((i) => i.status === "overdue" || i.status === "done-late") // true
 */
export interface ReportableItems {
  /** Each distinct timescale any item of the kind stands for, whatever its status (items with none are left out). */
  timescales: string[];
  /** The items whose status is "done-late" or "overdue", whole (makeItem's), in the order the schedules find them. */
  items: TimelineItem[];
  /** The same items keyed and in urgency order (undefined if a due date does not parse). */
  run: readonly UrgencyKey[] | undefined;
  /** Every item's done date, or its due date where it is not done, in the order the schedules find them. */
  doneOrDue: string[];
}

/**
 * True for the statuses a timeline rule reports ("done-late" and "overdue").
 * @example reported("overdue") // true
 */
export function reported(status: ItemStatus): boolean {
  return status === "done-late" || status === "overdue";
}

/**
 * What statusOf(env.calendar, env.asOf, due, done?.date, noLimit).status says, without the day
 * counts (a working-day count for every item due later, which no rule reads from an item it does not
 * report). The same parses in the same order, so a due date that does not parse throws the same
 * DateError at the same item.
 */
function statusOnly(asOf: AsOf, due: string, done: Occurrence | undefined, noLimit: boolean | undefined): ItemStatus {
  const dueDay = parseDay(due);
  if (done !== undefined) {
    if (noLimit) return "done-on-time";
    // compareMoment(done.date, due) <= 0 with the due date's day read once, not twice.
    const d = done.date;
    const onTime = isIsoDateTime(d) && isIsoDateTime(due) ? d <= due : parseDay(d) - dueDay <= 0;
    return onTime ? "done-on-time" : "done-late";
  }
  const dueKey = dueDay * 86401;
  if (noLimit) return "due";
  // The as-of date is parsed when first compared, as statusOf parses it, not before.
  asOf.key ??= isoSortKey(asOf.date);
  return asOf.key - dueKey > 0 ? "overdue" : "due";
}

/** The as-of date, and its sort key once worked out. */
interface AsOf {
  date: string;
  key?: number;
}

/**
 * The kind's late and overdue items and its items' timescales: what filtering kindItems(env, kind)
 * for those statuses and collecting its timescales gives, the same items in the same order.
 * @example reportableItems(env, ITEM_KINDS[0]).timescales // ["lac-first-review", "lac-second-review"]
 */
export function reportableItems(env: TimelineEnv, kind: ItemKind): ReportableItems {
  const timescales: string[] = [];
  const items: TimelineItem[] = [];
  const doneOrDue: string[] = [];
  const asOf: AsOf = { date: env.asOf };
  // One sink for all the kind's triggers, not one made for each.
  const sink: ItemSink = (env, kind, trigger, step, due, done, measure, stepped, from) => {
    doneOrDue.push(done === undefined ? due : done.date);
    const timescale = measure.timescale;
    if (timescale !== undefined && !timescales.includes(timescale)) timescales.push(timescale);
    if (reported(statusOnly(asOf, due, done, measure.noLimit))) items.push(makeItem(env, kind, trigger, step, due, done, measure, stepped, from));
  };
  for (const t of kind.triggers(env)) eachItem(env, kind, t, sink);
  return { timescales, items, run: urgencyRun(items), doneOrDue };
}

/**
 * The same from a kind's whole items, for a kind some rule already had worked out in full.
 * @example fromWholeItems(kindItems(env, kind))
 */
export function fromWholeItems(whole: readonly TimelineItem[]): ReportableItems {
  const timescales: string[] = [];
  const items: TimelineItem[] = [];
  const doneOrDue: string[] = [];
  for (const item of whole) {
    doneOrDue.push(item.done ?? item.due);
    if (item.timescale !== undefined && !timescales.includes(item.timescale)) timescales.push(item.timescale);
    if (reported(item.status)) items.push(item);
  }
  return { timescales, items, run: urgencyRun(items), doneOrDue };
}
