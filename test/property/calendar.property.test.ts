/**
 * Calendar invariants, checked on thousands of generated dates and counts rather than a few
 * hand-picked ones: the working-day arithmetic every timescale rests on must agree with itself, with
 * a day-by-day count, and with JavaScript's own UTC calendar.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { createCalendar, formatLongDate, isIsoDate, isIsoDateTime, defaultHolidayData } from "../../src/calendar/index.js";

// Silent: dates past the shipped bank holidays (2018–2028) are part of what is generated.
const cal = createCalendar({ onWarning: () => {} });
const RUNS = { numRuns: 400 };

/** ISO date by JavaScript's UTC calendar: an oracle independent of src/calendar. */
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const DAY = 86_400_000;
const dayMs = (d: string) => Date.parse(`${d}T00:00:00Z`);

/** Any date 2015–2032: inside the bank-holiday data and beyond it on both sides. */
const anyDate = fc.integer({ min: Date.UTC(2015, 0, 1) / DAY, max: Date.UTC(2032, 11, 31) / DAY }).map((d) => iso(d * DAY));
/** Dates where the shipped bank holidays are known. */
const knownDate = fc.integer({ min: Date.UTC(2018, 0, 1) / DAY, max: Date.UTC(2028, 10, 30) / DAY }).map((d) => iso(d * DAY));
const workingDate = anyDate.filter((d) => cal.isWorkingDay(d));

/** Brute force: working days after `from` up to and including `to`, one day at a time. */
function countByHand(from: string, to: string): number {
  let n = 0;
  for (let t = dayMs(from) + DAY; t <= dayMs(to); t += DAY) if (cal.isWorkingDay(iso(t))) n++;
  return n;
}

describe("working days (property)", () => {
  it("addWorkingDays(d, n) lands on a working day for every n ≥ 1", () => {
    fc.assert(fc.property(anyDate, fc.integer({ min: 1, max: 400 }), (d, n) => cal.isWorkingDay(cal.addWorkingDays(d, n))), RUNS);
  });

  it("addWorkingDays(d, -n) lands on a working day too (\"3 working days before\")", () => {
    fc.assert(fc.property(anyDate, fc.integer({ min: 1, max: 400 }), (d, n) => cal.isWorkingDay(cal.addWorkingDays(d, -n))), RUNS);
  });

  it("workingDaysBetween(d, addWorkingDays(d, n)) === n for a working day d, forwards and back", () => {
    fc.assert(
      fc.property(workingDate, fc.integer({ min: -400, max: 400 }), (d, n) => cal.workingDaysBetween(d, cal.addWorkingDays(d, n)) === n),
      RUNS,
    );
  });

  it("…and for any d when n ≥ 1 (day 0 may be a weekend or a bank holiday)", () => {
    fc.assert(fc.property(anyDate, fc.integer({ min: 1, max: 400 }), (d, n) => cal.workingDaysBetween(d, cal.addWorkingDays(d, n)) === n), RUNS);
  });

  it("addWorkingDays is strictly increasing in n", () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -300, max: 300 }), fc.integer({ min: 1, max: 100 }), (d, n, k) => {
        const a = cal.addWorkingDays(d, n);
        const b = cal.addWorkingDays(d, n + k);
        return a < b;
      }),
      RUNS,
    );
  });

  it("addWorkingDays(d, 0) is d, and the day before the answer is not also the answer's count", () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 1, max: 200 }), (d, n) => {
        expect(cal.addWorkingDays(d, 0)).toBe(d);
        // The n-th working day is the first day whose count reaches n: the day before has n - 1.
        const due = cal.addWorkingDays(d, n);
        expect(cal.workingDaysBetween(d, iso(dayMs(due) - DAY))).toBe(n - 1);
      }),
      RUNS,
    );
  });

  it("workingDaysBetween agrees with a day-by-day count, and is antisymmetric", () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 0, max: 90 }), (from, span) => {
        const to = iso(dayMs(from) + span * DAY);
        expect(cal.workingDaysBetween(from, to)).toBe(countByHand(from, to));
        expect(cal.workingDaysBetween(to, from)).toBe(-countByHand(from, to) || 0);
      }),
      { numRuns: 200 },
    );
  });

  it("a working day is Monday to Friday and not a shipped bank holiday", () => {
    const holidays = new Set([...defaultHolidayData().holidays.keys()].map((n) => iso(n * DAY)));
    fc.assert(
      fc.property(knownDate, (d) => {
        const dow = new Date(dayMs(d)).getUTCDay();
        return cal.isWorkingDay(d) === (dow !== 0 && dow !== 6 && !holidays.has(d));
      }),
      { numRuns: 1000 },
    );
  });

  it("calendar days and weeks are plain day arithmetic", () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -1000, max: 1000 }), (d, n) => {
        expect(cal.addCalendarDays(d, n)).toBe(iso(dayMs(d) + n * DAY));
        expect(cal.addWeeks(d, n)).toBe(iso(dayMs(d) + 7 * n * DAY));
        expect(cal.elapsed(d, cal.addCalendarDays(d, n), "calendar_days")).toBe(n);
      }),
      RUNS,
    );
  });
});

describe("months (property)", () => {
  /** Independent oracle: same day-of-month in the target month, clamped to its last day. */
  function addMonthsOracle(d: string, n: number): string {
    const [y, m, day] = d.split("-").map(Number) as [number, number, number];
    const total = y * 12 + (m - 1) + n;
    const ty = Math.floor(total / 12);
    const tm = total - ty * 12;
    const last = new Date(Date.UTC(ty, tm + 1, 0)).getUTCDate();
    return iso(Date.UTC(ty, tm, Math.min(day, last)));
  }

  it("addMonths keeps the day of the month, clamped at the end of a shorter month", () => {
    fc.assert(fc.property(anyDate, fc.integer({ min: -60, max: 60 }), (d, n) => cal.addMonths(d, n) === addMonthsOracle(d, n)), { numRuns: 1000 });
  });

  it("addMonths never leaves the target month (31 January + 1 month is in February)", () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -60, max: 60 }), (d, n) => {
        const [y, m] = d.split("-").map(Number) as [number, number];
        const total = y * 12 + (m - 1) + n;
        const got = cal.addMonths(d, n);
        return Number(got.slice(0, 4)) * 12 + Number(got.slice(5, 7)) - 1 === total;
      }),
      RUNS,
    );
  });

  it("whole months elapsed is the most m with d + m months ≤ the later date", () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 0, max: 800 }), (d, span) => {
        const to = iso(dayMs(d) + span * DAY);
        const m = cal.elapsed(d, to, "months");
        return cal.addMonths(d, m) <= to && cal.addMonths(d, m + 1) > to;
      }),
      RUNS,
    );
  });
});

describe("ISO dates (property)", () => {
  it("isIsoDate accepts exactly the real dates JavaScript's UTC calendar accepts", () => {
    const shaped = fc
      .tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
      .map(([y, m, d]) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);
    fc.assert(
      fc.property(shaped, (s) => {
        const t = Date.parse(`${s}T00:00:00Z`);
        const real = !Number.isNaN(t) && iso(t) === s;
        return isIsoDate(s) === real;
      }),
      { numRuns: 1000 },
    );
  });

  it("no arbitrary string makes the date checks throw", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.constantFrom("2026-02-30", "2026-12-15T24:00", "2026-12-15T23:60", "+02026-01-01", "2026-1-1")), (s) => {
        isIsoDate(s);
        isIsoDateTime(s);
      }),
      RUNS,
    );
  });

  it("formatLongDate reads back as the same date", () => {
    fc.assert(fc.property(anyDate, (d) => Date.parse(`${formatLongDate(d)} UTC`) === dayMs(d)), RUNS);
  });

  it("24 hours after a date-time is the same wall-clock time the next day", () => {
    const dateTime = fc.tuple(anyDate, fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(
      ([d, h, m]) => `${d}T${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`,
    );
    fc.assert(
      fc.property(dateTime, fc.integer({ min: -10, max: 10 }), (dt, days) => {
        const got = cal.addDuration(dt, { value: 24 * days, unit: "hours" });
        return isIsoDateTime(got) && got === `${iso(dayMs(dt.slice(0, 10)) + days * DAY)}${dt.slice(10)}`;
      }),
      RUNS,
    );
  });
});
