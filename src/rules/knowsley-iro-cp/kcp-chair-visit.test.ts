import { testRule } from "../test-rule.js";
import { cpCaseFile } from "../../../test/fixtures/records.js";
import rule from "./kcp-chair-visit.js";

// A plan that started on Sun 14 December 2025 (initial conference that day), reviewed on 10 March and
// 8 September 2026, reaches 12 months on Mon 14 December 2026 (12 calendar months, worked by hand).
// The visit is due from that day and by the next review conference: held on 15 February 2027 in the
// `nextReview` cases; otherwise due on Mon 8 March 2027, 6 months after the 8 September conference
// (Working Together 2023). A visit on 13 December 2026 does not count (not yet 12 months).
const file = (opts: { visit?: string; endDate?: string; nextReview?: string } = {}) => {
  const cf = cpCaseFile();
  cf.cpPlans = [{ startDate: "2025-12-14", category: "neglect", ...(opts.endDate ? { endDate: opts.endDate } : {}) }];
  cf.legalStatus = [{ status: "child-protection-plan", from: "2025-12-14", ...(opts.endDate ? { to: opts.endDate } : {}) }];
  cf.events = [
    { id: "E1", type: "initial-conference", date: "2025-12-14" },
    { id: "R1", type: "review-conference", date: "2026-03-10" },
    { id: "R2", type: "review-conference", date: "2026-09-08" },
  ];
  if (opts.nextReview) cf.events.push({ id: "R3", type: "review-conference", date: opts.nextReview });
  if (opts.visit) cf.events.push({ id: "V1", type: "chair-visit", date: opts.visit });
  return cf;
};

testRule(rule, {
  profile: "knowsley",
  valid: [
    { why: "visit on Mon 8 March 2027, the day the next review conference is due (none held yet)", record: file({ visit: "2027-03-08" }), asOf: "2027-03-20" },
    { why: "visit on 14 December 2026, the day the child reached 12 months", record: file({ visit: "2026-12-14" }), asOf: "2027-03-20" },
    { why: "no visit yet, and today is 8 March 2027, the day it is due", record: file(), asOf: "2027-03-08" },
    { why: "visit on 15 February 2027, the day of the next review conference", record: file({ nextReview: "2027-02-15", visit: "2027-02-15" }), asOf: "2027-03-20" },
    { why: "the plan ended on 13 December 2026, a day short of 12 months", record: file({ endDate: "2026-12-13" }), asOf: "2027-06-01" },
    { why: "the fixture plan started 14 December 2026 and has not lasted 12 months", record: cpCaseFile(), asOf: "2027-06-01" },
  ],
  invalid: [
    {
      why: "visit on Tue 9 March 2027, a day after the next review conference was due",
      record: file({ visit: "2027-03-09" }),
      asOf: "2027-03-20",
      errors: [{ messageId: "late", path: "/events/3" }],
    },
    {
      why: "no visit, and today is 9 March 2027, the day after it was due",
      record: file(),
      asOf: "2027-03-09",
      errors: [{ messageId: "overdue", path: "/cpPlans/0/startDate" }],
    },
    {
      why: "visit on 16 February 2027, the day after the next review conference",
      record: file({ nextReview: "2027-02-15", visit: "2027-02-16" }),
      asOf: "2027-03-20",
      errors: [{ messageId: "late", path: "/events/4" }],
    },
    {
      why: "the only visit was on 13 December 2026, before the child reached 12 months",
      record: file({ visit: "2026-12-13" }),
      asOf: "2027-03-20",
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
