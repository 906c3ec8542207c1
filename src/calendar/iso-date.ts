/**
 * ISO dates as plain strings. A date is "2026-12-21", never a JS Date at midnight: a Date carries a
 * time zone, and a midnight-UTC Date shown in British Summer Time is still the right day, but one
 * built from local midnight and read as UTC is the day before — a deadline one day wrong. Internally
 * a date is a day number (days since 1970-01-01), so arithmetic is integer arithmetic.
 * A date-time ("2026-12-21T14:30", seconds allowed) is local wall-clock time with no zone; it is
 * used only where a standard counts hours.
 */
import { DateError } from "../errors.js";

/**
 * A date-time split into its day number and the time of day.
 * @example const { day, minutes } = parseIsoDateTime("2026-12-21T14:30"); // 20808, 870
 */
export interface IsoDateTimeParts {
  /** Days since 1970-01-01. */
  readonly day: number;
  /** Minutes since midnight, 0–1439. */
  readonly minutes: number;
  /** Seconds within the minute, 0–59 (0 when the string had none). */
  readonly seconds: number;
}

// Recognised only to give a better message: reviewkit date-times are local, so a zone is an error.
const ZONED_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/;
const MONTHS = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
] as const;

/**
 * Whether `year` is a leap year in the Gregorian calendar (every 4th year, not centuries, but 400s).
 * @example isLeapYear(2028) // true; isLeapYear(2100) // false
 */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Days in a month (month 1–12), February by leap year. Used to clamp "one month after 31 January".
 * @example daysInMonth(2028, 2) // 29
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Day number of a civil date, without any Date object (H. Hinnant's days_from_civil): exact for the
 * proleptic Gregorian calendar and much faster than building Dates in the validator's hot loops.
 * The caller guarantees the date is real.
 * @example toDayNumber(1970, 1, 1) // 0; toDayNumber(2026, 12, 21) // 20808
 */
export function toDayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * The civil date of a day number, the inverse of `toDayNumber` (Hinnant's civil_from_days).
 * @example toCivil(20808) // { year: 2026, month: 12, day: 21 }
 */
export function toCivil(dayNumber: number): { year: number; month: number; day: number } {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

// Reading a date is a few array reads rather than days_from_civil's divisions: the validator reads
// every date of every record several times over. Years 0000–9999 are all four digits can write.
/** Day number of 1 January of each year 0000–10000. */
const YEAR_START = new Int32Array(10_001);
/** 12 for a leap year, else 0: the offset of that year's row in MONTH_START and MONTH_DAYS. */
const LEAP_ROW = new Uint8Array(10_000);
YEAR_START[0] = toDayNumber(0, 1, 1);
for (let y = 0; y < 10_000; y++) {
  LEAP_ROW[y] = isLeapYear(y) ? 12 : 0;
  YEAR_START[y + 1] = YEAR_START[y]! + (isLeapYear(y) ? 366 : 365);
}
/** Days before each month (index month - 1), a common year's then a leap year's. */
const MONTH_START = Int32Array.of(0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335);
/** Days in each month, a common year's then a leap year's. */
const MONTH_DAYS = Uint8Array.of(31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31);

/** Day number if y-m-d (year 0–9999) is a real date, else NOT_REAL: toDayNumber's, from the tables. */
function realDay(y: number, m: number, d: number): number {
  if (m < 1 || m > 12 || d < 1) return NOT_REAL;
  const i = LEAP_ROW[y]! + m - 1;
  return d > MONTH_DAYS[i]! ? NOT_REAL : YEAR_START[y]! + MONTH_START[i]! + d - 1;
}

// The shapes are read character by character rather than with regular expressions: the validator
// parses every date of every record several times over, and a RegExp match (its array, its
// substrings, Number() on each) was most of that cost. Read as /^(\d{4})-(\d{2})-(\d{2})$/ and
// /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/, ASCII digits only.
const NOT_SHAPED = -1e9; // below any day number of years 0000–9999
const NOT_REAL = -2e9;
const HYPHEN = 45;
const COLON = 58;
const LETTER_T = 84;

/** The two-digit number at s[i], s[i + 1], or -1 unless both are ASCII digits. */
function twoDigits(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/** Day number of the YYYY-MM-DD in s[0..9]; NOT_SHAPED or NOT_REAL otherwise. The caller checks the length. */
function leadingDay(s: string): number {
  const hi = twoDigits(s, 0);
  const lo = twoDigits(s, 2);
  const m = twoDigits(s, 5);
  const d = twoDigits(s, 8);
  if (hi < 0 || lo < 0 || m < 0 || d < 0 || s.charCodeAt(4) !== HYPHEN || s.charCodeAt(7) !== HYPHEN) return NOT_SHAPED;
  return realDay(hi * 100 + lo, m, d);
}

/** Day number of a string shaped YYYY-MM-DD (length 10 exactly); NOT_SHAPED or NOT_REAL otherwise. */
function dateDay(s: unknown): number {
  return typeof s === "string" && s.length === 10 ? leadingDay(s) : NOT_SHAPED;
}

const NO_TIME = -1; // not shaped as a date-time
const NOT_REAL_TIME = -2; // shaped as one, but 24:00, 12:60 and the like

/**
 * The time of day, in seconds, of a string shaped as a date-time (length 16 or 19); NO_TIME when
 * it is not shaped so, NOT_REAL_TIME for 24:00 and the like. A number rather than an object: the
 * validator and the timeline read the day of a date-time hundreds of times per case file.
 */
function timeOfDay(s: string): number {
  const long = s.length === 19;
  if (!(long || s.length === 16) || s.charCodeAt(10) !== LETTER_T || s.charCodeAt(13) !== COLON) return NO_TIME;
  const h = twoDigits(s, 11);
  const min = twoDigits(s, 14);
  const sec = long ? (s.charCodeAt(16) === COLON ? twoDigits(s, 17) : -1) : 0;
  if (h < 0 || min < 0 || sec < 0) return NO_TIME;
  return h <= 23 && min <= 59 && sec <= 59 ? (h * 60 + min) * 60 + sec : NOT_REAL_TIME;
}

/** The day number of a real date-time (the time real too), else NOT_SHAPED: parseIsoDateTime's day, or where it throws. */
function realDateTimeDay(s: string): number {
  if (timeOfDay(s) < 0) return NOT_SHAPED;
  const day = leadingDay(s);
  return day > NOT_SHAPED ? day : NOT_SHAPED;
}

/**
 * Names a bad value in an error without quoting record content: a date field can hold anything, and
 * error messages end up in logs (see errors.ts). Only date-like text is echoed.
 */
function show(value: unknown): string {
  if (typeof value !== "string") return value === null ? "null" : Array.isArray(value) ? "a list" : `a ${typeof value}`;
  return /^[0-9T:.+\-Z ]{0,32}$/.test(value) ? JSON.stringify(value) : `a text of ${value.length} characters`;
}

/**
 * Whether `s` is a real calendar date in the form YYYY-MM-DD (2026-02-30 and 2026-1-5 are not).
 * @example isIsoDate("2028-02-29") // true; isIsoDate("2027-02-29") // false
 */
export function isIsoDate(s: unknown): s is string {
  return dateDay(s) > NOT_SHAPED;
}

/**
 * Day number of a real ISO date (YYYY-MM-DD), or undefined: isIsoDate and parseIsoDate in one parse,
 * for callers that try many dates and take another path for the rest.
 * @example isoDayOrUndefined("2026-12-21") // 20808; isoDayOrUndefined("2026-12-21T14:30") // undefined
 */
export function isoDayOrUndefined(s: unknown): number | undefined {
  const day = dateDay(s);
  return day > NOT_SHAPED ? day : undefined;
}

/**
 * Day number (days since 1970-01-01) of an ISO date; throws DateError saying what is wrong.
 * `where` (e.g. a JSON Pointer) is carried on the error for the person fixing the record.
 * @example parseIsoDate("2026-12-21") // 20808
 * @example parseIsoDate("2026-02-30", "/review/date") // throws DateError: "2026-02-30" is not a real date
 */
export function parseIsoDate(s: string, where?: string): number {
  const day = dateDay(s);
  if (day > NOT_SHAPED) return day;
  if (day === NOT_SHAPED) {
    const message = isIsoDateTime(s)
      ? `${show(s)} is a date-time; a date (YYYY-MM-DD) is needed here`
      : `${show(s)} is not a date in the form YYYY-MM-DD`;
    throw new DateError(message, undefined, where);
  }
  throw new DateError(`${show(s)} is not a real date`, undefined, where);
}

/**
 * Whether `s` is a real local date-time "YYYY-MM-DDTHH:MM" or "YYYY-MM-DDTHH:MM:SS" (no zone; 24:00 is not a time).
 * @example isIsoDateTime("2026-12-21T14:30") // true; isIsoDateTime("2026-12-21T24:00") // false
 */
export function isIsoDateTime(s: unknown): s is string {
  if (typeof s !== "string") return false;
  return timeOfDay(s) >= 0 && leadingDay(s) > NOT_SHAPED;
}

/**
 * Splits a local date-time into day number and time of day; throws DateError saying what is wrong.
 * @example parseIsoDateTime("2026-12-21T14:30") // { day: 20808, minutes: 870, seconds: 0 }
 * @example parseIsoDateTime("2026-12-21T24:00") // throws DateError: "2026-12-21T24:00" is not a real time
 */
export function parseIsoDateTime(s: string, where?: string): IsoDateTimeParts {
  const time = typeof s === "string" ? timeOfDay(s) : NO_TIME;
  const day = time === NO_TIME ? NOT_SHAPED : leadingDay(s);
  if (day === NOT_SHAPED) {
    let message = `${show(s)} is not a date-time in the form YYYY-MM-DDTHH:MM or YYYY-MM-DDTHH:MM:SS`;
    if (isIsoDate(s)) message = `${show(s)} has no time; a date-time (YYYY-MM-DDTHH:MM) is needed here`;
    else if (typeof s === "string" && ZONED_RE.test(s)) {
      message = `${show(s)} has a time zone; reviewkit date-times are local time without a zone (YYYY-MM-DDTHH:MM)`;
    }
    throw new DateError(message, undefined, where);
  }
  if (day === NOT_REAL) throw new DateError(`${show(s)} is not a real date`, undefined, where);
  if (time < 0) throw new DateError(`${show(s)} is not a real time`, undefined, where);
  return { day, minutes: Math.floor(time / 60), seconds: time % 60 };
}

/**
 * Day number of a date or a date-time (its date). Working days, weeks and months count whole days,
 * so where a record gives a time the day is what matters.
 * @example parseDay("2026-12-21T14:30") // 20808, the same as parseDay("2026-12-21")
 */
export function parseDay(s: string, where?: string): number {
  if (!hasTime(s)) return parseIsoDate(s, where);
  // A real date-time's day without its parts; anything else goes on to parseIsoDateTime for its error.
  const day = realDateTimeDay(s);
  return day > NOT_SHAPED ? day : parseIsoDateTime(s, where).day;
}

/** Whether a string is shaped as a date-time (a "T" after the date), to pick the parser and its message. */
function hasTime(s: string): boolean {
  return typeof s === "string" && s.charCodeAt(10) === 84; // "T"
}

/**
 * The ISO date of a day number. Throws DateError outside years 0000–9999, which ISO strings cannot hold.
 * @example fromDayNumber(20808) // "2026-12-21"
 */
export function fromDayNumber(n: number): string {
  // The validator writes the same few thousand due dates over and over: 1970–2169 are kept once written.
  if (n >= 0 && n < CACHED_DAYS && Number.isInteger(n)) {
    const known = writtenDays[n];
    if (known !== undefined) return known;
    return (writtenDays[n] = writeDay(n));
  }
  return writeDay(n);
}

const CACHED_DAYS = 73_049; // day numbers of 1970-01-01 to 2169-12-31
// Filled as days are written; a plain array indexed by day number (no hashing). Made at its full
// length: an empty array written at index 20,000 becomes a dictionary, which is hashing again.
const writtenDays: (string | undefined)[] = new Array<string | undefined>(CACHED_DAYS).fill(undefined);

/** fromDayNumber's work: the date string of a day number, checked. */
function writeDay(n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`day number ${n} is not an integer`);
  const { year, month, day } = toCivil(n);
  if (year < 0 || year > 9999) throw new DateError(`day ${n} is outside the years 0000–9999`);
  return `${String(year).padStart(4, "0")}-${month < 10 ? "0" : ""}${month}-${day < 10 ? "0" : ""}${day}`;
}

/**
 * The local date-time string of a day number and time of day; seconds are written only when not 0,
 * so a minute-precision input comes back in the same form.
 * @example fromDateTimeParts({ day: 20808, minutes: 870, seconds: 0 }) // "2026-12-21T14:30"
 */
export function fromDateTimeParts(parts: IsoDateTimeParts): string {
  const pad = (n: number): string => (n < 10 ? `0${n}` : String(n));
  const time = `${pad(Math.floor(parts.minutes / 60))}:${pad(parts.minutes % 60)}`;
  return `${fromDayNumber(parts.day)}T${time}${parts.seconds === 0 ? "" : `:${pad(parts.seconds)}`}`;
}

/**
 * ISO weekday of a day number: 1 = Monday … 7 = Sunday. 1970-01-01 (day 0) was a Thursday.
 * @example weekdayOfDayNumber(20808) // 1 (Monday 21 December 2026)
 */
export function weekdayOfDayNumber(n: number): number {
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

/**
 * ISO weekday of a date (or a date-time's date): 1 = Monday … 7 = Sunday.
 * @example dayOfWeek("2026-12-25") // 5 (Friday)
 */
export function dayOfWeek(s: string): number {
  return weekdayOfDayNumber(parseDay(s));
}

/**
 * The calendar day after a date (a date-time's own date), across month and year ends.
 * @example dayAfter("2026-12-31") // "2027-01-01"
 */
export function dayAfter(date: string): string {
  return fromDayNumber(parseDay(date) + 1);
}

/**
 * The calendar day before a date (a date-time's own date).
 * @example dayBefore("2027-03-01") // "2027-02-28"
 */
export function dayBefore(date: string): string {
  return fromDayNumber(parseDay(date) - 1);
}

/**
 * Orders dates and date-times for sorting: negative, 0 or positive. A bare date sorts before any
 * time on the same day, so "2026-12-21" < "2026-12-21T00:00" — a stable rule, not a claim about when.
 * @example ["2026-12-22", "2026-12-21"].sort(compareIsoDates) // ["2026-12-21", "2026-12-22"]
 */
export function compareIsoDates(a: string, b: string): number {
  return isoSortKey(a) - isoSortKey(b);
}

/**
 * The number compareIsoDates compares: a caller comparing one date with many works it out once.
 * `compareIsoDates(a, b) === isoSortKey(a) - isoSortKey(b)`; throws DateError as compareIsoDates does.
 * @example isoSortKey("2026-12-21") < isoSortKey("2026-12-21T00:00") // true
 */
export function isoSortKey(s: string): number {
  if (hasTime(s)) {
    // day * 86401 + 1 + minutes * 60 + seconds for a real date-time, without its parts; anything
    // else goes on to parseIsoDateTime for its error.
    const time = timeOfDay(s);
    const day = time >= 0 ? leadingDay(s) : NOT_SHAPED;
    if (day > NOT_SHAPED) return day * 86401 + 1 + time;
    const t = parseIsoDateTime(s);
    return t.day * 86401 + 1 + t.minutes * 60 + t.seconds;
  }
  return parseIsoDate(s) * 86401;
}

/**
 * The date (YYYY-MM-DD) of a date or a date-time, checked.
 * @example datePart("2026-12-21T14:30") // "2026-12-21"
 */
export function datePart(dateOrDateTime: string): string {
  parseDay(dateOrDateTime);
  return dateOrDateTime.slice(0, 10);
}

/**
 * A date as people read it in a letter: "21 December 2026" (GOV.UK style, no leading zero, no
 * weekday); a date-time adds "at 14:30" (seconds are dropped: no letter needs them).
 * @example formatLongDate("2026-12-21") // "21 December 2026"
 * @example formatLongDate("2026-12-21T14:30") // "21 December 2026 at 14:30"
 */
export function formatLongDate(s: string): string {
  // Every finding's message says three or four dates, mostly the same ones (the date of the run
  // above all): each day's text is written once and kept by its day number, as fromDayNumber keeps
  // ISO dates (an array read, where a Map keyed by the string hashed every new string it was given).
  const day = parseDay(s);
  const long = day >= 0 && day < CACHED_DAYS ? (longDays[day] ??= writeLongDay(day)) : writeLongDay(day);
  return hasTime(s) ? `${long} at ${s.slice(11, 16)}` : long;
}

// "21 December 2026" by day number, 1970–2169, filled as days are written.
const longDays: (string | undefined)[] = [];

/** A day number as "21 December 2026". */
function writeLongDay(day: number): string {
  const c = toCivil(day);
  return `${c.day} ${MONTHS[c.month - 1]} ${c.year}`;
}
