import { testRule } from "../test-rule.js";
import { lookedAfterReview } from "../../../test/fixtures/records.js";
import type { LookedAfterReview } from "../../types/index.js";
import rule from "./wb-parallel-plan-actions.js";

const firstReview = (permanence: LookedAfterReview["permanence"]) => {
  const r = lookedAfterReview();
  r.reviewNumber = 1;
  r.permanence = permanence;
  return r;
};
const action = { text: "Family group conference to explore kinship carers.", owner: { name: "Łukasz Wróbel", role: "Social Worker" }, dueDate: "2027-01-29" };

testRule(rule, {
  profile: "west-berkshire",
  valid: [
    { why: "the fixture is the third review: the standard is about the first", record: lookedAfterReview() },
    {
      why: "first review: parallel plan of kinship care with a family group conference booked",
      record: firstReview({ planIdentified: true, plan: "return-home", parallelPlan: "Kinship care with the maternal aunt.", parallelPlanActions: [action] }),
    },
    { why: "first review: actions confirmed without the plan written out", record: firstReview({ planIdentified: false, parallelPlanActions: [action] }) },
  ],
  invalid: [
    {
      why: "first review: a parallel plan with no actions",
      record: firstReview({ planIdentified: true, plan: "return-home", parallelPlan: "Kinship care with the maternal aunt.", parallelPlanActions: [] }),
      errors: [{ messageId: "noActions", path: "/permanence/parallelPlanActions", severity: "error" }],
    },
    {
      why: "first review: no parallel plan at all, a warning to check",
      record: firstReview({ planIdentified: true, plan: "long-term-fostering" }),
      errors: [{ messageId: "noParallelPlan", path: "/permanence/parallelPlan", severity: "warning" }],
    },
  ],
});
