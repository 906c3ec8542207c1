import { describe, it, expect } from "vitest";
import {
  addMonthsToDayNumber,
  addWeekdays,
  countInRange,
  isWeekdayNumber,
  lowerBound,
  weekdaysBefore,
  weekdaysIn,
} from "./day-math.js";
import { fromDayNumber, parseIsoDate } from "./iso-date.js";

// An independent weekday test: JS Date's getUTCDay on the day's midnight UTC (0 = Sunday).
const naiveWeekday = (day: number): boolean => {
  const d = new Date(day * 86_400_000).getUTCDay();
  return d !== 0 && d !== 6;
};

describe("weekdays", () => {
  it("isWeekdayNumber agrees with Date.getUTCDay, including before 1970", () => {
    // why: the constant-time formula must hold for every residue, negative days included.
    for (let day = -800; day <= 800; day++) expect(isWeekdayNumber(day)).toBe(naiveWeekday(day));
  });

  it("weekdaysIn counts like a day-by-day loop", () => {
    // why: working-day counts subtract holidays from this; it must be exact for every alignment.
    for (let from = -20; from <= 20; from++) {
      for (let to = from - 3; to <= from + 30; to++) {
        let n = 0;
        for (let d = from; d <= to; d++) if (naiveWeekday(d)) n++;
        expect(weekdaysIn(from, to)).toBe(n);
      }
    }
    expect(weekdaysBefore(107) - weekdaysBefore(100)).toBe(5);
  });

  it("addWeekdays steps like a loop, forwards and backwards, from weekends too", () => {
    // why: addWorkingDays jumps with this; a Saturday start must land on Monday for +1.
    for (let start = -15; start <= 15; start++) {
      for (let n = -12; n <= 12; n++) {
        let d = start;
        for (let k = Math.abs(n); k > 0; ) {
          d += Math.sign(n);
          if (naiveWeekday(d)) k--;
        }
        expect(addWeekdays(start, n)).toBe(d);
      }
    }
  });

  it("Friday 25 December 2026 + 1 weekday is Monday 28 December", () => {
    // why: a hand-checked anchor, independent of the loop above.
    expect(fromDayNumber(addWeekdays(parseIsoDate("2026-12-25"), 1))).toBe("2026-12-28");
  });
});

describe("addMonthsToDayNumber", () => {
  const add = (date: string, n: number): string => fromDayNumber(addMonthsToDayNumber(parseIsoDate(date), n));

  it("clamps to the end of a shorter month", () => {
    // why: "one month after 31 January" has to be a real date, and not in March.
    expect(add("2026-01-31", 1)).toBe("2026-02-28");
    expect(add("2026-08-31", 1)).toBe("2026-09-30");
    expect(add("2026-03-31", -1)).toBe("2026-02-28");
  });

  it("uses 29 February in leap years", () => {
    // why: 2028 is a leap year, 2027 and 2029 are not.
    expect(add("2028-01-31", 1)).toBe("2028-02-29");
    expect(add("2027-11-30", 3)).toBe("2028-02-29");
    expect(add("2028-02-29", 12)).toBe("2029-02-28");
    expect(add("2024-02-29", 48)).toBe("2028-02-29");
  });

  it("counts from the original date, not month by month", () => {
    // why: 31 Jan + 2 months is 31 March; chaining through 28 Feb would give 28 March.
    expect(add("2026-01-31", 2)).toBe("2026-03-31");
  });

  it("crosses years both ways", () => {
    // why: December + 1 and January − 1 change the year.
    expect(add("2026-12-15", 1)).toBe("2027-01-15");
    expect(add("2027-01-15", -1)).toBe("2026-12-15");
    expect(add("2026-06-15", 0)).toBe("2026-06-15");
  });
});

describe("binary search", () => {
  it("lowerBound and countInRange count sorted values", () => {
    // why: holidays in a range are two lower bounds.
    const a = Int32Array.from([1, 3, 5]);
    expect(lowerBound(a, 0)).toBe(0);
    expect(lowerBound(a, 3)).toBe(1);
    expect(lowerBound(a, 6)).toBe(3);
    expect(countInRange(a, 2, 5)).toBe(2);
    expect(countInRange(a, 1, 1)).toBe(1);
    expect(countInRange(a, 5, 1)).toBe(0);
  });
});
