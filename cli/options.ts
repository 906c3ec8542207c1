import { createCalendar, readHolidayFile, type HolidayData, type WorkingDayCalendar } from "../src/calendar/index.js";
import { parseIsoDate } from "../src/calendar/index.js";
import { UsageError, DateError } from "../src/errors.js";
import { printable } from "../src/io/printable.js";
import type { CliIo } from "./io.js";

/**
 * The calendar the command line asks for: --holidays replaces the shipped bank holidays, and
 * horizon warnings go to stderr once each. Also checks --as-of is a real date.
 */
export function resolveCalendar(args: { holidays?: string; "as-of"?: string }, io: CliIo): WorkingDayCalendar {
  return createCalendar(calendarOptions(args, io));
}

/**
 * The calendar the command line asks for, as data (worker threads make their own from it): the
 * --holidays data if given and the stderr warning. Also checks --as-of is a real date.
 * @example createCalendar(calendarOptions({ holidays: "bank-holidays.json" }, io))
 */
export function calendarOptions(args: { holidays?: string; "as-of"?: string }, io: CliIo): { holidays?: HolidayData; onWarning: (message: string) => void } {
  if (args["as-of"] !== undefined) checkDateOption(args["as-of"], "--as-of");
  const onWarning = (message: string) => io.stderr(`reviewkit: warning: ${printable(message)}\n`);
  return args.holidays === undefined ? { onWarning } : { holidays: readHolidayFile(args.holidays), onWarning };
}

/**
 * --jobs: how many threads validate and report may use (1: this one alone), or a UsageError.
 * @example jobsOption(undefined) // undefined: the library's default, every core
 */
export function jobsOption(jobs: unknown): number | undefined {
  if (jobs === undefined) return undefined;
  if (typeof jobs !== "number" || !Number.isInteger(jobs) || jobs < 1 || jobs > 256) throw new UsageError("--jobs must be a whole number from 1 to 256");
  return jobs;
}

/** Today, or a step's date, is within these years; past them, due dates run off the calendar (year 10000). */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2199;

/**
 * A date given on the command line (`--as-of`, `--date`): a real date, in years a case could be
 * worked in, or a UsageError naming the option. `--as-of 9999-12-31` used to end in "day 2932926
 * is outside the years 0000–9999" with no option named.
 * @example checkDateOption("2026-11-23", "--as-of")
 */
export function checkDateOption(date: string, option: string): void {
  try {
    parseIsoDate(date);
  } catch (err) {
    if (err instanceof DateError) throw new UsageError(`${option} ${err.message}`);
    throw err;
  }
  const year = Number(date.slice(0, 4));
  if (year < FIRST_YEAR || year > LAST_YEAR) throw new UsageError(`${option} must be a date from ${FIRST_YEAR} to ${LAST_YEAR}`);
}
