/**
 * England and Wales bank holidays, as data in GOV.UK's bank-holidays.json format
 * (https://www.gov.uk/bank-holidays.json). Bank holidays are set each year by proclamation and
 * one-off days happen (2020-05-08, 2022-06-03, 2022-09-19, 2023-05-08), so they cannot be computed:
 * we ship a checked copy for 2018–2028 and take a newer file from the user (`--holidays <file>`).
 */
import { readFileSync } from "node:fs";
import { HolidayDataError, InputError } from "../errors.js";
import { readBounded } from "../io/read-bounded.js";
import { shippedPath } from "../paths.js";
import { fromDayNumber, isIsoDate, parseIsoDate, toCivil, toDayNumber } from "./iso-date.js";

/**
 * One event in GOV.UK's file. `notes` is "Substitute day" when a holiday moved off a weekend.
 * @example { title: "Boxing Day", date: "2026-12-28", notes: "Substitute day", bunting: true }
 */
export interface GovUkBankHolidayEvent {
  title: string;
  date: string;
  notes?: string;
  bunting?: boolean;
}

/**
 * One division ("england-and-wales", "scotland", "northern-ireland") of GOV.UK's file.
 * @example { division: "england-and-wales", events: [{ title: "Christmas Day", date: "2026-12-25" }] }
 */
export interface GovUkDivision {
  division?: string;
  events: GovUkBankHolidayEvent[];
}

/**
 * GOV.UK's bank-holidays.json: divisions by name. reviewkit reads only "england-and-wales".
 * @example const file = JSON.parse(text) as GovUkBankHolidays; file["england-and-wales"]?.events.length
 */
export type GovUkBankHolidays = Record<string, GovUkDivision>;

/**
 * Checked holiday data. The horizon (firstDate..lastDate) is whole years: from 1 January of the
 * first year with an event to 31 December of the last, because GOV.UK publishes whole years.
 * @example defaultHolidayData().holidays.get(parseIsoDate("2026-12-28")) // "Boxing Day"
 */
export interface HolidayData {
  /** Where the data came from, named in every horizon warning. */
  readonly source: string;
  readonly firstDate: string;
  readonly lastDate: string;
  /** Day number → holiday title ("Boxing Day"), in date order. */
  readonly holidays: ReadonlyMap<number, string>;
}

/**
 * The division reviewkit uses: its standards are English, and Wales shares England's bank holidays.
 * @example file[DIVISION].events
 */
export const DIVISION = "england-and-wales";

/**
 * Source label of the shipped file, as horizon warnings show it.
 * @example defaultHolidayData().source === SHIPPED_HOLIDAY_SOURCE // true
 */
export const SHIPPED_HOLIDAY_SOURCE = "GOV.UK bank-holidays.json, england-and-wales";

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Checks GOV.UK-format data (JSON text or parsed) and indexes the England and Wales holidays.
 * Throws HolidayDataError naming the first problem; errors carry `sourceLabel` as their file.
 * @example loadHolidayData(await (await fetch("https://www.gov.uk/bank-holidays.json")).text(), "GOV.UK, fetched 2027-06-01")
 * @example loadHolidayData({ "england-and-wales": { events: [] } }, "test") // throws: "england-and-wales".events is empty
 */
export function loadHolidayData(input: string | object, sourceLabel: string): HolidayData {
  return parseHolidayData(input, sourceLabel, sourceLabel);
}

function parseHolidayData(input: string | object, source: string, file: string): HolidayData {
  const fail = (message: string): never => {
    throw new HolidayDataError(message, file);
  };
  let json: unknown = input;
  if (typeof input === "string") {
    try {
      // A UTF-8 byte-order mark from a Windows editor is not an error worth stopping for.
      json = JSON.parse(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input);
    } catch (e) {
      // JSON.parse's own message quotes the text around the fault: say where, never what.
      void e;
      fail("not valid JSON; expected GOV.UK's bank-holidays.json format");
    }
  }
  if (!isObject(json)) return fail("expected a JSON object with divisions, in GOV.UK's bank-holidays.json format");
  const division = json[DIVISION];
  if (division === undefined) {
    // The keys found are not named: a record passed here by mistake has its content in them.
    return fail(`no "${DIVISION}" division; expected GOV.UK's bank-holidays.json format`);
  }
  if (!isObject(division)) return fail(`"${DIVISION}" is not an object with "events"`);
  if (division["division"] !== undefined && division["division"] !== DIVISION) {
    fail(`"${DIVISION}".division is not "${DIVISION}"`);
  }
  const events = division["events"];
  if (!Array.isArray(events)) return fail(`"${DIVISION}".events is not a list`);
  if (events.length === 0) return fail(`"${DIVISION}".events is empty`);

  const byDay = new Map<number, string[]>();
  events.forEach((event: unknown, i) => {
    const at = `events[${i}]`;
    if (!isObject(event)) return fail(`${at} is not an object`);
    const { title, date, notes, bunting } = event;
    if (date === undefined) fail(`${at} has no "date"`);
    if (typeof date !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
      return fail(`${at}.date is not a date in the form YYYY-MM-DD`);
    }
    if (!isIsoDate(date)) fail(`${at}.date is not a real date`);
    if (typeof title !== "string" || title.trim() === "") fail(`${at}.title is missing or empty`);
    if (notes !== undefined && typeof notes !== "string") fail(`${at}.notes is not text`);
    if (bunting !== undefined && typeof bunting !== "boolean") fail(`${at}.bunting is not true or false`);
    const day = parseIsoDate(date);
    // Two names for one day (a merged file) do no harm to counting; keep each name once for display.
    const titles = byDay.get(day) ?? [];
    if (!titles.includes(title as string)) titles.push(title as string);
    byDay.set(day, titles);
  });

  const days = [...byDay.keys()].sort((a, b) => a - b);
  const holidays = new Map(days.map((d) => [d, (byDay.get(d) as string[]).join(" / ")] as const));
  const first = toCivil(days[0] as number).year;
  const last = toCivil(days[days.length - 1] as number).year;
  return {
    source,
    firstDate: fromDayNumber(toDayNumber(first, 1, 1)),
    lastDate: fromDayNumber(toDayNumber(last, 12, 31)),
    holidays,
  };
}

/**
 * Reads a user's GOV.UK-format file (`--holidays <file>`), e.g. a newer download of
 * https://www.gov.uk/bank-holidays.json. Errors carry the path as their file: InputError when the
 * file cannot be read, HolidayDataError when it is not in the format.
 * @example createCalendar({ holidays: readHolidayFile("bank-holidays.json") })
 */
export function readHolidayFile(path: string): HolidayData {
  let text: string;
  try {
    // GOV.UK's file is ~20 KB; reading is bounded so a device or a huge file cannot hang the run.
    text = new TextDecoder().decode(readBounded(path, 1024 * 1024));
  } catch (e) {
    throw new InputError(`cannot read the bank-holiday file (${e instanceof InputError ? e.message : "an error"})`, path);
  }
  const data = parseHolidayData(text, `${path}, ${DIVISION}`, path);
  checkPlausible(data, path);
  return data;
}

/** How many England and Wales bank holidays a real year has: 8 usually, 10 in 2022; fewer or more is not GOV.UK's list. */
const PLAUSIBLE = { min: 6, max: 12 } as const;

/**
 * A user's file must look like GOV.UK's list in every year it covers, or every date counted with it
 * is wrong without a word (a file holding only 1900-01-01 and 9999-12-31 made Christmas a working
 * day). Each year from the first to the last needs 6 to 12 bank holidays, one of them Christmas Day
 * (25 December, or its substitute on the 26th or 27th). Dates after the last year keep the usual
 * horizon warning.
 */
function checkPlausible(data: HolidayData, file: string): void {
  const perYear = new Map<number, number[]>();
  for (const day of data.holidays.keys()) {
    const { year } = toCivil(day);
    perYear.set(year, [...(perYear.get(year) ?? []), day]);
  }
  const first = toCivil(parseIsoDate(data.firstDate)).year;
  const last = toCivil(parseIsoDate(data.lastDate)).year;
  if (last - first > 200) throw new HolidayDataError(`covers ${last - first + 1} years; GOV.UK's file covers about ten`, file);
  for (let year = first; year <= last; year++) {
    const days = perYear.get(year) ?? [];
    if (days.length < PLAUSIBLE.min || days.length > PLAUSIBLE.max) {
      throw new HolidayDataError(
        `${year} has ${days.length} England and Wales bank holiday${days.length === 1 ? "" : "s"}; a real year has ${PLAUSIBLE.min} to ${PLAUSIBLE.max} (usually 8), so this does not look like GOV.UK's bank-holidays.json`,
        file,
      );
    }
    const christmas = [25, 26, 27].map((d) => toDayNumber(year, 12, d));
    if (!days.some((d) => christmas.includes(d))) {
      throw new HolidayDataError(`${year} has no Christmas Day bank holiday (25 December or its substitute); this does not look like GOV.UK's bank-holidays.json`, file);
    }
  }
}

let shipped: HolidayData | undefined;

/**
 * The bank holidays shipped with reviewkit (data/bank-holidays-england-and-wales.json, 2018–2028),
 * read and checked once per process.
 * @example defaultHolidayData().lastDate // "2028-12-31"
 */
export function defaultHolidayData(): HolidayData {
  shipped ??= parseHolidayData(
    readFileSync(shippedPath("data", "bank-holidays-england-and-wales.json"), "utf8"),
    SHIPPED_HOLIDAY_SOURCE,
    "data/bank-holidays-england-and-wales.json",
  );
  return shipped;
}
