import { testRule } from "../test-rule.js";
import { cpCaseFile } from "../../../test/fixtures/records.js";
import rule from "./kcp-chair-visit.js";

// A plan that started on 14 December 2025 reaches 12 months on 14 December 2026 (worked by hand:
// 12 calendar months). A visit on 14 December 2026 counts; one on 13 December does not. With no
// visit, it is reported from 15 December 2026 (the day after the child reached 12 months).
const file = (opts: { visit?: string; endDate?: string } = {}) => {
  const cf = cpCaseFile();
  cf.cpPlans = [{ startDate: "2025-12-14", category: "neglect", ...(opts.endDate ? { endDate: opts.endDate } : {}) }];
  cf.legalStatus = [{ status: "child-protection-plan", from: "2025-12-14", ...(opts.endDate ? { to: opts.endDate } : {}) }];
  cf.events = [{ id: "E1", type: "initial-conference", date: "2025-12-14" }];
  if (opts.visit) cf.events.push({ id: "V1", type: "chair-visit", date: opts.visit });
  return cf;
};

testRule(rule, {
  profile: "knowsley",
  valid: [
    { why: "the chair visited on 14 December 2026, the day the child reached 12 months", record: file({ visit: "2026-12-14" }), asOf: "2027-01-10" },
    { why: "no visit yet, but today is 14 December 2026, the day the child reaches 12 months", record: file(), asOf: "2026-12-14" },
    { why: "the plan ended on 13 December 2026, a day short of 12 months", record: file({ endDate: "2026-12-13" }), asOf: "2027-06-01" },
    { why: "the fixture plan started 14 December 2026 and has not lasted 12 months", record: cpCaseFile(), asOf: "2027-06-01" },
  ],
  invalid: [
    {
      why: "no visit, and today is 15 December 2026, the day after the child reached 12 months",
      record: file(),
      asOf: "2026-12-15",
      errors: [{ messageId: "overdue", path: "/cpPlans/0/startDate" }],
    },
    {
      why: "the only visit was on 13 December 2026, before the child reached 12 months",
      record: file({ visit: "2026-12-13" }),
      asOf: "2027-01-10",
      errors: [{ messageId: "overdue", path: "/cpPlans/0/startDate" }],
    },
    {
      why: "the plan ended on 1 February 2027, after 12 months, without a visit",
      record: file({ endDate: "2027-02-01" }),
      asOf: "2027-06-01",
      errors: [{ messageId: "overdue", path: "/cpPlans/0/startDate" }],
    },
  ],
});
