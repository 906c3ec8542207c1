import { testRule } from "../test-rule.js";
import { lookedAfterReview } from "../../../test/fixtures/records.js";
import type { LookedAfterReview } from "../../types/index.js";
import rule from "./wb-housing-plan-at-16.js";

// Review on 10 December 2026. Born 10 December 2010: 16 on the review day. Born 11 December 2010:
// still 15. Born 29 February 2012: 2028 is a leap year, so 16 on 29 February 2028 and still 15 on
// 28 February 2028.
const review = (dateOfBirth: string, housingPlan?: LookedAfterReview["housingPlan"], reviewDate = "2026-12-10") => {
  const r = lookedAfterReview();
  r.child.dateOfBirth = dateOfBirth;
  r.reviewDate = reviewDate;
  if (housingPlan !== undefined) r.housingPlan = housingPlan;
  return r;
};
const plan = { inPlace: true, details: "Staying put with the foster carers after 18." };

testRule(rule, {
  profile: "west-berkshire",
  valid: [
    { why: "the fixture child is 12", record: lookedAfterReview() },
    { why: "born 11 December 2010: 15 on the review day, no plan needed yet", record: review("2010-12-11") },
    { why: "16 on the review day, with a housing plan", record: review("2010-12-10", plan) },
    { why: "17, with a housing plan", record: review("2009-06-01", plan) },
    { why: "born 29 February 2012, reviewed 28 February 2028: still 15", record: review("2012-02-29", undefined, "2028-02-28") },
  ],
  invalid: [
    { why: "16 on the review day and no housing plan", record: review("2010-12-10"), errors: [{ messageId: "missing", path: "/housingPlan" }] },
    { why: "17 with a plan recorded as not in place", record: review("2009-06-01", { inPlace: false }), errors: [{ messageId: "notInPlace", path: "/housingPlan/inPlace" }] },
    {
      why: "a plan in place without saying what it is",
      record: review("2009-06-01", { inPlace: true }),
      errors: [{ messageId: "noDetails", path: "/housingPlan/details", severity: "warning" }],
    },
    { why: "born 29 February 2012, 16 on 29 February 2028, no plan", record: review("2012-02-29", undefined, "2028-02-29"), errors: [{ messageId: "missing" }] },
  ],
});
