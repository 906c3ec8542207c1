/**
 * Timescales as profiles state them — a value and a unit — turned into due dates and back into
 * elapsed amounts. Kept apart from the working-day arithmetic so each file has one job.
 */
import { DateError } from "../errors.js";
import { addMonthsToDayNumber } from "./day-math.js";
import { fromDateTimeParts, fromDayNumber, isIsoDate, isIsoDateTime, parseDay, parseIsoDateTime, toCivil } from "./iso-date.js";

/**
 * The units a profile timescale can use (schemas/profile.schema.json), in the profile's spelling.
 * @example DURATION_UNITS.includes(unit as DurationUnit)
 */
export const DURATION_UNITS = ["working_days", "calendar_days", "weeks", "months", "hours"] as const;
/**
 * One of DURATION_UNITS.
 * @example const unit: DurationUnit = "working_days";
 */
export type DurationUnit = (typeof DURATION_UNITS)[number];

/**
 * How each unit reads in a sentence.
 * @example `${n} ${DURATION_UNIT_LABELS[unit]}` // "20 working days"
 */
export const DURATION_UNIT_LABELS = {
  working_days: "working days",
  calendar_days: "calendar days",
  weeks: "weeks",
  months: "months",
  hours: "hours",
} as const satisfies Record<DurationUnit, string>;

/**
 * A timescale's amount: structurally the same as a profile's `{ value, unit }`.
 * @example const minutes: CalendarDuration = { value: 20, unit: "working_days" };
 */
export interface CalendarDuration {
  readonly value: number;
  readonly unit: DurationUnit;
}

/**
 * The working-day operations durations need, on day numbers (createCalendar supplies them).
 * @example const counter: WorkingDayCounter = { addWorkingDays: (d, n) => d + n, workingDaysBetween: (a, b) => b - a }; // a 7-day week, for tests
 */
export interface WorkingDayCounter {
  addWorkingDays(day: number, n: number): number;
  workingDaysBetween(from: number, to: number): number;
}

function checkInteger(n: number, what: string): void {
  // A fractional timescale is a profile bug; rounding it either way could move a deadline.
  if (!Number.isInteger(n)) throw new RangeError(`${what} must be a whole number, got ${n}`);
}

function unknownUnit(unit: never): never {
  throw new RangeError(`unknown unit ${JSON.stringify(unit)}; expected one of ${DURATION_UNITS.join(", ")}`);
}

/**
 * The due date of `duration` after `trigger` (day 0). Every unit but hours counts whole days, so a
 * date-time trigger counts as its date and the answer is a date.
 * Hours: from a date-time, the exact date-time 24 h later on the wall clock (records hold local
 * time without a zone, and people read "24 hours after 14:30 Saturday" as 14:30 Sunday even across
 * a clock change). From a bare date we do not know the hour, so we take the latest it could be:
 * the event could have been at 23:59, so 24 hours can end the next day at the latest — the date is
 * trigger + ceil(hours / 24) days. That never calls a deadline missed when it may have been met.
 * The same holds for negative hours ("at least 24 hours before a conference" on a bare date: the
 * conference may be at 23:59, so the latest moment is the day before, ceil(-24 / 24) = -1 day).
 * @example addDurationWith(counter, "2026-12-10", { value: 20, unit: "working_days" }) // "2027-01-12"
 * @example addDurationWith(counter, "2026-12-21T14:30", { value: 24, unit: "hours" }) // "2026-12-22T14:30"
 * @example addDurationWith(counter, "2026-12-21", { value: 24, unit: "hours" }) // "2026-12-22"
 */
export function addDurationWith(counter: WorkingDayCounter, trigger: string, duration: CalendarDuration): string {
  const { value, unit } = duration;
  checkInteger(value, `a duration in ${unit}`);
  if (unit === "hours") {
    if (!isIsoDateTime(trigger)) return fromDayNumber(parseDay(trigger) + Math.ceil(value / 24));
    const t = parseIsoDateTime(trigger);
    const total = t.minutes * 60 + t.seconds + value * 3600;
    const days = Math.floor(total / 86400);
    const rest = total - days * 86400;
    return fromDateTimeParts({ day: t.day + days, minutes: Math.floor(rest / 60), seconds: rest % 60 });
  }
  const day = parseDay(trigger);
  switch (unit) {
    case "working_days":
      return fromDayNumber(counter.addWorkingDays(day, value));
    case "calendar_days":
      return fromDayNumber(day + value);
    case "weeks":
      return fromDayNumber(day + 7 * value);
    case "months":
      return fromDayNumber(addMonthsToDayNumber(day, value));
    default:
      return unknownUnit(unit);
  }
}

/** Whole calendar months from `from` to `to` (from <= to): the most m with from + m months <= to. */
function wholeMonths(from: number, to: number): number {
  const a = toCivil(from);
  const b = toCivil(to);
  const m = b.year * 12 + b.month - (a.year * 12 + a.month);
  return addMonthsToDayNumber(from, m) > to ? m - 1 : m;
}

/**
 * How much of `unit` lies between two dates, for messages ("sent 7 working days after the review").
 * Working days: as workingDaysBetween. Calendar days: the difference. Weeks and months: whole ones
 * completed (months clamped like addMonths). Hours: exact, and only between two date-times — from a
 * bare date the hours are unknown, so we refuse rather than guess. Negative when `to` is before `from`.
 * To decide whether a deadline was missed, compare with addDuration's due date instead: an action on
 * the Saturday after a Friday deadline is late though no working day has passed.
 * @example elapsedWith(counter, "2026-12-22", "2026-12-31", "working_days") // 5
 * @example elapsedWith(counter, "2026-01-31", "2026-02-28", "months") // 1
 */
export function elapsedWith(counter: WorkingDayCounter, from: string, to: string, unit: DurationUnit): number {
  if (unit === "hours") {
    for (const s of [from, to]) {
      if (isIsoDate(s)) throw new DateError(`hours can only be counted between two date-times; "${s}" has no time`);
    }
    const a = parseIsoDateTime(from);
    const b = parseIsoDateTime(to);
    return ((b.day - a.day) * 86400 + (b.minutes - a.minutes) * 60 + (b.seconds - a.seconds)) / 3600;
  }
  const a = parseDay(from);
  const b = parseDay(to);
  switch (unit) {
    case "working_days":
      return counter.workingDaysBetween(a, b);
    case "calendar_days":
      return b - a;
    case "weeks":
      return Math.trunc((b - a) / 7) + 0; // + 0 turns -0 into 0
    case "months":
      return b >= a ? wholeMonths(a, b) : -wholeMonths(b, a) + 0;
    default:
      return unknownUnit(unit);
  }
}
