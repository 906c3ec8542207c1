import { describe, it, expect } from "vitest";
import { DateError } from "../errors.js";
import { DURATION_UNIT_LABELS, DURATION_UNITS, type DurationUnit } from "./durations.js";
import { createCalendar } from "./working-days.js";

const warnings: string[] = [];
const cal = createCalendar({ onWarning: (m) => warnings.push(m) });

describe("addDuration", () => {
  it("working days: 20 after 2026-12-10 is 2027-01-12", () => {
    // why: the same hand-checked boundary as working-days.test.ts, through the profile's unit.
    expect(cal.addDuration("2026-12-10", { value: 20, unit: "working_days" })).toBe("2027-01-12");
    expect(cal.addDuration("2026-12-10T16:00", { value: 20, unit: "working_days" })).toBe("2027-01-12");
  });

  it("calendar days, weeks and months", () => {
    // why: each unit has its own arithmetic; months clamp at month end.
    expect(cal.addDuration("2026-12-10", { value: 28, unit: "calendar_days" })).toBe("2027-01-07");
    expect(cal.addDuration("2026-12-10", { value: 6, unit: "weeks" })).toBe("2027-01-21");
    expect(cal.addDuration("2026-08-31", { value: 6, unit: "months" })).toBe("2027-02-28");
    expect(cal.addDuration("2027-08-31", { value: 6, unit: "months" })).toBe("2028-02-29");
  });

  it("hours from a date-time: the exact wall-clock time", () => {
    // why: "within 24 hours of 14:30" ends at 14:30 the next day, across months and years too.
    expect(cal.addDuration("2026-12-21T14:30", { value: 24, unit: "hours" })).toBe("2026-12-22T14:30");
    expect(cal.addDuration("2026-12-31T23:15", { value: 1, unit: "hours" })).toBe("2027-01-01T00:15");
    expect(cal.addDuration("2026-12-21T14:30:45", { value: 72, unit: "hours" })).toBe("2026-12-24T14:30:45");
    expect(cal.addDuration("2026-12-21T14:30", { value: 0, unit: "hours" })).toBe("2026-12-21T14:30");
  });

  it("hours from a bare date: the latest date the hours could end", () => {
    // why: the event may have been at 23:59, so 24 hours can end the next day at the latest; 25 can reach the day after.
    expect(cal.addDuration("2026-12-21", { value: 24, unit: "hours" })).toBe("2026-12-22");
    expect(cal.addDuration("2026-12-21", { value: 1, unit: "hours" })).toBe("2026-12-22");
    expect(cal.addDuration("2026-12-21", { value: 25, unit: "hours" })).toBe("2026-12-23");
    expect(cal.addDuration("2026-12-21", { value: 48, unit: "hours" })).toBe("2026-12-23");
    expect(cal.addDuration("2026-12-21", { value: 0, unit: "hours" })).toBe("2026-12-21");
  });

  it("negative values count back, hours from a bare date again taking the latest moment", () => {
    // why: "at least 24 hours before the conference": with a date only, the conference may be at 23:59, so the day before.
    expect(cal.addDuration("2027-01-05", { value: -3, unit: "working_days" })).toBe("2026-12-30");
    expect(cal.addDuration("2026-12-21T10:00", { value: -24, unit: "hours" })).toBe("2026-12-20T10:00");
    expect(cal.addDuration("2026-12-21T10:00", { value: -11, unit: "hours" })).toBe("2026-12-20T23:00");
    expect(cal.addDuration("2026-12-21", { value: -24, unit: "hours" })).toBe("2026-12-20");
    expect(cal.addDuration("2026-12-21", { value: -25, unit: "hours" })).toBe("2026-12-20");
    expect(cal.addDuration("2026-12-21", { value: -1, unit: "hours" })).toBe("2026-12-21");
    expect(cal.addDuration("2026-12-21", { value: -48, unit: "hours" })).toBe("2026-12-19");
  });

  it("rejects fractional values and unknown units", () => {
    // why: both are profile bugs; guessing would move a deadline.
    expect(() => cal.addDuration("2026-12-21", { value: 1.5, unit: "weeks" })).toThrow(RangeError);
    expect(() => cal.addDuration("2026-12-21", { value: 1, unit: "fortnights" as DurationUnit })).toThrow(
      /unknown unit "fortnights"; expected one of working_days, calendar_days, weeks, months, hours/,
    );
  });

  it("rejects invalid triggers", () => {
    // why: a due date from a date that does not exist would be a guess.
    expect(() => cal.addDuration("2026-02-30", { value: 1, unit: "calendar_days" })).toThrow(DateError);
    expect(() => cal.addDuration("2026-12-21T25:00", { value: 1, unit: "hours" })).toThrow(DateError);
  });
});

describe("elapsed", () => {
  it("working days, calendar days and weeks", () => {
    // why: messages say "sent 5 working days after the review".
    expect(cal.elapsed("2026-12-22", "2026-12-31", "working_days")).toBe(5);
    expect(cal.elapsed("2026-12-22", "2026-12-31", "calendar_days")).toBe(9);
    expect(cal.elapsed("2026-12-10", "2027-01-20", "weeks")).toBe(5);
    expect(cal.elapsed("2026-12-10", "2027-01-21", "weeks")).toBe(6);
  });

  it("whole months, clamped like addMonths", () => {
    // why: 31 Jan to 28 Feb is one month by the same rule that set the deadline.
    expect(cal.elapsed("2026-01-31", "2026-02-27", "months")).toBe(0);
    expect(cal.elapsed("2026-01-31", "2026-02-28", "months")).toBe(1);
    expect(cal.elapsed("2026-01-31", "2026-03-30", "months")).toBe(1);
    expect(cal.elapsed("2026-01-31", "2026-03-31", "months")).toBe(2);
    expect(cal.elapsed("2026-06-15", "2027-06-15", "months")).toBe(12);
  });

  it("is negative, never -0, when `to` is before `from`", () => {
    // why: time before a meeting; -0 would fail equality checks.
    expect(cal.elapsed("2026-12-31", "2026-12-22", "working_days")).toBe(-5);
    expect(cal.elapsed("2026-03-31", "2026-01-31", "months")).toBe(-2);
    expect(cal.elapsed("2026-12-24", "2026-12-22", "weeks")).toBe(0);
    expect(cal.elapsed("2026-12-24", "2026-12-22", "months")).toBe(0);
  });

  it("hours between two date-times, exactly", () => {
    // why: hour-based standards (e.g. strategy discussions) need the real gap, seconds included.
    expect(cal.elapsed("2026-12-21T14:30", "2026-12-22T14:30", "hours")).toBe(24);
    expect(cal.elapsed("2026-12-21T14:30", "2026-12-22T16:00", "hours")).toBe(25.5);
    expect(cal.elapsed("2026-12-22T14:30", "2026-12-21T14:30", "hours")).toBe(-24);
    expect(cal.elapsed("2026-12-21T14:30:00", "2026-12-21T14:30:36", "hours")).toBe(0.01);
  });

  it("refuses hours when either side is a bare date", () => {
    // why: without the time the hours are unknown; a number would be a guess.
    expect(() => cal.elapsed("2026-12-21", "2026-12-22T14:30", "hours")).toThrow(
      'hours can only be counted between two date-times; "2026-12-21" has no time',
    );
    expect(() => cal.elapsed("2026-12-21T10:00", "2026-12-22", "hours")).toThrow(DateError);
  });

  it("undoes addDuration for every unit", () => {
    // why: a due date and the elapsed count must tell the same story.
    const trigger = "2026-12-10"; // a working day, so working-day round trips are exact
    for (const unit of DURATION_UNITS) {
      for (const value of [0, 1, 2, 5, 20, 24, 36]) {
        const t = unit === "hours" ? `${trigger}T09:15` : trigger;
        expect(cal.elapsed(t, cal.addDuration(t, { value, unit }), unit), `${value} ${unit}`).toBe(value);
      }
    }
  });

  it("has a reading label for each unit", () => {
    // why: messages print "20 working days", not "20 working_days".
    expect(DURATION_UNITS.map((u) => DURATION_UNIT_LABELS[u])).toEqual([
      "working days",
      "calendar days",
      "weeks",
      "months",
      "hours",
    ]);
  });
});
