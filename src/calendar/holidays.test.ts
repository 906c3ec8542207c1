import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, it, expect } from "vitest";
import { HolidayDataError, InputError } from "../errors.js";
import { shippedPath } from "../paths.js";
import { defaultHolidayData, loadHolidayData, readHolidayFile, SHIPPED_HOLIDAY_SOURCE } from "./holidays.js";
import { parseIsoDate } from "./iso-date.js";

const shippedText = readFileSync(shippedPath("data", "bank-holidays-england-and-wales.json"), "utf8");
const dir = mkdtempSync(join(tmpdir(), "reviewkit-holidays-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `fn`, returns the HolidayDataError it throws. */
function holidayError(fn: () => unknown): HolidayDataError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(HolidayDataError);
    return e as HolidayDataError;
  }
  throw new Error("expected a HolidayDataError");
}

const event = (date: string, title = "Holiday") => ({ title, date, notes: "", bunting: true });
const file = (events: unknown) => ({ "england-and-wales": { division: "england-and-wales", events } });

describe("defaultHolidayData", () => {
  it("covers 2018-01-01 to 2028-12-31 from GOV.UK", () => {
    // why: the horizon every warning quotes.
    const data = defaultHolidayData();
    expect(data.firstDate).toBe("2018-01-01");
    expect(data.lastDate).toBe("2028-12-31");
    expect(data.source).toBe(SHIPPED_HOLIDAY_SOURCE);
    expect(data.holidays.size).toBe(91);
  });

  it("holds the one-off and substitute days", () => {
    // why: these are the days a rule-based generator gets wrong.
    const h = defaultHolidayData().holidays;
    expect(h.get(parseIsoDate("2020-05-08"))).toBe("Early May bank holiday (VE day)");
    expect(h.has(parseIsoDate("2020-05-04"))).toBe(false);
    expect(h.get(parseIsoDate("2026-12-28"))).toBe("Boxing Day");
    expect(h.get(parseIsoDate("2027-12-27"))).toBe("Christmas Day");
    expect(h.get(parseIsoDate("2028-01-03"))).toBe("New Year’s Day");
  });

  it("is read once", () => {
    // why: every calendar uses it; reading the file per record would be slow.
    expect(defaultHolidayData()).toBe(defaultHolidayData());
  });
});

describe("loadHolidayData", () => {
  it("accepts GOV.UK's full file with all three divisions and reads only England and Wales", () => {
    // why: users download https://www.gov.uk/bank-holidays.json as it is.
    const full = {
      ...JSON.parse(shippedText),
      scotland: { division: "scotland", events: [event("2026-01-02", "2nd January")] },
      "northern-ireland": { division: "northern-ireland", events: [event("2026-03-17", "St Patrick’s Day")] },
    };
    const data = loadHolidayData(full, "test");
    expect(data.holidays.has(parseIsoDate("2026-01-02"))).toBe(false);
    expect(data.holidays.size).toBe(91);
  });

  it("makes the horizon whole years and sorts unsorted events", () => {
    // why: GOV.UK publishes whole years; the order of events must not matter.
    const data = loadHolidayData(file([event("2029-12-25"), event("2029-01-01")]), "test");
    expect([data.firstDate, data.lastDate]).toEqual(["2029-01-01", "2029-12-31"]);
    expect([...data.holidays.keys()]).toEqual([parseIsoDate("2029-01-01"), parseIsoDate("2029-12-25")]);
  });

  it("strips a byte-order mark", () => {
    // why: files saved by Windows editors start with one.
    expect(loadHolidayData(`\uFEFF${shippedText}`, "test").holidays.size).toBe(91);
  });

  it("keeps both names when a merged file lists a day twice", () => {
    // why: a duplicate does not change any count, so it is no reason to stop.
    const data = loadHolidayData(file([event("2029-01-01", "A"), event("2029-01-01", "B"), event("2029-01-01", "A")]), "t");
    expect(data.holidays.get(parseIsoDate("2029-01-01"))).toBe("A / B");
  });

  it("names each problem in a bad file", () => {
    // why: the person fixing the file needs the place and the fault, not a stack trace.
    const cases: [unknown, string][] = [
      ["{", "not valid JSON"],
      [[], "expected a JSON object with divisions"],
      [{ scotland: { events: [] } }, 'no "england-and-wales" division; expected'],
      [{ "england-and-wales": [] }, '"england-and-wales" is not an object with "events"'],
      [{ "england-and-wales": { division: "scotland", events: [event("2026-01-01")] } }, '.division is not "england-and-wales"'],
      [{ "england-and-wales": { division: "england-and-wales" } }, '"england-and-wales".events is not a list'],
      [file([]), '"england-and-wales".events is empty'],
      [file([event("2026-01-01"), 5]), "events[1] is not an object"],
      [file([event("2026-01-01"), { title: "X" }]), 'events[1] has no "date"'],
      [file([event("2026-01-01"), event("2026-01-02"), event("2026-01-05"), event("2026-02-30")]), 'events[3].date is not a real date'],
      [file([event("2026-1-5")]), 'events[0].date is not a date in the form YYYY-MM-DD'],
      [file([event("2026-01-01", "")]), "events[0].title is missing or empty"],
      [file([{ ...event("2026-01-01"), bunting: "yes" }]), "events[0].bunting is not true or false"],
      [file([{ ...event("2026-01-01"), notes: 1 }]), "events[0].notes is not text"],
    ];
    for (const [input, message] of cases) {
      const e = holidayError(() => loadHolidayData(typeof input === "string" ? input : (input as object), "my-label"));
      expect(e.message).toContain(message);
      // why: issue 9 — a file's content (keys, values, JSON.parse's quote of the text) never goes into a message.
      expect(e.message).not.toMatch(/scotland|2026-02-30|2026-1-5/);
      expect(e.file).toBe("my-label");
    }
  });
});

/** England and Wales bank holidays in 2029, as GOV.UK will publish them. */
const year2029 = ["2029-01-01", "2029-03-30", "2029-04-02", "2029-05-07", "2029-05-28", "2029-08-27", "2029-12-25", "2029-12-26"].map((d) => event(d));

describe("readHolidayFile", () => {
  it("refuses a file that does not look like GOV.UK's list in a year it covers (issue 9)", () => {
    // why: a file holding only 1900-01-01 and 9999-12-31 made every Christmas a working day.
    const cases: [unknown[], RegExp][] = [
      [[event("1900-01-01"), event("9999-12-31")], /covers 8100 years/],
      [[event("2029-01-01")], /^2029 has 1 England and Wales bank holiday; a real year has 6 to 12/],
      [[...year2029, event("2031-12-25")], /^2030 has 0 England and Wales bank holidays/],
      [year2029.filter((e) => !e.date.startsWith("2029-12")).concat(event("2029-06-01"), event("2029-12-28")), /^2029 has no Christmas Day bank holiday/],
    ];
    for (const [events, message] of cases) {
      const path = join(dir, "implausible.json");
      writeFileSync(path, JSON.stringify(file(events)));
      expect(holidayError(() => readHolidayFile(path)).message).toMatch(message);
    }
    // 2022's ten (the Jubilee and the State Funeral) are a real year.
    const y2022 = JSON.parse(shippedText)["england-and-wales"].events.filter((e: { date: string }) => e.date.startsWith("2022"));
    expect(y2022).toHaveLength(10);
    const path = join(dir, "2022.json");
    writeFileSync(path, JSON.stringify(file(y2022)));
    expect(readHolidayFile(path).lastDate).toBe("2022-12-31");
  });

  it("reads a newer file and names it as the source", () => {
    // why: `--holidays <file>` is how a user moves the horizon past 2028.
    const path = join(dir, "newer.json");
    writeFileSync(path, JSON.stringify(file(year2029)));
    const data = readHolidayFile(path);
    expect(data.source).toBe(`${path}, england-and-wales`);
    expect(data.lastDate).toBe("2029-12-31");
  });

  it("names the file when it is not in GOV.UK's format", () => {
    // why: the user must know which of their files is wrong.
    const path = join(dir, "bad.json");
    writeFileSync(path, JSON.stringify({ events: [] }));
    const e = holidayError(() => readHolidayFile(path));
    expect(e.file).toBe(path);
    expect(e.toLine()).toBe(`${path}: no "england-and-wales" division; expected GOV.UK's bank-holidays.json format`);
  });

  it("names the file when it cannot be read", () => {
    // why: a mistyped path should say so, not crash with ENOENT and a stack.
    const path = join(dir, "missing.json");
    expect(() => readHolidayFile(path)).toThrow(InputError);
    try {
      readHolidayFile(path);
    } catch (e) {
      expect((e as InputError).toLine()).toBe(`${path}: cannot read the bank-holiday file (no such file)`);
    }
  });
});
