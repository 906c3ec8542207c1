import { readFileSync } from "node:fs";
import { describe, it, expect } from "vitest";
import { DateError } from "../errors.js";
import { shippedPath } from "../paths.js";
import { createCalendar } from "./working-days.js";

// Warnings are collected, not printed; horizon behaviour has its own tests in horizon.test.ts.
const warnings: string[] = [];
const cal = createCalendar({ onWarning: (m) => warnings.push(m) });

describe("bank holidays and weekends", () => {
  it("Christmas 2026: Friday 25th, Boxing Day substitute Monday 28th", () => {
    // why: 26 December 2026 is a Saturday, so Boxing Day moves to Monday.
    expect(cal.isWorkingDay("2026-12-24")).toBe(true);
    expect(cal.isWorkingDay("2026-12-25")).toBe(false);
    expect(cal.isWorkingDay("2026-12-26")).toBe(false);
    expect(cal.isWorkingDay("2026-12-27")).toBe(false);
    expect(cal.isWorkingDay("2026-12-28")).toBe(false);
    expect(cal.isWorkingDay("2026-12-29")).toBe(true);
    expect(cal.holidayName("2026-12-28")).toBe("Boxing Day");
    expect(cal.isWorkingDay("2027-01-01")).toBe(false);
  });

  it("Christmas 2027: both days on a weekend, substitutes Monday 27th and Tuesday 28th", () => {
    // why: two substitute days in a row are easy to get half right.
    expect(cal.isWorkingDay("2027-12-24")).toBe(true);
    expect(cal.isWorkingDay("2027-12-27")).toBe(false);
    expect(cal.isWorkingDay("2027-12-28")).toBe(false);
    expect(cal.isWorkingDay("2027-12-29")).toBe(true);
    expect(cal.holidayName("2027-12-27")).toBe("Christmas Day");
    expect(cal.holidayName("2027-12-28")).toBe("Boxing Day");
  });

  it("New Year 2028: Saturday 1st, substitute Monday 3rd", () => {
    // why: the substitute falls in the next year's first week.
    expect(cal.isWorkingDay("2027-12-31")).toBe(true);
    expect(cal.isWorkingDay("2028-01-03")).toBe(false);
    expect(cal.holidayName("2028-01-03")).toBe("New Year’s Day");
    expect(cal.isWorkingDay("2028-01-04")).toBe(true);
  });

  it("Christmas 2028: Monday 25th and Tuesday 26th, no substitutes", () => {
    // why: the last year of the shipped data, inside the horizon.
    expect(cal.isWorkingDay("2028-12-25")).toBe(false);
    expect(cal.isWorkingDay("2028-12-26")).toBe(false);
    expect(cal.isWorkingDay("2028-12-27")).toBe(true);
  });

  it("Easter 2026, 2027 and 2028", () => {
    // why: Easter moves every year; Good Friday and Easter Monday both count.
    for (const [friday, monday] of [
      ["2026-04-03", "2026-04-06"],
      ["2027-03-26", "2027-03-29"],
      ["2028-04-14", "2028-04-17"],
    ] as const) {
      expect(cal.holidayName(friday)).toBe("Good Friday");
      expect(cal.holidayName(monday)).toBe("Easter Monday");
      expect(cal.isWorkingDay(friday)).toBe(false);
      expect(cal.isWorkingDay(monday)).toBe(false);
    }
  });

  it("VE day 2020: the early May holiday moved to Friday 8 May", () => {
    // why: a one-off move; Monday 4 May 2020 was a normal working day.
    expect(cal.isWorkingDay("2020-05-08")).toBe(false);
    expect(cal.holidayName("2020-05-08")).toBe("Early May bank holiday (VE day)");
    expect(cal.isWorkingDay("2020-05-04")).toBe(true);
    expect(cal.addWorkingDays("2020-05-07", 1)).toBe("2020-05-11");
  });

  it("weekends are never working days, ordinary weekdays are", () => {
    // why: the base rule.
    expect(cal.isWorkingDay("2026-11-21")).toBe(false); // Saturday
    expect(cal.isWorkingDay("2026-11-22")).toBe(false); // Sunday
    expect(cal.isWorkingDay("2026-11-23")).toBe(true); // Monday
    expect(cal.holidayName("2026-11-23")).toBeUndefined();
  });
});

describe("addWorkingDays and workingDaysBetween: day N and N+1", () => {
  it("20 working days after 2026-12-10 is 2027-01-12 (over Christmas and New Year)", () => {
    // why: by hand: 11,14–18,21–24 (10); 25, 28 holidays; 29–31 (13); 1 Jan holiday; 4–8 (18); 11, 12 (20).
    expect(cal.addWorkingDays("2026-12-10", 20)).toBe("2027-01-12");
    expect(cal.addWorkingDays("2026-12-10", 21)).toBe("2027-01-13");
    expect(cal.workingDaysBetween("2026-12-10", "2027-01-11")).toBe(19);
    expect(cal.workingDaysBetween("2026-12-10", "2027-01-12")).toBe(20);
    expect(cal.workingDaysBetween("2026-12-10", "2027-01-13")).toBe(21);
  });

  it("5 working days after 2026-12-22 is 2026-12-31", () => {
    // why: by hand: 23, 24 (2); 25–28 not working; 29, 30, 31 (5); 1 Jan holiday, weekend; 4 Jan (6).
    expect(cal.addWorkingDays("2026-12-22", 5)).toBe("2026-12-31");
    expect(cal.addWorkingDays("2026-12-22", 6)).toBe("2027-01-04");
    expect(cal.workingDaysBetween("2026-12-22", "2026-12-31")).toBe(5);
    expect(cal.workingDaysBetween("2026-12-22", "2027-01-04")).toBe(6);
  });

  it("over the 2027 Christmas substitutes and the 2028 New Year substitute", () => {
    // why: by hand from Fri 24 Dec 2027: 27, 28 substitutes; 29, 30, 31 (3); 1–2 weekend, 3 substitute; 4 Jan (4).
    expect(cal.addWorkingDays("2027-12-24", 1)).toBe("2027-12-29");
    expect(cal.addWorkingDays("2027-12-24", 3)).toBe("2027-12-31");
    expect(cal.addWorkingDays("2027-12-24", 4)).toBe("2028-01-04");
  });

  it("over Easter 2026, 2027 and 2028", () => {
    // why: the Thursday before Good Friday + 1 working day is the Tuesday after Easter Monday.
    expect(cal.addWorkingDays("2026-04-02", 1)).toBe("2026-04-07");
    expect(cal.addWorkingDays("2027-03-25", 1)).toBe("2027-03-30");
    expect(cal.addWorkingDays("2028-04-13", 1)).toBe("2028-04-18");
    expect(cal.workingDaysBetween("2026-04-02", "2026-04-07")).toBe(1);
  });

  it("n = 0 gives the same date, even on a holiday", () => {
    // why: "within 0 working days" is day 0 itself.
    expect(cal.addWorkingDays("2026-12-21", 0)).toBe("2026-12-21");
    expect(cal.addWorkingDays("2026-12-25", 0)).toBe("2026-12-25");
  });

  it("from a weekend or holiday, day 1 is the next working day", () => {
    // why: a review on a Saturday still starts the count the next working day.
    expect(cal.addWorkingDays("2026-12-26", 1)).toBe("2026-12-29");
    expect(cal.addWorkingDays("2026-12-25", 1)).toBe("2026-12-29");
    expect(cal.workingDaysBetween("2026-12-24", "2026-12-29")).toBe(1);
  });

  it("negative n counts back: 3 working days before 2027-01-05 is 2026-12-30", () => {
    // why: "3 working days before the conference"; by hand: 4 Jan (−1), 1 Jan holiday, 31 Dec (−2), 30 Dec (−3).
    expect(cal.addWorkingDays("2027-01-05", -3)).toBe("2026-12-30");
    expect(cal.addWorkingDays("2026-12-29", -1)).toBe("2026-12-24");
  });

  it("workingDaysBetween is negative when `to` is before `from`, and never -0", () => {
    // why: overdue counts run backwards; -0 would print as "0" but fail equality checks.
    expect(cal.workingDaysBetween("2026-12-29", "2026-12-24")).toBe(-1);
    expect(cal.workingDaysBetween("2027-01-12", "2026-12-10")).toBe(-20);
    expect(cal.workingDaysBetween("2026-12-27", "2026-12-26")).toBe(0);
    expect(cal.workingDaysBetween("2026-12-21", "2026-12-21")).toBe(0);
  });

  it("a date-time counts as its date", () => {
    // why: working days are whole days; a time on the trigger does not change day 0.
    expect(cal.addWorkingDays("2026-12-22T17:45", 5)).toBe("2026-12-31");
    expect(cal.workingDaysBetween("2026-12-22T09:00", "2026-12-31T23:59")).toBe(5);
    expect(cal.isWorkingDay("2026-12-25T10:00")).toBe(false);
  });
});

describe("calendar arithmetic", () => {
  it("adds calendar days and weeks", () => {
    // why: some timescales are in calendar days or weeks (e.g. the first review within 20 working days, the next within 3 months).
    expect(cal.addCalendarDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(cal.addCalendarDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(cal.addWeeks("2026-12-21", 6)).toBe("2027-02-01");
  });

  it("adds months clamped at month end, leap years included", () => {
    // why: "within 6 months" from 31 August has to land in February, on its last day.
    expect(cal.addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(cal.addMonths("2028-01-31", 1)).toBe("2028-02-29");
    expect(cal.addMonths("2026-08-31", 6)).toBe("2027-02-28");
    expect(cal.addMonths("2027-08-31", 6)).toBe("2028-02-29");
    expect(cal.addMonths("2028-02-29", 12)).toBe("2029-02-28");
    expect(cal.addMonths("2026-01-31", 2)).toBe("2026-03-31");
  });
});

describe("bad input", () => {
  it("invalid dates throw DateError", () => {
    // why: a deadline from a date that does not exist would be a guess.
    expect(() => cal.addWorkingDays("2026-02-30", 1)).toThrow(DateError);
    expect(() => cal.workingDaysBetween("2026-12-01", "2026-13-01")).toThrow(DateError);
    expect(() => cal.isWorkingDay("2026-1-5")).toThrow(DateError);
    expect(() => cal.addMonths("2027-02-29", 1)).toThrow(DateError);
  });

  it("fractional counts throw RangeError", () => {
    // why: rounding 2.5 working days either way would move a deadline.
    expect(() => cal.addWorkingDays("2026-12-01", 2.5)).toThrow(RangeError);
    expect(() => cal.addMonths("2026-12-01", Number.NaN)).toThrow(RangeError);
  });
});

describe("invariants", () => {
  // An independent reference: the shipped JSON read directly, Date objects, one day at a time.
  const holidaySet = new Set(
    (JSON.parse(readFileSync(shippedPath("data", "bank-holidays-england-and-wales.json"), "utf8")) as {
      "england-and-wales": { events: { date: string }[] };
    })["england-and-wales"].events.map((e) => e.date),
  );
  const iso = (t: number): string => new Date(t).toISOString().slice(0, 10);
  const naiveWorking = (t: number): boolean => {
    const wd = new Date(t).getUTCDay();
    return wd !== 0 && wd !== 6 && !holidaySet.has(iso(t));
  };
  const DAY = 86_400_000;

  it("matches a day-by-day count over every start date in 2018–2028", () => {
    // why: cross-checks the constant-time formulas against the plainest possible loop.
    const wrong: string[] = [];
    for (let t = Date.UTC(2018, 0, 1); t <= Date.UTC(2028, 10, 30); t += DAY) {
      let d = t;
      let count = 0;
      for (let n = 1; n <= 25; n++) {
        do d += DAY;
        while (!naiveWorking(d));
        // Asked twice: the second answer is the one the calendar kept from the first.
        if (cal.addWorkingDays(iso(t), n) !== iso(d) || cal.addWorkingDays(iso(t), n) !== iso(d)) wrong.push(`${iso(t)} + ${n}`);
      }
      for (let u = t + DAY; u <= t + 40 * DAY; u += DAY) {
        if (naiveWorking(u)) count++;
        if (cal.workingDaysBetween(iso(t), iso(u)) !== count) wrong.push(`${iso(t)}..${iso(u)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("counts back as the day-by-day loop does, kept answers too, and keeps answers apart by count", () => {
    // why: answers are kept by count and start day; a count back, or a second count from the same
    // day, must never be handed another count's answer.
    const wrong: string[] = [];
    const fresh = createCalendar({ onWarning: () => {} });
    for (let t = Date.UTC(2018, 2, 1); t <= Date.UTC(2028, 11, 31); t += DAY) {
      for (const n of [-1, -3, -5, -20, 3, -3]) {
        let d = t;
        for (let k = 0; k < Math.abs(n); k++) {
          do d += n > 0 ? DAY : -DAY;
          while (!naiveWorking(d));
        }
        if (fresh.addWorkingDays(iso(t), n) !== iso(d) || fresh.addWorkingDays(iso(t), n) !== iso(d)) wrong.push(`${iso(t)} ${n}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("workingDaysBetween(d, addWorkingDays(d, n)) === n for working days d", () => {
    // why: the two functions must agree, forwards and backwards, over long spans.
    const wrong: string[] = [];
    for (let t = Date.UTC(2018, 0, 1); t <= Date.UTC(2028, 11, 31); t += DAY) {
      if (!naiveWorking(t)) continue;
      const d = iso(t);
      for (const n of [-260, -61, -20, -5, -1, 0, 1, 2, 5, 10, 15, 20, 21, 40, 65, 130, 260]) {
        if (cal.workingDaysBetween(d, cal.addWorkingDays(d, n)) !== n) wrong.push(`${d} ${n}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("methods work detached from the calendar", () => {
    // why: callers pass `cal.addWorkingDays` around as a plain function.
    const { addWorkingDays } = cal;
    expect(addWorkingDays("2026-12-22", 5)).toBe("2026-12-31");
  });

  it("is fast: 200,000 additions and counts well under a second", () => {
    // why: the validator must handle 20,000 records a second, each with several deadlines.
    const start = performance.now();
    for (let i = 0; i < 100_000; i++) {
      cal.addWorkingDays("2026-12-10", (i % 60) + 1);
      cal.workingDaysBetween("2026-01-05", "2027-06-30");
    }
    expect(performance.now() - start).toBeLessThan(1500);
  });
});
