/**
 * The working-day calendar. "Within N working days of X" (IRO Handbook 2010, Working Together 2023
 * timescales, authorities' IRO standards): X is day 0 and the next working day is day 1; a working
 * day is Monday to Friday and not an England and Wales bank holiday.
 * All arithmetic is on day numbers with constant-time weekday formulas and a binary search over the
 * ~9 bank holidays a year, so a count over months costs the same as a count over a day.
 */
import { addMonthsToDayNumber, addWeekdays, countInRange, isWeekdayNumber, weekdaysIn } from "./day-math.js";
import { addDurationWith, elapsedWith, type CalendarDuration, type DurationUnit, type WorkingDayCounter } from "./durations.js";
import { defaultHolidayData, type HolidayData } from "./holidays.js";
import { emitHorizonWarning, horizonWarning, type CalendarHorizon } from "./horizon.js";
import { fromDayNumber, parseDay, parseIsoDate } from "./iso-date.js";

/**
 * How to build a calendar. Both optional: the shipped 2018–2028 data, warnings as process warnings.
 * @example { holidays: readHolidayFile("bank-holidays.json"), onWarning: (m) => console.error(m) }
 */
export interface CalendarOptions {
  /** From `readHolidayFile` or `loadHolidayData`; replaces (does not merge with) the shipped data. */
  readonly holidays?: HolidayData | undefined;
  /** Told once per distinct horizon warning. Default: `process.emitWarning(message, "ReviewkitHorizonWarning")`. */
  readonly onWarning?: ((message: string) => void) | undefined;
}

/**
 * Working-day arithmetic on ISO dates. Every method takes a date ("2026-12-21") or a date-time
 * (whose date is used; only `addDuration` and `elapsed` in hours use the time) and returns dates.
 * Methods do not use `this`, so they can be passed around on their own.
 * @example const cal: WorkingDayCalendar = createCalendar(); cal.addWorkingDays("2026-12-10", 20) // "2027-01-12"
 */
export interface WorkingDayCalendar {
  /** Where the bank-holiday data stops, and where it came from. */
  readonly horizon: CalendarHorizon;
  /** Monday to Friday and not a bank holiday. @example cal.isWorkingDay("2026-12-28") // false (Boxing Day substitute) */
  isWorkingDay(date: string): boolean;
  /**
   * The n-th working day after `date` (day 0); n = 0 gives `date` itself, n < 0 counts back
   * ("3 working days before the conference"). @example cal.addWorkingDays("2026-12-22", 5) // "2026-12-31"
   */
  addWorkingDays(date: string, n: number): string;
  /**
   * Working days after `from` up to and including `to`; −workingDaysBetween(to, from) when to < from.
   * @example cal.workingDaysBetween("2026-12-10", "2027-01-12") // 20
   */
  workingDaysBetween(from: string, to: string): number;
  /** @example cal.addCalendarDays("2026-12-31", 1) // "2027-01-01" */
  addCalendarDays(date: string, n: number): string;
  /** @example cal.addWeeks("2026-12-21", 6) // "2027-02-01" */
  addWeeks(date: string, n: number): string;
  /** Calendar months, clamped at month end. @example cal.addMonths("2026-01-31", 1) // "2026-02-28" */
  addMonths(date: string, n: number): string;
  /** The bank holiday's title, or undefined. @example cal.holidayName("2027-12-27") // "Christmas Day" */
  holidayName(date: string): string | undefined;
  /**
   * The due date `duration` after `trigger` (see addDurationWith for hours from a bare date).
   * @example cal.addDuration("2026-12-10", { value: 20, unit: "working_days" }) // "2027-01-12"
   */
  addDuration(trigger: string, duration: CalendarDuration): string;
  /**
   * The amount of `unit` from `from` to `to` (see elapsedWith). @example cal.elapsed("2026-12-22", "2026-12-31", "working_days") // 5
   */
  elapsed(from: string, to: string, unit: DurationUnit): number;
}

/** Counts whose answers a calendar keeps (a profile has a dozen working-day timescales or so). */
const KEPT_COUNTS = 32;
/** Holiday data spanning more days than this keeps no answers (the shipped data spans 11 years). */
const KEPT_SPAN_DAYS = 100 * 366;

function checkWhole(n: number): void {
  // A fractional count is a caller's bug; rounding it either way could move a deadline.
  if (!Number.isInteger(n)) throw new RangeError(`a number of days must be a whole number, got ${n}`);
}

/**
 * Builds a calendar over the given bank holidays. Any answer that depends on a weekday outside the
 * data's horizon is still given (weekends only) but `onWarning` is told, once per distinct message.
 * Weekends outside the horizon need no warning: bank holidays are never on a weekend.
 * @example const cal = createCalendar({ holidays: readHolidayFile("bank-holidays.json"), onWarning: (m) => warnings.push(m) });
 */
export function createCalendar(options: CalendarOptions = {}): WorkingDayCalendar {
  const data = options.holidays ?? defaultHolidayData();
  const onWarning = options.onWarning ?? emitHorizonWarning;
  const horizon: CalendarHorizon = Object.freeze({ firstDate: data.firstDate, lastDate: data.lastDate, source: data.source });
  const firstDay = parseIsoDate(data.firstDate);
  const lastDay = parseIsoDate(data.lastDate);
  const names = data.holidays;
  // Only holidays on weekdays change a count: weekends are non-working already.
  const weekdayHolidays = Int32Array.from([...names.keys()].filter(isWeekdayNumber).sort((a, b) => a - b));
  const warned = new Set<string>();

  function warn(day: number): void {
    const message = horizonWarning(horizon, fromDayNumber(day));
    if (warned.has(message)) return;
    warned.add(message);
    onWarning(message);
  }

  /** Records that an answer looked at the days lo..hi; warns, naming the far end, if a weekday there is unknown. */
  function looked(lo: number, hi: number): void {
    if (lo < firstDay && weekdaysIn(lo, Math.min(hi, firstDay - 1)) > 0) warn(lo);
    if (hi > lastDay && weekdaysIn(Math.max(lo, lastDay + 1), hi) > 0) warn(hi);
  }

  function isWorkingDayNumber(day: number): boolean {
    looked(day, day);
    return isWeekdayNumber(day) && !names.has(day);
  }

  function between(from: number, to: number): number {
    if (to < from) return 0 - between(to, from); // 0 - x, not -x: never -0
    if (to === from) return 0;
    looked(from + 1, to);
    return weekdaysIn(from + 1, to) - countInRange(weekdayHolidays, from + 1, to);
  }

  // Answers kept by count and start day: a validation asks the same few counts (its profile's
  // working-day timescales) from the same days over and over, about 14,000 times a pass over the
  // bench's single records and 70,000 over its case files. Only answers inside the data's horizon are
  // kept, where no warning can be due, so a kept answer is exactly what counting again would give.
  // Day numbers only: nothing of any record. One table per count, as long as the horizon (a day
  // number there is never 0, so 0 is "not kept"), for up to KEPT_COUNTS counts.
  const kept = new Map<number, Int32Array>();
  const keepable = firstDay > 0 && lastDay - firstDay < KEPT_SPAN_DAYS;

  function addWorking(day: number, n: number): number {
    checkWhole(n);
    if (n === 0) return day;
    const slot = day - firstDay;
    let table = kept.get(n);
    if (table !== undefined && slot >= 0 && slot < table.length) {
      const known = table[slot]!;
      if (known !== 0) return known;
    }
    const x = countWorking(day, n);
    if (keepable && slot >= 0 && day <= lastDay && (n > 0 ? x <= lastDay : x >= firstDay)) {
      if (table === undefined && kept.size < KEPT_COUNTS) kept.set(n, (table = new Int32Array(lastDay - firstDay + 1)));
      if (table !== undefined) table[slot] = x;
    }
    return x;
  }

  /** addWorking's count itself, telling `looked` what it looked at. */
  function countWorking(day: number, n: number): number {
    // Jump n weekdays, then as many more as the holidays we jumped over, until a jump meets none.
    let x = addWeekdays(day, n);
    if (n > 0) {
      let from = day + 1;
      for (let h = countInRange(weekdayHolidays, from, x); h > 0; h = countInRange(weekdayHolidays, from, x)) {
        from = x + 1;
        x = addWeekdays(x, h);
      }
      looked(day + 1, x);
    } else {
      let to = day - 1;
      for (let h = countInRange(weekdayHolidays, x, to); h > 0; h = countInRange(weekdayHolidays, x, to)) {
        to = x - 1;
        x = addWeekdays(x, -h);
      }
      looked(x, day - 1);
    }
    return x;
  }

  const counter: WorkingDayCounter = { addWorkingDays: addWorking, workingDaysBetween: between };

  return Object.freeze({
    horizon,
    isWorkingDay: (date: string) => isWorkingDayNumber(parseDay(date)),
    addWorkingDays: (date: string, n: number) => fromDayNumber(addWorking(parseDay(date), n)),
    workingDaysBetween: (from: string, to: string) => between(parseDay(from), parseDay(to)),
    addCalendarDays: (date: string, n: number) => (checkWhole(n), fromDayNumber(parseDay(date) + n)),
    addWeeks: (date: string, n: number) => (checkWhole(n), fromDayNumber(parseDay(date) + 7 * n)),
    addMonths: (date: string, n: number) => (checkWhole(n), fromDayNumber(addMonthsToDayNumber(parseDay(date), n))),
    holidayName: (date: string) => {
      const day = parseDay(date);
      looked(day, day);
      return names.get(day);
    },
    addDuration: (trigger: string, duration: CalendarDuration) => addDurationWith(counter, trigger, duration),
    elapsed: (from: string, to: string, unit: DurationUnit) => elapsedWith(counter, from, to, unit),
  });
}
