import { testRule } from "../test-rule.js";
import { lookedAfterReview } from "../../../test/fixtures/records.js";
import type { LookedAfterReview } from "../../types/index.js";
import rule from "./kiro-advocacy-offered.js";

// Knowsley's advocacy age is 11. The review is on 10 December 2026: a child born on 10 December 2015
// turns 11 that day; one born on 11 December 2015 is still 10.
const review = (dateOfBirth: string, advocacy: LookedAfterReview["advocacy"]) => {
  const r = lookedAfterReview();
  r.child.dateOfBirth = dateOfBirth;
  r.advocacy = advocacy;
  return r;
};

testRule(rule, {
  profile: "knowsley",
  valid: [
    { why: "offered and referred to NYAS", record: lookedAfterReview() },
    { why: "offered and declined, with the child's reason", record: review("2014-05-09", { offered: true, declinedReason: "Likes to speak for herself." }) },
  ],
  invalid: [
    {
      why: "not offered, and the child turned 11 on the day of the review",
      record: review("2015-12-10", { offered: false }),
      errors: [{ messageId: "notOfferedAge", path: "/advocacy/offered", severity: "error" }],
    },
    {
      why: "not offered, the child is 10 (11 the day after the review): please check",
      record: review("2015-12-11", { offered: false }),
      errors: [{ messageId: "notOffered", path: "/advocacy/offered", severity: "warning" }],
    },
    {
      why: "England has no advocacy age, so a 12-year-old not offered one is a warning",
      profile: "england",
      record: review("2014-05-09", { offered: false }),
      errors: [{ messageId: "notOffered", path: "/advocacy/offered", severity: "warning" }],
    },
    {
      why: "offered, but neither referred nor declined",
      record: review("2014-05-09", { offered: true, service: "NYAS" }),
      errors: [{ messageId: "noOutcome", path: "/advocacy/referredOn", severity: "warning" }],
    },
  ],
});
