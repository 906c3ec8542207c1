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
      why: "the case file's own child has no plan on 16 December 2026, after it was due",
      record: withoutPlan(),
      asOf: "2026-12-16",
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
