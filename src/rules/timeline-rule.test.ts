import { describe, expect, it } from "vitest";
import { defaultCalendar } from "../calendar/index.js";
import { loadProfile } from "../profiles/load-profile.js";
import { validateRecord } from "./run-rules.js";
import { lookedAfterFrom } from "../../test/fixtures/timeline.js";
import { timelineFor } from "../timeline/timeline-for.js";
import { timelineRule } from "./timeline-rule.js";

const source = { document: "CPPCR-2010", paragraph: "reg 33", requirement: "NAT-R33" };

describe("timelineRule", () => {
  it("refuses a kind the timeline does not have", () => {
    expect(() => timelineRule({ id: "x", description: "x", source, kinds: ["no-such-kind"] })).toThrow(/no timeline item kind no-such-kind/);
  });

  it("builds a case file's timeline once per profile, calendar and date", () => {
    const cf = lookedAfterFrom("2026-12-15");
    const ctx = { profile: loadProfile("knowsley"), calendar: defaultCalendar(), asOf: "2027-01-04" };
    expect(timelineFor(cf, ctx)).toBe(timelineFor(cf, ctx));
    expect(timelineFor(cf, { ...ctx, asOf: "2027-01-05" })).not.toBe(timelineFor(cf, ctx));
  });

  it("words an overdue finding with the item, the limit and where the clock started, citing the profile's timescale", () => {
    const rule = timelineRule({
      id: "reviews",
      description: "Reviews on time.",
      source,
      kinds: ["lac-review"],
      overrides: ["lac-first-review", "lac-second-review", "lac-subsequent-review"],
    });
    const { findings } = validateRecord(lookedAfterFrom("2026-12-15"), { profile: loadProfile("england"), asOf: "2027-01-18", rules: [{ group: "test", rule }] });
    expect(findings).toEqual([
      {
        ruleId: "reviews",
        severity: "error",
        path: "/legalStatus/0/from",
        message:
          "First looked-after review: due by 15 January 2027 (20 working days from the child becoming looked after on 15 December 2026), and not recorded as done by 18 January 2027.",
        requirement: "NAT-R33",
        source: { document: "CPPCR-2010", paragraph: "reg 33(1)" },
        messageId: "overdue",
        timescale: "lac-first-review",
        due: "2027-01-15",
        data: expect.objectContaining({ days: "1 working day", item: "First looked-after review" }),
      },
    ]);
  });

  it("reports only the timescales it owns: the national review rule owns the reviews, so a second rule over the same kind is quiet", () => {
    const rule = timelineRule({ id: "reviews-again", description: "Reviews on time.", source, kinds: ["lac-review"] });
    const result = validateRecord(lookedAfterFrom("2026-12-15"), { profile: loadProfile("england"), asOf: "2027-01-18", rules: [{ group: "test", rule }] });
    expect(result.findings).toEqual([]);
    expect(result.notApplicable).toEqual(["reviews-again"]);
  });

  it("is not applicable when the case file has no item of its kinds", () => {
    const rule = timelineRule({ id: "icpc", description: "x", source: { ...source, requirement: "NAT-WT-ICPC" }, kinds: ["icpc"] });
    const result = validateRecord(lookedAfterFrom("2026-12-15"), { profile: loadProfile("england"), asOf: "2027-01-18", rules: [{ group: "test", rule }] });
    expect(result.notApplicable).toEqual(["icpc"]);
  });
});
