/**
 * Integer arithmetic on day numbers (days since 1970-01-01): weekdays, calendar months, holiday
 * counts. No Date objects and no loops over days, because the validator runs these for every date
 * in 20,000 records a second; the working-day calendar builds on them.
 */
import { daysInMonth, toCivil, toDayNumber } from "./iso-date.js";

// 1970-01-05 (day 4) was a Monday: counting weeks from it makes the weekday formulas below simple.
const MONDAY_ZERO = 4;

/** Floor division that is right for negative numbers too (dates before 1970). */
function floorDiv(a: number, b: number): number {
  return Math.floor(a / b);
}

/**
 * Whether a day number is Monday to Friday.
 * @example isWeekdayNumber(20808) // true (Monday 21 December 2026)
 */
export function isWeekdayNumber(day: number): boolean {
  const k = day - MONDAY_ZERO;
  return k - 7 * floorDiv(k, 7) < 5;
}

/**
 * How many Mondays-to-Fridays come before `day` (counted from a fixed Monday; only differences
 * mean anything). Difference of two gives the weekdays in a range in constant time.
 * @example weekdaysBefore(d + 7) - weekdaysBefore(d) // 5, for any d
 */
export function weekdaysBefore(day: number): number {
  const k = day - MONDAY_ZERO;
  const weeks = floorDiv(k, 7);
  return 5 * weeks + Math.min(k - 7 * weeks, 5);
}

/**
 * Weekdays in the inclusive range [from, to]; 0 when to < from.
 * @example weekdaysIn(20808, 20814) // 5 (Mon 21 to Sun 27 December 2026)
 */
export function weekdaysIn(from: number, to: number): number {
  return to < from ? 0 : weekdaysBefore(to + 1) - weekdaysBefore(from);
}

/** The day number of the weekday with index `i` in the count that `weekdaysBefore` uses. */
function weekdayAt(i: number): number {
  const weeks = floorDiv(i, 5);
  return MONDAY_ZERO + 7 * weeks + (i - 5 * weeks);
}

/**
 * The n-th weekday after `day` (n > 0) or before it (n < 0); `day` itself when n is 0. Constant
 * time: weekdays repeat in a 7-day pattern, so we index them directly instead of stepping.
 * @example addWeekdays(20812, 1) // 20815 (Friday 25 December 2026 → Monday 28 December 2026)
 */
export function addWeekdays(day: number, n: number): number {
  if (n === 0) return day;
  // Forward: weekdays before day+1 include `day` if it is one, so the next is index W(day+1).
  return n > 0 ? weekdayAt(weekdaysBefore(day + 1) + n - 1) : weekdayAt(weekdaysBefore(day) + n);
}

/**
 * Adds calendar months, clamping to the month's last day (31 January + 1 month = 28 or 29 February),
 * the reading of "within N months" that never runs past the month the deadline falls in. Always
 * counted from the original date, so Jan 31 + 2 months is 31 March, not 28 March.
 * @example addMonthsToDayNumber(toDayNumber(2026, 1, 31), 1) === toDayNumber(2026, 2, 28)
 */
export function addMonthsToDayNumber(day: number, n: number): number {
  const c = toCivil(day);
  const total = c.year * 12 + (c.month - 1) + n;
  const year = floorDiv(total, 12);
  const month = total - 12 * year + 1;
  return toDayNumber(year, month, Math.min(c.day, daysInMonth(year, month)));
}

/**
 * First index in a sorted array whose value is >= `value` (binary search): the number of entries
 * below `value`, which turns "holidays in a range" into two searches.
 * @example lowerBound(Int32Array.from([1, 3, 5]), 4) // 2
 */
export function lowerBound(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * How many of the sorted day numbers fall in [from, to]; 0 when to < from.
 * @example countInRange(Int32Array.from([1, 3, 5]), 2, 5) // 2
 */
export function countInRange(sorted: ArrayLike<number>, from: number, to: number): number {
  return to < from ? 0 : lowerBound(sorted, to + 1) - lowerBound(sorted, from);
}
