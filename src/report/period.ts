/**
 * Reporting periods: whether a date falls in one, and the period before it for comparisons.
 */
import { addMonthsToDayNumber, compareIsoDates, datePart, daysInMonth, fromDayNumber, parseDay, toCivil } from "../calendar/index.js";
import type { ReportPeriod } from "./types.js";

/**
 * True when the date (or the date of a date-time) is in the period, both ends included: a review on
 * the period's last day counts.
 * @example inPeriod("2027-03-31", { from: "2026-04-01", to: "2027-03-31" }) // true
 */
export function inPeriod(date: string | undefined, period: ReportPeriod): boolean {
  if (date === undefined) return false;
  const d = datePart(date);
  return compareIsoDates(d, period.from) >= 0 && compareIsoDates(d, period.to) <= 0;
}

/**
 * The period just before: the same number of whole calendar months when the period is whole months
 * (a quarter's previous quarter, a year's previous year), else the same number of days.
 * @example previousPeriod({ from: "2027-01-01", to: "2027-03-31" }) // { from: "2026-10-01", to: "2026-12-31" }
 */
export function previousPeriod(period: ReportPeriod): ReportPeriod {
  const from = parseDay(period.from);
  const to = parseDay(period.to);
  const a = toCivil(from);
  const b = toCivil(to);
  if (a.day === 1 && b.day === daysInMonth(b.year, b.month)) {
    const months = (b.year - a.year) * 12 + (b.month - a.month) + 1;
    return { from: fromDayNumber(addMonthsToDayNumber(from, -months)), to: fromDayNumber(from - 1) };
  }
  const days = to - from + 1;
  return { from: fromDayNumber(from - days), to: fromDayNumber(from - 1) };
}
