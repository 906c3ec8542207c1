import { testRule } from "../test-rule.js";
import { cpCaseFile } from "../../../test/fixtures/records.js";
import rule from "./kcp-midpoint-check.js";

// The plan started at the initial conference on 14 December 2026. Worked by hand (calendar months):
//  - 3 months after 14 December 2026 is 14 March 2027: the first review conference on 12 March 2027
//    comes first, so no check is needed before it.
//  - 3 months after that review (12 March 2027) is 12 June 2027: a mid-point check on 12 June passes,
//    on 13 June is late. With no check, it is overdue from 13 June.
const file = (...midway: string[]) => {
  const cf = cpCaseFile();
  cf.events.push({ id: "E3", type: "review-conference", date: "2027-03-12" });
  midway.forEach((date, i) => cf.events.push({ id: `M${i}`, type: "midway-check", date }));
  return cf;
};
const noReview = () => cpCaseFile();

testRule(rule, {
  profile: "knowsley",
  valid: [
    { why: "a check on 12 June 2027, 3 months after the review conference", record: file("2027-06-12"), asOf: "2027-07-01" },
    { why: "first review conference within 3 months, and today is 12 June 2027, the due day", record: file(), asOf: "2027-06-12" },
    {
      why: "no review yet; a check on 14 March 2027, 3 months after the initial conference",
      record: (() => {
        const cf = noReview();
        cf.events.push({ id: "M", type: "midway-check", date: "2027-03-14" });
        return cf;
      })(),
      asOf: "2027-04-01",
    },
    {
      why: "a check the day after the conference, then none for 4 months: the check for that conference was done (not a rolling 3 months)",
      record: (() => {
        const cf = noReview();
        cf.events.push({ id: "M", type: "midway-check", date: "2026-12-15" });
        return cf;
      })(),
      asOf: "2027-04-20",
    },
    {
      why: "the plan ended on 10 March 2027, before any check was due",
      record: (() => {
        const cf = noReview();
        cf.cpPlans = [{ startDate: "2026-12-14", endDate: "2027-03-10", category: "neglect" }];
        cf.legalStatus = [{ status: "child-protection-plan", from: "2026-12-14", to: "2027-03-10" }];
        return cf;
      })(),
      asOf: "2027-06-01",
    },
  ],
  invalid: [
    {
      why: "the check came on 13 June 2027, a day late",
      record: file("2027-06-13"),
      asOf: "2027-07-01",
      errors: [{ messageId: "gap", path: "/events/3" }],
    },
    {
      why: "no check since the review conference, and today is 13 June 2027",
      record: file(),
      asOf: "2027-06-13",
      errors: [{ messageId: "overdue", path: "/events/2" }],
    },
    {
      why: "no review conference and no check, and today is 15 March 2027",
      record: noReview(),
      asOf: "2027-03-15",
      errors: [{ messageId: "overdue", path: "/records/0" }],
    },
  ],
});
