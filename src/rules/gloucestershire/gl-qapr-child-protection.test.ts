import { testRule } from "../test-rule.js";
import { cpCaseFile } from "../../../test/fixtures/records.js";
import type { CaseFile } from "../../types/index.js";
import rule from "./gl-qapr-child-protection.js";

/**
 * Dima's case file: on a plan from the initial conference on Monday 14 December 2026, review
 * conferences on 12 March and 10 September 2027, and `qapr` events on these dates. The plan's first
 * year runs 14 December 2026 to 13 December 2027 (12 calendar months); it is judged from 14 December 2027.
 */
function plan(...qaprs: string[]): CaseFile {
  const cf = cpCaseFile();
  cf.authority = "gloucestershire";
  cf.events.push({ id: "E3", type: "review-conference", date: "2027-03-12" }, { id: "E4", type: "review-conference", date: "2027-09-10" });
  qaprs.forEach((date, i) => cf.events.push({ id: `Q${i}`, type: "qapr", date }));
  return cf;
}

const yearOne = ["2027-01-20", "2027-05-01", "2027-11-01"];

testRule(rule, {
  profile: "gloucestershire",
  valid: [
    { why: "one QAPR between each pair of conferences and 3 in the first year", record: plan(...yearOne), asOf: "2027-12-14" },
    { why: "the third of the first year on its last day, 13 December 2027", record: plan("2027-01-20", "2027-05-01", "2027-12-13"), asOf: "2027-12-14" },
    { why: "only 2 so far, but the first year is not over on 13 December 2027", record: plan("2027-01-20", "2027-05-01"), asOf: "2027-12-13" },
    { why: "2 in the second year (14 December 2027 to 13 December 2028)", record: plan(...yearOne, "2028-03-01", "2028-09-01"), asOf: "2028-12-14" },
    {
      why: "the plan ended after 10 months: no complete year to judge",
      record: (() => {
        const cf = plan("2027-01-20", "2027-05-01");
        cf.cpPlans![0]!.endDate = "2027-10-14";
        return cf;
      })(),
      asOf: "2028-01-01",
    },
  ],
  invalid: [
    {
      why: "only 2 in the first year",
      record: plan("2027-01-20", "2027-05-01"),
      asOf: "2027-12-14",
      errors: [{ messageId: "fewInYear", path: "/cpPlans/0" }],
    },
    {
      why: "the third on 14 December 2027 falls in the second year",
      record: plan("2027-01-20", "2027-05-01", "2027-12-14"),
      asOf: "2027-12-20",
      errors: [{ messageId: "fewInYear", path: "/cpPlans/0" }],
    },
    { why: "only 1 in the second year", record: plan(...yearOne, "2028-03-01"), asOf: "2028-12-14", errors: [{ messageId: "fewInYear", path: "/cpPlans/0" }] },
    {
      why: "no QAPR between the initial conference and the first review conference",
      record: plan("2027-05-01"),
      asOf: "2027-09-20",
      errors: [{ messageId: "missing", path: "/events/2" }],
    },
  ],
});
