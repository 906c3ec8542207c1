import { describe, expect, it } from "vitest";
import { inPeriod, previousPeriod } from "./period.js";

describe("reporting periods", () => {
  const year = { from: "2026-04-01", to: "2027-03-31" };
  it("includes both end days and nothing outside them", () => {
    expect(inPeriod("2026-04-01", year)).toBe(true);
    expect(inPeriod("2027-03-31", year)).toBe(true);
    expect(inPeriod("2027-03-31T23:59", year)).toBe(true);
    expect(inPeriod("2026-03-31", year)).toBe(false);
    expect(inPeriod("2027-04-01", year)).toBe(false);
    expect(inPeriod(undefined, year)).toBe(false);
  });
  it("gives the previous quarter and year as whole months", () => {
    expect(previousPeriod({ from: "2027-01-01", to: "2027-03-31" })).toEqual({ from: "2026-10-01", to: "2026-12-31" });
    expect(previousPeriod(year)).toEqual({ from: "2025-04-01", to: "2026-03-31" });
    expect(previousPeriod({ from: "2026-03-01", to: "2026-03-31" })).toEqual({ from: "2026-02-01", to: "2026-02-28" });
  });
  it("gives the same number of days before an odd period", () => {
    expect(previousPeriod({ from: "2026-04-10", to: "2026-04-19" })).toEqual({ from: "2026-03-31", to: "2026-04-09" });
  });
});
