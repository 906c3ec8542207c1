/**
 * Working days, dates and bank holidays for reviewkit. Most code takes a `WorkingDayCalendar`
 * (rules get one on `ctx.calendar`) so a user's newer holiday file reaches every count; the
 * root-level functions here use the default calendar (shipped 2018–2028 data) for quick use.
 */
import { createCalendar, type WorkingDayCalendar } from "./working-days.js";

export * from "./iso-date.js";
export * from "./day-math.js";
export * from "./holidays.js";
export * from "./horizon.js";
export * from "./durations.js";
export * from "./working-days.js";

let shared: WorkingDayCalendar | undefined;

/**
 * The calendar over the shipped bank holidays, made on first use; horizon warnings become process
 * warnings (`ReviewkitHorizonWarning`), once per distinct message.
 * @example defaultCalendar().horizon.lastDate // "2028-12-31"
 */
export function defaultCalendar(): WorkingDayCalendar {
  shared ??= createCalendar();
  return shared;
}

/**
 * `defaultCalendar().addWorkingDays`: the n-th working day after `date` (day 0).
 * @example addWorkingDays("2026-12-22", 5) // "2026-12-31"
 */
export function addWorkingDays(date: string, n: number): string {
  return defaultCalendar().addWorkingDays(date, n);
}

/**
 * `defaultCalendar().workingDaysBetween`: working days after `from` up to and including `to`.
 * @example workingDaysBetween("2026-12-24", "2026-12-29") // 1
 */
export function workingDaysBetween(from: string, to: string): number {
  return defaultCalendar().workingDaysBetween(from, to);
}

/**
 * `defaultCalendar().isWorkingDay`: Monday to Friday and not an England and Wales bank holiday.
 * @example isWorkingDay("2026-12-25") // false
 */
export function isWorkingDay(date: string): boolean {
  return defaultCalendar().isWorkingDay(date);
}
