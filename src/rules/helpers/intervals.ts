import type { RuleContext } from "../define-rule.js";
import { compareIsoDates } from "../../calendar/index.js";
import { describeTimescale, longDate } from "../../dates/describe.js";

export interface IntervalCheck {
  /** When the clock starts (placement start, conference): the first occurrence is due one interval after it. */
  start: string;
  /** Dates of the occurrences (visits, core groups), any order. */
  dates: readonly string[];
  /** When the duty ends (placement end, plan end); default: still running at ctx.asOf. */
  end?: string | undefined;
  /** Profile timescale id for the longest gap allowed. */
  timescale: string;
  /** Where to report. */
  path: string;
  /** `gap`: an occurrence came after its due date; `overdue`: none since the last, and the due date has passed. */
  messages: { gap: string; overdue: string };
  data?: Record<string, string | number | boolean>;
}

/**
 * "At least every N": walks the occurrences in date order from `start`; each must fall on or before
 * the previous one (or start) plus the timescale. Reports each late one, and an overdue next one.
 * @example checkIntervals(ctx, { start: plan.startDate, dates: visits, timescale: "cp-visit", path: "/events", messages: { gap: "gap", overdue: "overdue" } })
 */
export function checkIntervals(ctx: RuleContext, check: IntervalCheck): void {
  const t = ctx.timescale(check.timescale);
  const limit = describeTimescale(t);
  const end = check.end ?? ctx.asOf;
  const sorted = [...check.dates]
    .filter((d) => compareIsoDates(d, check.start) > 0 && compareIsoDates(d, end) <= 0)
    .sort(compareIsoDates);
  let previous = check.start;
  for (const date of sorted) {
    const due = ctx.dueDate(previous, check.timescale);
    if (compareIsoDates(date, due) > 0) {
      ctx.report({
        messageId: check.messages.gap,
        path: check.path,
        timescale: check.timescale,
        due,
        data: { previous: longDate(previous), due: longDate(due), done: longDate(date), limit, ...check.data },
      });
    }
    previous = date;
  }
  const next = ctx.dueDate(previous, check.timescale);
  if (compareIsoDates(next, end) < 0 && compareIsoDates(next, ctx.asOf) < 0) {
    ctx.report({
      messageId: check.messages.overdue,
      path: check.path,
      timescale: check.timescale,
      due: next,
      data: { previous: longDate(previous), due: longDate(next), asOf: longDate(ctx.asOf), limit, ...check.data },
    });
  }
}
