import { describe, expect, it } from "vitest";
import { ruleContext as ctx } from "../../../test/fixtures/rule-context.js";
import { intervalBreaches } from "./interval-breaches.js";

// Knowsley's "cp-visit" is 4 weeks. From 14 December 2026: due 11 January 2027.

describe("intervalBreaches", () => {
  it("accepts an occurrence on the due day and finds one a day late", () => {
    // why: 14 December 2026 + 4 weeks = 11 January 2027 (day N); 12 January is day N+1.
    expect(intervalBreaches(ctx("2027-01-20"), { start: "2026-12-14", dates: ["2027-01-11"], timescale: "cp-visit" })).toEqual([]);
    expect(intervalBreaches(ctx("2027-01-20"), { start: "2026-12-14", dates: ["2027-01-12"], timescale: "cp-visit" })).toEqual([
      { previous: "2026-12-14", due: "2027-01-11", done: "2027-01-12" },
    ]);
  });

  it("finds an overdue one only once its due date has passed, and not after the duty ended", () => {
    // why: overdue from the day after the due date; a plan that ended first owes nothing more.
    expect(intervalBreaches(ctx("2027-01-11"), { start: "2026-12-14", dates: [], timescale: "cp-visit" })).toEqual([]);
    expect(intervalBreaches(ctx("2027-01-12"), { start: "2026-12-14", dates: [], timescale: "cp-visit" })).toEqual([
      { previous: "2026-12-14", due: "2027-01-11", done: undefined },
    ]);
    expect(intervalBreaches(ctx("2027-02-01"), { start: "2026-12-14", dates: [], end: "2027-01-10", timescale: "cp-visit" })).toEqual([]);
  });
});
