/**
 * The custom string formats reviewkit's schemas use, beyond ajv-formats.
 *
 * `local-date-time` is a wall-clock date and time with no zone, used only where a standard counts
 * hours (KCP-1.2 plan within 24 hours, KSW-3.REP report 24 hours before, WB-1.R24 approval in 48
 * hours). Records never carry zones: every time is local to the authority in England.
 */

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?$/;

/**
 * True when `value` is a real calendar date and time in the form `YYYY-MM-DDTHH:MM` or
 * `YYYY-MM-DDTHH:MM:SS`, hours 00–23, with no time zone.
 * @example isLocalDateTime("2026-12-21T09:30") // true
 * @example isLocalDateTime("2026-02-30T09:30") // false: no 30 February
 */
export function isLocalDateTime(value: string): boolean {
  const m = LOCAL_DATE_TIME.exec(value);
  if (!m) return false;
  return isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= days;
}

/** Name of the custom format, as schemas spell it. */
export const LOCAL_DATE_TIME_FORMAT = "local-date-time";
