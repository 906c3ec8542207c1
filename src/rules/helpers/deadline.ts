import type { RuleContext } from "../define-rule.js";
import { compareIsoDates, datePart, isIsoDateTime, parseDay } from "../../calendar/index.js";
import { describeTimescale, longDate } from "../../dates/describe.js";

/** The facts every deadline message can use: {{trigger}}, {{due}}, {{done}}, {{limit}}, {{elapsed}}, {{asOf}}. */
export type DeadlineData = Record<string, string | number | boolean>;

export interface DeadlineCheck {
  /** Day 0 (a date, or a date-time where the standard counts hours). */
  trigger: string;
  /** When it was done, if it was. */
  done: string | undefined;
  /** Profile timescale id, e.g. "lac-minutes". */
  timescale: string;
  /** JSON Pointer of the "done" field (reported even when it is missing). */
  path: string;
  /** Message ids: `late` (done after the due date) and `overdue` (not done, due date passed). */
  messages: { late: string; overdue?: string };
  /** Extra data for the messages. */
  data?: DeadlineData;
}

/**
 * Compares two dates or date-times (negative, 0 or positive); a bare date against a date-time
 * compares the dates. Throws DateError for a string that is neither, as datePart does.
 * @example compareMoments("2026-12-22T09:00", "2026-12-21") > 0 // true
 */
export function compareMoments(a: string, b: string): number {
  if (isIsoDateTime(a) && isIsoDateTime(b)) return a < b ? -1 : a > b ? 1 : 0;
  // Each day read once: comparing the two datePart()s read each string to check it and again to compare.
  return parseDay(a) - parseDay(b);
}

/**
 * "X within N of Y": reports `late` when done after the due date, `overdue` when not done and the
 * due date is before ctx.asOf. Returns the due date. The trigger is day 0; done on the due date passes.
 * @example checkWithin(ctx, { trigger: r.reviewDate, done: r.minutes?.sentOn, timescale: "lac-minutes",
 *   path: "/minutes/sentOn", messages: { late: "late", overdue: "overdue" } })
 */
export function checkWithin(ctx: RuleContext, check: DeadlineCheck): string {
  const t = ctx.timescale(check.timescale);
  const due = ctx.dueDate(check.trigger, check.timescale);
  // The message's facts are written only when there is something to report (most checks pass).
  if (check.done !== undefined) {
    if (compareMoments(check.done, due) > 0) {
      const data = deadlineData(ctx, check, t, due);
      data["done"] = longDate(check.done);
      data["elapsed"] = elapsedText(ctx, check.trigger, check.done, t.unit);
      ctx.report({ messageId: check.messages.late, path: check.path, data, timescale: check.timescale, due });
    }
  } else if (check.messages.overdue !== undefined && compareIsoDates(ctx.asOf, datePart(due)) > 0) {
    ctx.report({ messageId: check.messages.overdue, path: check.path, data: deadlineData(ctx, check, t, due), timescale: check.timescale, due });
  }
  return due;
}

/** {{trigger}}, {{due}}, {{limit}}, {{asOf}} and the check's own data, in that order. */
function deadlineData(ctx: RuleContext, check: DeadlineCheck, t: ReturnType<RuleContext["timescale"]>, due: string): DeadlineData {
  return {
    trigger: longDate(check.trigger),
    due: longDate(due),
    limit: describeTimescale(t),
    asOf: longDate(ctx.asOf),
    ...check.data,
  };
}

/**
 * "X at least N before Y" (reports to the family 24 hours before a conference): reports `late`
 * when done after the latest date, `overdue` when not done and the latest date has passed.
 * @example checkBefore(ctx, { trigger: conf.conferenceDate, done: report.sharedWithFamilyOn,
 *   timescale: "conference-report-to-family", path: "/socialWorkReport/sharedWithFamilyAt", messages: { late: "late" } })
 */
export function checkBefore(ctx: RuleContext, check: DeadlineCheck): string {
  const t = ctx.timescale(check.timescale);
  const latest = latestBefore(ctx.calendar, check.trigger, t);
  if (check.done !== undefined) {
    if (compareMoments(check.done, latest) > 0) {
      const data = deadlineData(ctx, check, t, latest);
      data["done"] = longDate(check.done);
      ctx.report({ messageId: check.messages.late, path: check.path, data, timescale: check.timescale, due: latest });
    }
  } else if (check.messages.overdue !== undefined && compareIsoDates(ctx.asOf, datePart(latest)) > 0) {
    ctx.report({ messageId: check.messages.overdue, path: check.path, data: deadlineData(ctx, check, t, latest), timescale: check.timescale, due: latest });
  }
  return latest;
}

/**
 * The latest date `t` before `trigger`, remembered for the last trigger asked about: a rule checks
 * every report of a review or conference against the same meeting, and counted it back again for
 * each. The answer depends only on the calendar, the trigger and the timescale's value and unit.
 */
function latestBefore(calendar: RuleContext["calendar"], trigger: string, t: ReturnType<RuleContext["timescale"]>): string {
  const last = lastLatest;
  if (last !== undefined && last.trigger === trigger && last.calendar === calendar && last.value === t.value && last.unit === t.unit) return last.latest;
  const latest = calendar.addDuration(trigger, { value: -t.value, unit: t.unit });
  lastLatest = { calendar, trigger, value: t.value, unit: t.unit, latest };
  return latest;
}

let lastLatest: { calendar: RuleContext["calendar"]; trigger: string; value: number; unit: string; latest: string } | undefined;

/** "21 working days" / "3 weeks": how long it took, in the timescale's unit, for messages. */
export function elapsedText(ctx: RuleContext, from: string, to: string, unit: Parameters<RuleContext["calendar"]["elapsed"]>[2]): string {
  if (unit === "hours" && (!isIsoDateTime(from) || !isIsoDateTime(to))) {
    return describeTimescale({ value: ctx.calendar.elapsed(datePart(from), datePart(to), "calendar_days"), unit: "calendar_days" });
  }
  return describeTimescale({ value: ctx.calendar.elapsed(from, to, unit), unit });
}
