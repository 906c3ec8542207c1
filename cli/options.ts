import { createCalendar, readHolidayFile, type WorkingDayCalendar } from "../src/calendar/index.js";
import { parseIsoDate } from "../src/calendar/index.js";
import { UsageError, DateError } from "../src/errors.js";
import { printable } from "../src/io/printable.js";

/**
 * The calendar the command line asks for: --holidays replaces the shipped bank holidays, and
 * horizon warnings go to stderr once each. Also checks --as-of is a real date.
 */
export function resolveCalendar(args: { holidays?: string; "as-of"?: string }): WorkingDayCalendar {
  if (args["as-of"] !== undefined) {
    try {
      parseIsoDate(args["as-of"]);
    } catch (err) {
      if (err instanceof DateError) throw new UsageError(`--as-of ${err.message}`);
      throw err;
    }
  }
  const onWarning = (message: string) => process.stderr.write(`reviewkit: warning: ${printable(message)}\n`);
  return args.holidays === undefined
    ? createCalendar({ onWarning })
    : createCalendar({ holidays: readHolidayFile(args.holidays), onWarning });
}
