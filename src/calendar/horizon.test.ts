import { readFileSync } from "node:fs";
import { afterEach, describe, it, expect, vi } from "vitest";
import { shippedPath } from "../paths.js";
import { loadHolidayData } from "./holidays.js";
import { emitHorizonWarning, horizonWarning, HORIZON_WARNING_TYPE } from "./horizon.js";
import { createCalendar } from "./working-days.js";

const SHIPPED = { firstDate: "2018-01-01", lastDate: "2028-12-31", source: "GOV.UK bank-holidays.json, england-and-wales" };

/** A calendar over the shipped data that records its warnings. */
function watched() {
  const warnings: string[] = [];
  return { cal: createCalendar({ onWarning: (m) => warnings.push(m) }), warnings };
}

afterEach(() => vi.restoreAllMocks());

describe("horizonWarning", () => {
  it("says what is known, what was assumed and what to do", () => {
    // why: the exact wording IROs and admins will see; it must not be vague.
    expect(horizonWarning(SHIPPED, "2029-01-03")).toBe(
      "Bank holidays are known only from 2018-01-01 to 2028-12-31 (source: GOV.UK bank-holidays.json, england-and-wales); " +
        "2029-01-03 is outside that range, so only weekends were treated as non-working. " +
        "Pass --holidays <file> with a newer GOV.UK file.",
    );
  });

  it("gives different advice before the data starts", () => {
    // why: a newer GOV.UK file drops old years; it would not help with 2017.
    expect(horizonWarning(SHIPPED, "2017-12-29")).toMatch(/2017-12-29 is outside that range.*covers that date\.$/);
  });
});

describe("calendar warnings", () => {
  it("fire once for a 2029 date, however often it is used", () => {
    // why: a batch run must say it once, not per record; but it must say it.
    const { cal, warnings } = watched();
    expect(cal.addWorkingDays("2028-12-29", 3)).toBe("2029-01-03"); // 1 Jan 2029 is unknown, so counted as working
    expect(cal.isWorkingDay("2029-01-03")).toBe(true);
    cal.workingDaysBetween("2028-12-20", "2029-01-03");
    cal.addDuration("2028-12-29", { value: 3, unit: "working_days" });
    expect(warnings).toEqual([horizonWarning(SHIPPED, "2029-01-03")]);
  });

  it("fire when a count steps past the horizon, naming the far end", () => {
    // why: 2028-12-29 is inside, but its next working day may be 1 Jan 2029, a bank holiday we do not know about.
    const { cal, warnings } = watched();
    expect(cal.addWorkingDays("2028-12-29", 1)).toBe("2029-01-01");
    expect(warnings).toEqual([horizonWarning(SHIPPED, "2029-01-01")]);
  });

  it("fire for a count that steps past the horizon from a day whose shorter counts were kept", () => {
    // why: the calendar keeps answers that stay inside the horizon; a longer count from the same day
    // is worked out and warns.
    const { cal, warnings } = watched();
    expect(cal.addWorkingDays("2028-12-28", 1)).toBe("2028-12-29");
    expect(cal.addWorkingDays("2028-12-28", 1)).toBe("2028-12-29");
    expect(warnings).toEqual([]);
    expect(cal.addWorkingDays("2028-12-28", 2)).toBe("2029-01-01");
    expect(warnings).toEqual([horizonWarning(SHIPPED, "2029-01-01")]);
  });

  it("fire once for 2017 dates", () => {
    // why: before the data starts we are as blind as after it ends.
    const { cal, warnings } = watched();
    expect(cal.addWorkingDays("2018-01-02", -1)).toBe("2017-12-29");
    cal.isWorkingDay("2017-12-29");
    cal.workingDaysBetween("2017-12-29", "2018-01-05");
    expect(warnings).toEqual([horizonWarning(SHIPPED, "2017-12-29")]);
  });

  it("do not fire for 2028 dates, up to 31 December", () => {
    // why: inside the horizon every answer is certain, so a warning would be noise.
    const { cal, warnings } = watched();
    expect(cal.addWorkingDays("2028-12-22", 1)).toBe("2028-12-27");
    expect(cal.addWorkingDays("2028-12-27", 2)).toBe("2028-12-29"); // Thu 28 (1), Fri 29 (2)
    expect(cal.workingDaysBetween("2028-01-01", "2028-12-31")).toBe(252);
    expect(cal.isWorkingDay("2028-12-31")).toBe(false);
    expect(cal.addWorkingDays("2018-01-03", -1)).toBe("2018-01-02");
    expect(cal.holidayName("2028-12-26")).toBe("Boxing Day");
    expect(warnings).toEqual([]);
  });

  it("do not fire for weekends outside the horizon, which are certain", () => {
    // why: a bank holiday is never on a Saturday or Sunday, so nothing was guessed.
    const { cal, warnings } = watched();
    expect(cal.isWorkingDay("2029-01-06")).toBe(false);
    expect(cal.workingDaysBetween("2028-12-29", "2028-12-31")).toBe(0);
    expect(cal.addWorkingDays("2029-01-06", 0)).toBe("2029-01-06");
    expect(cal.addMonths("2028-12-15", 3)).toBe("2029-03-15"); // calendar months need no holidays
    expect(warnings).toEqual([]);
  });

  it("are per distinct message: two different dates give two warnings", () => {
    // why: each warning names the date it is about, so each is news.
    const { cal, warnings } = watched();
    cal.isWorkingDay("2029-01-03");
    cal.isWorkingDay("2030-06-03");
    cal.isWorkingDay("2029-01-03");
    expect(warnings).toHaveLength(2);
  });
});

describe("a newer holiday file", () => {
  const shipped = JSON.parse(readFileSync(shippedPath("data", "bank-holidays-england-and-wales.json"), "utf8")) as {
    "england-and-wales": { division: string; events: { title: string; date: string; notes: string; bunting: boolean }[] };
  };
  const e = (date: string, title: string) => ({ title, date, notes: "", bunting: true });
  const with2029 = {
    "england-and-wales": {
      division: "england-and-wales",
      events: [
        ...shipped["england-and-wales"].events,
        e("2029-01-01", "New Year’s Day"),
        e("2029-03-30", "Good Friday"),
        e("2029-04-02", "Easter Monday"),
        e("2029-05-07", "Early May bank holiday"),
        e("2029-05-28", "Spring bank holiday"),
        e("2029-08-27", "Summer bank holiday"),
        e("2029-12-25", "Christmas Day"),
        e("2029-12-26", "Boxing Day"),
      ],
    },
  };

  it("extends the horizon to 2029 and knows New Year's Day 2029", () => {
    // why: `--holidays` is the fix the warning asks for; it must remove the guess and the warning.
    const warnings: string[] = [];
    const cal = createCalendar({ holidays: loadHolidayData(with2029, "newer.json"), onWarning: (m) => warnings.push(m) });
    expect(cal.horizon).toEqual({ firstDate: "2018-01-01", lastDate: "2029-12-31", source: "newer.json" });
    expect(cal.addWorkingDays("2028-12-29", 1)).toBe("2029-01-02");
    expect(cal.isWorkingDay("2029-03-30")).toBe(false);
    expect(warnings).toEqual([]);
    cal.isWorkingDay("2030-01-01");
    expect(warnings).toEqual([
      horizonWarning({ firstDate: "2018-01-01", lastDate: "2029-12-31", source: "newer.json" }, "2030-01-01"),
    ]);
  });
});

describe("the default onWarning", () => {
  it("is a ReviewkitHorizonWarning process warning, once per message even across calendars", () => {
    // why: the CLI shows process warnings; two calendars in one run must not repeat the line.
    const spy = vi.spyOn(process, "emitWarning").mockImplementation(() => {});
    createCalendar().isWorkingDay("2031-02-03");
    createCalendar().isWorkingDay("2031-02-03");
    emitHorizonWarning(horizonWarning(SHIPPED, "2031-02-03"));
    expect(spy).toHaveBeenCalledTimes(1);
    expect(spy).toHaveBeenCalledWith(horizonWarning(SHIPPED, "2031-02-03"), HORIZON_WARNING_TYPE);
    expect(HORIZON_WARNING_TYPE).toBe("ReviewkitHorizonWarning");
  });
});
