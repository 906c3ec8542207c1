import { describe, it, expect } from "vitest";
import { DateError } from "../errors.js";
import {
  compareIsoDates,
  datePart,
  dayAfter,
  dayBefore,
  dayOfWeek,
  daysInMonth,
  formatLongDate,
  fromDateTimeParts,
  fromDayNumber,
  isIsoDate,
  isIsoDateTime,
  isLeapYear,
  isoDayOrUndefined,
  parseDay,
  isoSortKey,
  parseIsoDate,
  parseIsoDateTime,
  toCivil,
  toDayNumber,
  weekdayOfDayNumber,
} from "./iso-date.js";

/** Runs `fn`, returns the DateError it throws (fails the test if it throws nothing or something else). */
function dateError(fn: () => unknown): DateError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(DateError);
    return e as DateError;
  }
  throw new Error("expected a DateError");
}

describe("isIsoDate / parseIsoDate", () => {
  it("accepts an ordinary date", () => {
    // why: the base case every deadline starts from.
    expect(isIsoDate("2026-12-21")).toBe(true);
    expect(parseIsoDate("2026-12-21")).toBe(20808);
  });

  it("counts days from 1970-01-01", () => {
    // why: day numbers are shared with every other calendar file; the epoch must be fixed.
    expect(parseIsoDate("1970-01-01")).toBe(0);
    expect(parseIsoDate("1969-12-31")).toBe(-1);
  });

  it("rejects days that do not exist", () => {
    // why: 30 February is the classic typo that would otherwise roll over to March.
    for (const s of ["2026-02-30", "2026-04-31", "2026-13-01", "2026-00-10", "2026-01-00", "2026-01-32"]) {
      expect(isIsoDate(s), s).toBe(false);
      expect(dateError(() => parseIsoDate(s)).message).toBe(`"${s}" is not a real date`);
    }
  });

  it("knows leap years: 2028-02-29 is real, 2027-02-29 is not", () => {
    // why: a review six months after 29 Feb must start from a date that exists.
    expect(isIsoDate("2028-02-29")).toBe(true);
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2000-02-29")).toBe(true);
    expect(isIsoDate("2027-02-29")).toBe(false);
    expect(isIsoDate("2100-02-29")).toBe(false);
    expect(isLeapYear(2100)).toBe(false);
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2027, 2)).toBe(28);
  });

  it("rejects dates not in the form YYYY-MM-DD", () => {
    // why: "2026-1-5" and "05/01/2026" are ambiguous or sloppy; records must be exact.
    for (const s of ["2026-1-5", "05/01/2026", "2026-12-21 ", " 2026-12-21", "20261221", "2026-12-21\n", ""]) {
      expect(isIsoDate(s), JSON.stringify(s)).toBe(false);
      expect(dateError(() => parseIsoDate(s)).message).toMatch(/is not a date in the form YYYY-MM-DD$/);
    }
  });

  it("says a date-time is not a date", () => {
    // why: a clearer message than "not a date" when the field just has a time on it.
    expect(dateError(() => parseIsoDate("2026-12-21T14:30")).message).toBe(
      '"2026-12-21T14:30" is a date-time; a date (YYYY-MM-DD) is needed here',
    );
  });

  it("carries `where` on the error and keeps record text out of the message", () => {
    // why: messages end up in logs; a name typed into a date field must not.
    const e = dateError(() => parseIsoDate("Jane Smith", "/child/dateOfBirth"));
    expect(e.where).toBe("/child/dateOfBirth");
    expect(e.message).not.toContain("Jane");
    expect(e.message).toBe("a text of 10 characters is not a date in the form YYYY-MM-DD");
  });

  it("rejects non-strings without crashing", () => {
    // why: JSON records can hold numbers or null where a date belongs.
    expect(isIsoDate(20260101)).toBe(false);
    expect(dateError(() => parseIsoDate(null as unknown as string)).message).toBe("null is not a date in the form YYYY-MM-DD");
  });
});

describe("day numbers", () => {
  it("agree with Date.UTC from 1900 to 2100", () => {
    // why: an independent oracle for the integer conversion the whole calendar rests on.
    const wrong: string[] = [];
    for (let t = Date.UTC(1900, 0, 1); t <= Date.UTC(2100, 11, 31); t += 86_400_000) {
      const iso = new Date(t).toISOString().slice(0, 10);
      const n = t / 86_400_000;
      if (parseIsoDate(iso) !== n || fromDayNumber(n) !== iso) wrong.push(iso);
    }
    expect(wrong).toEqual([]);
  });

  it("reads every year 0000-9999 as days_from_civil counts it, and only real days", () => {
    // why: parseIsoDate reads day numbers from tables (year starts, month starts), not toDayNumber;
    // each year's first, last and February days, and the days either side of every month, must agree.
    const wrong: string[] = [];
    const iso = (y: number, m: number, d: number) => `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
    for (let y = 0; y <= 9999; y++) {
      for (let m = 0; m <= 13; m++) {
        for (const d of [0, 1, 28, 29, 30, 31, 32]) {
          const real = m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
          const got = isoDayOrUndefined(iso(y, m, d));
          if (got !== (real ? toDayNumber(y, m, d) : undefined)) wrong.push(iso(y, m, d));
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it("toCivil inverts toDayNumber", () => {
    // why: addMonths goes through both.
    expect(toCivil(toDayNumber(2028, 2, 29))).toEqual({ year: 2028, month: 2, day: 29 });
  });

  it("refuses day numbers that are not whole", () => {
    // why: half a day is a bug upstream, never a date.
    expect(() => fromDayNumber(1.5)).toThrow(RangeError);
  });
});

describe("date-times", () => {
  it("parses minutes and optional seconds", () => {
    // why: standards that count hours need the time of day.
    expect(parseIsoDateTime("2026-12-21T14:30")).toEqual({ day: 20808, minutes: 870, seconds: 0 });
    expect(parseIsoDateTime("2026-12-21T14:30:15")).toEqual({ day: 20808, minutes: 870, seconds: 15 });
    expect(isIsoDateTime("2026-12-21T00:00")).toBe(true);
    expect(isIsoDateTime("2026-12-21T23:59:59")).toBe(true);
  });

  it("rejects 24:00, 14:60 and 23:59:60", () => {
    // why: 24:00 is the next day's 00:00; accepting both forms would make one instant two values.
    for (const s of ["2026-12-21T24:00", "2026-12-21T14:60", "2026-12-21T23:59:60"]) {
      expect(isIsoDateTime(s)).toBe(false);
      expect(dateError(() => parseIsoDateTime(s)).message).toBe(`"${s}" is not a real time`);
    }
  });

  it("rejects a real time on an unreal date", () => {
    // why: the date part is checked as strictly as a bare date.
    expect(dateError(() => parseIsoDateTime("2027-02-29T09:00")).message).toBe('"2027-02-29T09:00" is not a real date');
  });

  it("reads a date-time's day and sort key as its parts say, and fails them with the parts' errors", () => {
    // why: parseDay and isoSortKey read date-times without building the parts (the timeline reads
    // hundreds a case file); they must agree with parseIsoDateTime on every shape, good or bad.
    for (const s of ["2026-12-21T14:30", "2026-12-21T14:30:15", "2026-12-21T00:00", "2026-12-21T23:59:59", "1969-12-31T23:59", "0001-01-01T00:00:01"]) {
      const t = parseIsoDateTime(s);
      expect(parseDay(s)).toBe(t.day);
      expect(isoSortKey(s)).toBe(t.day * 86401 + 1 + t.minutes * 60 + t.seconds);
    }
    for (const s of ["2026-12-21T24:00", "2026-12-21T14:60", "2026-12-21T23:59:60", "2027-02-29T09:00", "2026-12-21T14:3", "2026-12-21T14:30Z", "2026-12-21T1a:30"]) {
      const expected = dateError(() => parseIsoDateTime(s)).message;
      expect(dateError(() => parseDay(s)).message).toBe(expected);
      expect(dateError(() => isoSortKey(s)).message).toBe(expected);
    }
  });

  it("rejects zones and bare dates with a message that says why", () => {
    // why: reviewkit date-times are local; a zone or a missing time needs a specific fix.
    expect(dateError(() => parseIsoDateTime("2026-12-21T14:30Z")).message).toMatch(/has a time zone/);
    expect(dateError(() => parseIsoDateTime("2026-12-21T14:30:00+01:00")).message).toMatch(/has a time zone/);
    expect(dateError(() => parseIsoDateTime("2026-12-21")).message).toMatch(/has no time/);
    expect(dateError(() => parseIsoDateTime("2026-12-21T9:30")).message).toMatch(/not a date-time in the form/);
  });

  it("parseDay takes either form", () => {
    // why: working-day counts use the date of a date-time.
    expect(parseDay("2026-12-21T14:30")).toBe(parseDay("2026-12-21"));
    expect(() => parseDay("2026-12-21 ")).toThrow("is not a date in the form YYYY-MM-DD");
  });

  it("fromDateTimeParts writes seconds only when there are some", () => {
    // why: a minute-precision input should come back in the same form.
    expect(fromDateTimeParts({ day: 20808, minutes: 870, seconds: 0 })).toBe("2026-12-21T14:30");
    expect(fromDateTimeParts({ day: 20808, minutes: 5, seconds: 9 })).toBe("2026-12-21T00:05:09");
  });
});

describe("dayOfWeek", () => {
  it("numbers Monday 1 to Sunday 7", () => {
    // why: ISO numbering; 21 Dec 2026 is a Monday, 25 Dec a Friday, 27 Dec a Sunday.
    expect(dayOfWeek("2026-12-21")).toBe(1);
    expect(dayOfWeek("2026-12-25")).toBe(5);
    expect(dayOfWeek("2026-12-27")).toBe(7);
    expect(dayOfWeek("1970-01-01")).toBe(4);
    expect(weekdayOfDayNumber(-1)).toBe(3); // 1969-12-31 was a Wednesday: negative day numbers work
  });
});

describe("compareIsoDates", () => {
  it("sorts dates, and a bare date before times on that day", () => {
    // why: timelines sort mixed dates and date-times deterministically.
    const sorted = ["2026-12-22", "2026-12-21T09:00", "2026-12-21", "2026-12-21T08:59:59"].sort(compareIsoDates);
    expect(sorted).toEqual(["2026-12-21", "2026-12-21T08:59:59", "2026-12-21T09:00", "2026-12-22"]);
    expect(compareIsoDates("2026-12-21", "2026-12-21")).toBe(0);
  });

  it("throws on an invalid date rather than sorting it somewhere", () => {
    // why: a bad date sorted silently would hide it.
    expect(() => compareIsoDates("2026-02-30", "2026-03-01")).toThrow(DateError);
  });
});

describe("formatLongDate and datePart", () => {
  it("writes dates as people read them", () => {
    // why: letters and reports say "21 December 2026", with no leading zero.
    expect(formatLongDate("2026-12-21")).toBe("21 December 2026");
    expect(formatLongDate("2027-01-05")).toBe("5 January 2027");
    expect(formatLongDate("2026-12-21T14:30")).toBe("21 December 2026 at 14:30");
    expect(formatLongDate("2026-12-21T09:05:59")).toBe("21 December 2026 at 09:05");
  });

  it("datePart returns the checked date", () => {
    // why: a date-time's day, for working-day counting.
    expect(datePart("2026-12-21T14:30")).toBe("2026-12-21");
    expect(datePart("2026-12-21")).toBe("2026-12-21");
    expect(() => datePart("2026-12-32T10:00")).toThrow(DateError);
  });
});

describe("dayAfter and dayBefore", () => {
  it("step one calendar day across month, year and leap-day ends, from a date or a date-time", () => {
    expect(dayAfter("2026-12-31")).toBe("2027-01-01");
    expect(dayBefore("2027-01-01")).toBe("2026-12-31");
    expect(dayAfter("2028-02-28")).toBe("2028-02-29");
    expect(dayBefore("2027-03-01")).toBe("2027-02-28");
    expect(dayAfter("2026-12-24T23:30")).toBe("2026-12-25");
  });
});
