import type { RuleContext } from "../define-rule.js";
import { compareIsoDates } from "../../calendar/index.js";

/** One missed "at least every N": the occurrence before, the date the next was due, and when it came. */
export interface IntervalBreach {
  previous: string;
  due: string;
  /** The late occurrence, or undefined when none has come and the due date has passed. */
  done: string | undefined;
}

/**
 * The same walk as checkIntervals, returning the breaches instead of reporting them, for rules that
 * must do something with a breach first (West Berkshire asks for a dip audit and an escalation after
 * one). Occurrences after `start` and on or before `end` (default ctx.asOf) count; each must fall on
 * or before the previous one (or start) plus the timescale; an overdue next one is a breach with no
 * `done` once its due date is before both `end` and ctx.asOf.
 * @example intervalBreaches(ctx, { start: "2026-12-14", dates: visits, timescale: "cp-visit" }) // [{ previous: "2026-12-14", due: "2027-01-11", done: "2027-01-12" }]
 */
export function intervalBreaches(
  ctx: RuleContext,
  check: { start: string; dates: readonly string[]; end?: string | undefined; timescale: string },
): IntervalBreach[] {
  const end = check.end ?? ctx.asOf;
  const sorted = [...check.dates]
    .filter((d) => compareIsoDates(d, check.start) > 0 && compareIsoDates(d, end) <= 0)
    .sort(compareIsoDates);
  const out: IntervalBreach[] = [];
  let previous = check.start;
  for (const date of sorted) {
    const due = ctx.dueDate(previous, check.timescale);
    if (compareIsoDates(date, due) > 0) out.push({ previous, due, done: date });
    previous = date;
  }
  const next = ctx.dueDate(previous, check.timescale);
  if (compareIsoDates(next, end) < 0 && compareIsoDates(next, ctx.asOf) < 0) out.push({ previous, due: next, done: undefined });
  return out;
}
