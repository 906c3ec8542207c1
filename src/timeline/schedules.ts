/**
 * The four ways due dates follow from a trigger (see Schedule in types.ts). Each returns the items
 * for one trigger. Common rules: the trigger is day 0; a completion counts only inside the trigger's
 * window; and when the duty ended (the placement or plan ended) before a due date that was never
 * met, the item lapses rather than staying overdue for ever.
 */
import { compareIsoDates, datePart, parseDay } from "../calendar/index.js";
import type { Frequency, Timescale } from "../profiles/types.js";
import { compareMoment, type makeItem } from "./item.js";
import { inWindow } from "./sources.js";
import type { ItemKind, Occurrence, Schedule, TimelineEnv, Trigger } from "./types.js";

/**
 * Takes each item a schedule finds, as makeItem's arguments, in the order the schedule finds them.
 * The schedules decide which items there are and their due dates; what is made of each is the
 * caller's: the whole item (makeItem), or, during a validation, only its status, with the whole item
 * made only for one a rule reports (reportable.ts).
 * @example const out: TimelineItem[] = []; eachItem(env, kind, trigger, (...a) => out.push(makeItem(...a)));
 */
export type ItemSink = (...item: Parameters<typeof makeItem>) => void;

type Of<T extends Schedule["type"]> = Extract<Schedule, { type: T }>;

/**
 * The completions in time order (compareMoment's). Callers hand over a list of their own (inWindow's),
 * which may come back as it is.
 */
const sorted = (list: readonly Occurrence[]): readonly Occurrence[] => (inDayOrder(list) ? list : [...list].sort((a, b) => compareMoment(a.date, b.date)));

/**
 * True for a list of two or more bare dates already in day order, most completions lists (the
 * case index hands them out sorted): compareMoment of two bare dates is the difference of their
 * days, a consistent order, and sort is stable, so sorting would give the same list back. One parse
 * of each date instead of two per comparison. A list of one (or none) is not looked at, as sort
 * compares nothing in it.
 */
function inDayOrder(list: readonly Occurrence[]): boolean {
  if (list.length < 2) return false;
  let previous = -Infinity;
  for (let i = 0; i < list.length; i++) {
    const date = list[i]!.date;
    if (date.length !== 10) return false;
    const day = parseDay(date);
    if (day < previous) return false;
    previous = day;
  }
  return true;
}

/**
 * sorted(list)[0], the first completion. Most triggers have one candidate or none (an event's own
 * minutes or note), which is its own answer: nothing is copied or sorted for it. Two or more are
 * sorted as before (compareMoment holds a bare date equal to any time that day, so the first of a
 * sort is not always what a scan for the least would pick).
 */
const earliest = (list: readonly Occurrence[]) => (list.length < 2 ? list[0] : sorted(list)[0]);

/** True when the duty ended before `due`, so an unmet due date lapses. */
function lapsed(trigger: Trigger, due: string): boolean {
  return trigger.until !== undefined && compareIsoDates(trigger.until, datePart(due)) < 0;
}

function measureOf(id: string, t: Timescale) {
  return { timescale: id, value: t.value, unit: t.unit, citation: t.citation };
}

function timescaleOf(env: TimelineEnv, id: string | undefined): Timescale | undefined {
  return id === undefined ? undefined : env.profile.timescales[id];
}

/**
 * One due date: the timescale after the trigger, met by the first completion in the window.
 * @example once(env, iroNotifiedKind, trigger, { type: "once", timescale: () => "iro-notified" })
 */
export function once(env: TimelineEnv, kind: ItemKind, trigger: Trigger, schedule: Of<"once">, sink: ItemSink): void {
  const id = schedule.timescale(trigger, env);
  const t = timescaleOf(env, id);
  if (id === undefined || t === undefined) return;
  const due = env.calendar.addDuration(trigger.date, t);
  const done = earliest(inWindow(kind.done(env, trigger), trigger));
  if (!done && lapsed(trigger, due)) return;
  sink(env, kind, trigger, 0, due, done, measureOf(id, t), false, trigger.date);
}

/**
 * "At least every N": each completion is measured from the one before (the trigger for the first)
 * and starts the next interval; the timescale may change by step (first review 20 working days,
 * second 3 months, then 6 months). Ends with the next one not yet done, unless the duty ended first.
 * @example every(env, reviewsKind, laTrigger, { type: "every", timescale: reviewTimescale })
 */
export function every(env: TimelineEnv, kind: ItemKind, trigger: Trigger, schedule: Of<"every">, sink: ItemSink): void {
  let from = trigger.date;
  let step = 0;
  for (const occurrence of [...sorted(inWindow(kind.done(env, trigger), trigger)), undefined]) {
    const id = schedule.timescale(step, from, trigger, env);
    const t = timescaleOf(env, id);
    if (id === undefined || t === undefined) break;
    const due = env.calendar.addDuration(from, t);
    if (!occurrence && lapsed(trigger, due)) break;
    sink(env, kind, trigger, step, due, occurrence, measureOf(id, t), true, from);
    if (!occurrence) break;
    from = occurrence.date;
    step++;
  }
}

/**
 * "At least n in the first period, m in each later one" (GL-5-CP: "a minimum of 3 QAPR's in their
 * first-year subject to a Child Protection Plan and 2 checks in subsequent years"), read as the
 * standard counts it: one item per period of the plan, from the trigger (the plan's start), due on
 * the period's last day and done by its n-th completion inside the period. A period the duty did not
 * last all of (the plan ended before its last day's end) is not counted, and no item is made for a
 * period that has not begun. Rule gl-qapr-child-protection, which owns these frequencies, reports
 * each period that ended short, with the same due date.
 * @example count(env, qaprKind, cpTrigger, { type: "count", first: "qapr-cp-first-year", later: "qapr-cp-later-years" })
 */
export function count(env: TimelineEnv, kind: ItemKind, trigger: Trigger, schedule: Of<"count">, sink: ItemSink): void {
  const done = sorted(inWindow(kind.done(env, trigger), trigger));
  for (let step = 0; ; step++) {
    const id = step === 0 ? schedule.first : schedule.later;
    const frequency: Frequency | undefined = env.profile.frequencies[id];
    if (!frequency) break;
    const { per } = frequency;
    const from = step === 0 ? trigger.date : env.calendar.addDuration(trigger.date, { value: per.value * step, unit: per.unit });
    if (compareIsoDates(from, env.asOf) > 0) break;
    const end = env.calendar.addDuration(trigger.date, { value: per.value * (step + 1), unit: per.unit });
    // The duty ended before the period did: the period is not judged, and nor are later ones.
    if (trigger.until !== undefined && compareIsoDates(trigger.until, end) < 0) break;
    const inPeriod = done.filter((o) => compareIsoDates(from, datePart(o.date)) <= 0 && compareIsoDates(datePart(o.date), end) < 0);
    const due = env.calendar.addCalendarDays(end, -1);
    const measure = { timescale: id, value: per.value, unit: per.unit, citation: frequency.citation };
    sink(env, kind, trigger, step, due, inPeriod[frequency.value - 1], measure, true, from);
  }
}

/**
 * A due date the trigger carries (a review decision's own date), or none at all (`noLimit`: an early
 * review the IRO decided on, due from the decision but never "overdue" as no standard sets a limit).
 * @example dated(env, decisionKind, trigger, { type: "dated", citation: (env) => env.profile.timescales["decision-monitoring"]?.citation })
 */
export function dated(env: TimelineEnv, kind: ItemKind, trigger: Trigger, schedule: Of<"dated">, sink: ItemSink): void {
  const citation = schedule.citation(env, trigger);
  if (!citation) return;
  const due = trigger.due ?? trigger.date;
  const done = earliest(inWindow(kind.done(env, trigger), trigger));
  const timescale = typeof schedule.timescale === "function" ? schedule.timescale(env, trigger) : schedule.timescale;
  sink(env, kind, trigger, 0, due, done, { citation, noLimit: schedule.noLimit, timescale }, false, trigger.date);
}

/**
 * Runs a kind's schedule for one trigger, handing each item it finds to `sink`.
 * @example eachItem(env, kind, trigger, (...args) => items.push(makeItem(...args)))
 */
export function eachItem(env: TimelineEnv, kind: ItemKind, trigger: Trigger, sink: ItemSink): void {
  const s = kind.schedule;
  switch (s.type) {
    case "once":
      return once(env, kind, trigger, s, sink);
    case "every":
      return every(env, kind, trigger, s, sink);
    case "count":
      return count(env, kind, trigger, s, sink);
    case "dated":
      return dated(env, kind, trigger, s, sink);
  }
}
