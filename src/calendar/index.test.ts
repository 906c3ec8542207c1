import { describe, it, expect, vi } from "vitest";
import * as calendar from "./index.js";
import { addWorkingDays, defaultCalendar, horizonWarning, isWorkingDay, workingDaysBetween } from "./index.js";

describe("root-level functions on the default calendar", () => {
  it("use the shipped 2018–2028 data", () => {
    // why: the quick functions must give the same answers as an explicit calendar.
    expect(defaultCalendar().horizon).toEqual({
      firstDate: "2018-01-01",
      lastDate: "2028-12-31",
      source: "GOV.UK bank-holidays.json, england-and-wales",
    });
    expect(addWorkingDays("2026-12-22", 5)).toBe("2026-12-31");
    expect(workingDaysBetween("2026-12-24", "2026-12-29")).toBe(1);
    expect(isWorkingDay("2026-12-25")).toBe(false);
  });

  it("share one calendar", () => {
    // why: created lazily once, so the holiday file is read once and warnings deduplicate.
    expect(defaultCalendar()).toBe(defaultCalendar());
  });

  it("report horizon warnings as process warnings", () => {
    // why: the default calendar has no callback of its own; Node shows these on stderr.
    const spy = vi.spyOn(process, "emitWarning").mockImplementation(() => {});
    expect(addWorkingDays("2028-12-29", 1)).toBe("2029-01-01");
    addWorkingDays("2028-12-29", 1);
    expect(spy).toHaveBeenCalledTimes(1);
    expect(spy).toHaveBeenCalledWith(horizonWarning(defaultCalendar().horizon, "2029-01-01"), "ReviewkitHorizonWarning");
    spy.mockRestore();
  });

  it("re-export the whole calendar API", () => {
    // why: the rest of reviewkit imports from calendar/index.js only.
    for (const name of ["createCalendar", "loadHolidayData", "readHolidayFile", "defaultHolidayData", "parseIsoDate", "formatLongDate", "DURATION_UNITS"]) {
      expect(calendar, name).toHaveProperty(name);
    }
  });
});
