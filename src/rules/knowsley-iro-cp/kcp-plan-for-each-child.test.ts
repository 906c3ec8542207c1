import { describe, expect, it } from "vitest";
import { loadProfile } from "../../profiles/load-profile.js";
import { buildTimeline } from "../../timeline/build-timeline.js";
import { validateRecord } from "../run-rules.js";
import { testRule } from "../test-rule.js";
import { cpCaseFile, cpPlan } from "../../../test/fixtures/records.js";
import type { CpConference, CpPlan } from "../../types/index.js";
import rule from "./kcp-plan-for-each-child.js";

// Conference on Monday 14 December 2026 with no start time: a plan is due within 24 hours, which
// from a bare date is 15 December 2026 at the latest. So a missing plan is reported from
// 16 December (asOf after the due date), not on 15 December.
const conf = (cf: ReturnType<typeof cpCaseFile>) => cf.records[0] as CpConference;
const sibling = { id: "KN-0003", name: "Mila Sokolova", dateOfBirth: "2019-07-21", outcome: { subjectToPlan: true, category: "neglect" as const, reason: "Mila is likely to suffer significant harm through neglect." } };
const withSibling = (planForSibling: boolean) => {
  const cf = cpCaseFile();
  conf(cf).children.push(structuredClone(sibling));
  if (planForSibling) {
    const p = cpPlan();
    p.id = "CPP-KN-0003-1";
    p.child = { id: sibling.id, name: sibling.name, dateOfBirth: sibling.dateOfBirth };
    cf.records.push(p);
  }
  return cf;
};
const withoutPlan = () => {
  const cf = cpCaseFile();
  cf.records = cf.records.filter((r) => r.recordType !== "cp-plan");
  return cf;
};

testRule(rule, {
  profile: "knowsley",
  valid: [
    { why: "one child subject to a plan, one plan for them", record: cpCaseFile(), asOf: "2027-01-10" },
    { why: "two children subject to a plan, an individual plan each", record: withSibling(true), asOf: "2027-01-10" },
    { why: "no plan yet, but today (15 December 2026) is still within 24 hours of the conference date", record: withoutPlan(), asOf: "2026-12-15" },
    { why: "no plan at all on 16 December 2026: the plan is overdue, which kcp-plan-within-24-hours (the timescale's owner) reports", record: withoutPlan(), asOf: "2026-12-16" },
    {
      why: "a child not made subject to a plan needs none",
      record: (() => {
        const cf = withSibling(false);
        conf(cf).children[1]!.outcome = { subjectToPlan: false, reason: "Mila is not at risk of significant harm." };
        return cf;
      })(),
      asOf: "2027-01-10",
    },
  ],
  invalid: [
    {
      why: "the case file's own child has no plan on 10 January 2027, though the conference's plan for a sibling was made",
      record: (() => {
        const cf = withSibling(true);
        cf.records = cf.records.filter((r) => !(r.recordType === "cp-plan" && r.child.id !== sibling.id));
        return cf;
      })(),
      asOf: "2027-01-10",
      errors: [{ messageId: "missing", path: "/records/0/children/0", severity: "error" }],
    },
    {
      why: "a sibling made subject to a plan at the same conference has no plan in this file",
      record: withSibling(false),
      asOf: "2027-01-10",
      errors: [{ messageId: "missingSibling", path: "/records/0/children/1", severity: "warning" }],
    },
    {
      why: "a plan for a child the conference did not make subject to a plan",
      record: (() => {
        const cf = withSibling(true);
        conf(cf).children[1]!.outcome = { subjectToPlan: false, reason: "Mila is not at risk of significant harm." };
        return cf;
      })(),
      asOf: "2027-01-10",
      errors: [{ messageId: "notSubject", path: "/records/2/child/id" }],
    },
    {
      why: "a plan for a child who was not at the conference it names",
      record: (() => {
        const cf = cpCaseFile();
        (cf.records[1] as CpPlan).child.id = "KN-9999";
        return cf;
      })(),
      asOf: "2026-12-15",
      errors: [{ messageId: "notAtConference", path: "/records/1/child/id" }],
    },
    {
      why: "two plans for the same child from the same conference",
      record: (() => {
        const cf = cpCaseFile();
        const extra = cpPlan();
        extra.id = "CPP-KN-0002-draft";
        cf.records.push(extra);
        return cf;
      })(),
      asOf: "2027-01-10",
      errors: [{ messageId: "duplicate", path: "/records/2", severity: "warning" }],
    },
  ],
});

describe("one missing plan, one finding (issue 11: one owner per timescale)", () => {
  const profile = loadProfile("knowsley");
  const about = (cf: unknown, asOf: string) =>
    validateRecord(cf, { profile, asOf }).findings.filter((f) => f.ruleId === "kcp-plan-for-each-child" || f.ruleId === "kcp-plan-within-24-hours");

  it("a conference with no plan at all past its due date is reported once, by the timescale's owner, as deadlines shows it", () => {
    const findings = about(withoutPlan(), "2026-12-16");
    expect(findings.map((f) => [f.ruleId, f.messageId, f.timescale, f.due])).toEqual([["kcp-plan-within-24-hours", "overdue", "cp-plan-completed", "2026-12-15"]]);
    const items = buildTimeline(withoutPlan(), { profile, asOf: "2026-12-16" }).items.filter((i) => i.kind === "cp-plan-completed");
    expect(items.map((i) => [i.status, i.due])).toEqual([["overdue", "2026-12-15"]]);
  });

  it("a child left without their own plan where the conference's plan went to a sibling is reported by this rule alone", () => {
    const cf = withSibling(true);
    cf.records = cf.records.filter((r) => !(r.recordType === "cp-plan" && r.child.id !== sibling.id));
    expect(about(cf, "2027-01-10").map((f) => [f.ruleId, f.messageId, f.path])).toEqual([["kcp-plan-for-each-child", "missing", "/records/0/children/0"]]);
  });
});
