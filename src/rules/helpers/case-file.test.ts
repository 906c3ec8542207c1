import { describe, expect, it } from "vitest";
import { blankCaseFile } from "../../../test/fixtures/timeline.js";
import { isLookedAfterOn, lookedAfterPeriods } from "./case-file.js";

describe("lookedAfterPeriods", () => {
  it("merges s20 followed by an interim care order into one time in care, and keeps a later return apart", () => {
    const cf = blankCaseFile({
      legalStatus: [
        { status: "interim-care-order", from: "2026-03-02", to: "2026-06-30" },
        { status: "s20-accommodated", from: "2026-01-12" },
        { status: "child-in-need", from: "2026-07-01", to: "2026-09-30" },
        { status: "care-order", from: "2026-10-01" },
      ],
    });
    expect(lookedAfterPeriods(cf)).toEqual([
      { from: "2026-01-12", to: "2026-06-30" },
      { from: "2026-10-01", to: undefined },
    ]);
    expect(isLookedAfterOn(cf, "2026-03-01")).toBe(true);
    expect(isLookedAfterOn(cf, "2026-08-01")).toBe(false);
    expect(isLookedAfterOn(cf, "2026-12-25")).toBe(true);
  });
});
