import { testRule } from "../test-rule.js";
import { lookedAfterReview } from "../../../test/fixtures/records.js";
import { ev, lookedAfterFrom } from "../../../test/fixtures/timeline.js";
import type { LookedAfterReview } from "../../types/index.js";
import rule from "./permanency-and-pathway-plans.js";

// In care from 1 Jun 2026; the fixture review on Thu 10 Dec 2026 is review 3.
function withReview(change: (r: LookedAfterReview) => void, dateOfBirth = "2014-05-09", events: ReturnType<typeof ev>[] = []) {
  const r = lookedAfterReview();
  change(r);
  const cf = lookedAfterFrom("2026-06-01", { records: [r], events });
  cf.child.dateOfBirth = dateOfBirth;
  return cf;
}
const noPlan = (r: LookedAfterReview) => (r.permanence = { planIdentified: false });

testRule(rule, {
  profile: "knowsley",
  valid: [
    { why: "review 3 with a permanence plan identified", record: withReview(() => {}) },
    { why: "review 3: the record says none, but a permanence plan event came first", record: withReview(noPlan, "2014-05-09", [ev("permanence-plan", "2026-09-01")]) },
    { why: "review 1 needs no permanency plan yet", record: withReview((r) => ((r.reviewNumber = 1), noPlan(r))) },
    { why: "born 11 Dec 2010: 15 on the review day, no pathway plan needed", record: withReview(() => {}, "2010-12-11") },
    { why: "16 on the review day with a pathway plan in place", record: withReview((r) => (r.pathwayPlan = { inPlace: true, completedOn: "2026-11-30" }), "2010-12-10") },
  ],
  invalid: [
    { why: "review 3 with no permanency plan", record: withReview(noPlan), errors: [{ messageId: "noPermanencePlan", path: "/records/0" }] },
    { why: "born 10 Dec 2010: 16 on the review day and no pathway plan", record: withReview(() => {}, "2010-12-10"), errors: [{ messageId: "noPathwayPlan", path: "/records/0" }] },
    {
      why: "a second review recorded only as an event, with no permanence plan",
      record: lookedAfterFrom("2026-06-01", { events: [ev("looked-after-review", "2026-06-26"), ev("looked-after-review", "2026-09-10")] }),
      errors: [{ messageId: "noPermanencePlan", path: "/events/1" }],
    },
  ],
});
