import { describe, expect, it } from "vitest";
import { blankCaseFile, ev } from "../../test/fixtures/timeline.js";
import { casePeriods, involvementEnd, within } from "./periods.js";

describe("casePeriods", () => {
  it("merges consecutive looked-after statuses and ends the run at the next status", () => {
    const cf = blankCaseFile({
      legalStatus: [
        { status: "s20-accommodated", from: "2026-01-05" },
        { status: "interim-care-order", from: "2026-03-02" },
        { status: "not-looked-after", from: "2026-09-01" },
        { status: "care-order", from: "2026-11-02" },
      ],
    });
    expect(casePeriods(cf).lookedAfter.map((p) => [p.from, p.to])).toEqual([
      ["2026-01-05", "2026-09-01"],
      ["2026-11-02", undefined],
    ]);
  });

  it("takes plan periods from cpPlans, else from the child-protection-plan status", () => {
    expect(casePeriods(blankCaseFile({ cpPlans: [{ startDate: "2026-12-14", endDate: "2027-06-01", category: "neglect" }] })).cpPlans[0]).toMatchObject({ from: "2026-12-14", to: "2027-06-01" });
    expect(casePeriods(blankCaseFile({ legalStatus: [{ status: "child-protection-plan", from: "2026-12-14" }] })).cpPlans[0]).toMatchObject({ from: "2026-12-14", to: undefined });
  });

  it("ends a child in need period when the child goes on a plan", () => {
    const cf = blankCaseFile({ events: [ev("cin-start", "2026-10-01")], cpPlans: [{ startDate: "2026-12-14", category: "neglect" }] });
    expect(casePeriods(cf).childInNeed[0]).toMatchObject({ from: "2026-10-01", to: "2026-12-14" });
  });

  it("within includes both ends; involvementEnd is undefined while anything is open", () => {
    expect(within({ from: "2026-01-01", to: "2026-01-31" }, "2026-01-31")).toBe(true);
    expect(within({ from: "2026-01-01", to: "2026-01-31" }, "2026-02-01")).toBe(false);
    const closed = blankCaseFile({ legalStatus: [{ status: "care-order", from: "2026-01-05", to: "2026-06-30" }] });
    expect(involvementEnd(casePeriods(closed))).toBe("2026-06-30");
    expect(involvementEnd(casePeriods(blankCaseFile({ legalStatus: [{ status: "care-order", from: "2026-01-05" }] })))).toBeUndefined();
  });
});
