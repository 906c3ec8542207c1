import { testRule } from "../test-rule.js";
import { lookedAfterReview } from "../../../test/fixtures/records.js";
import type { LookedAfterReview } from "../../types/index.js";
import rule from "./kiro-permanence-by-second-review.js";

const review = (reviewNumber: number, permanence: LookedAfterReview["permanence"]) => {
  const r = lookedAfterReview();
  r.reviewNumber = reviewNumber;
  r.permanence = permanence;
  return r;
};

testRule(rule, {
  profile: "knowsley",
  valid: [
    { why: "third review, long-term fostering identified", record: lookedAfterReview() },
    { why: "first review, no plan yet: not due (not applicable)", record: review(1, { planIdentified: false }) },
    { why: "second review, return home identified", record: review(2, { planIdentified: true, plan: "return-home" }) },
  ],
  invalid: [
    { why: "second review with no plan identified", record: review(2, { planIdentified: false }), errors: [{ messageId: "notIdentified", path: "/permanence/planIdentified", severity: "error" }] },
    { why: "fifth review with no plan identified", record: review(5, { planIdentified: false }), errors: [{ messageId: "notIdentified", path: "/permanence/planIdentified", severity: "error" }] },
    { why: "identified, but which plan is not recorded", record: review(1, { planIdentified: true }), errors: [{ messageId: "planNotNamed", path: "/permanence/plan", severity: "warning" }] },
  ],
});
