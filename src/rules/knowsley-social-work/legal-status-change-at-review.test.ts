import { testRule } from "../test-rule.js";
import { ev, lookedAfterFrom } from "../../../test/fixtures/timeline.js";
import type { CaseFile } from "../../types/index.js";
import rule from "./legal-status-change-at-review.js";

// Accommodated under section 20 from 1 Jun 2026; a care order from 1 Oct 2026.
function change(changedAtReview: boolean | undefined, reviews: string[] = []): CaseFile {
  return lookedAfterFrom("2026-06-01", {
    legalStatus: [
      { status: "s20-accommodated", from: "2026-06-01" },
      { status: "care-order", from: "2026-10-01", ...(changedAtReview === undefined ? {} : { changedAtReview }) },
    ],
    events: reviews.map((d) => ev("looked-after-review", d)),
  });
}

testRule(rule, {
  profile: "knowsley",
  valid: [
    { why: "recorded as discussed at a review", record: change(true) },
    { why: "not recorded either way, and a review was held on 10 Sep before the change", record: change(undefined, ["2026-09-10"]) },
    { why: "a review on the day of the change", record: change(undefined, ["2026-10-01"]) },
    { why: "no change of status", record: lookedAfterFrom("2026-06-01") },
    {
      why: "becoming looked after from a child protection plan is not a change of looked-after status",
      record: lookedAfterFrom("2026-06-01", { legalStatus: [{ status: "child-protection-plan", from: "2026-01-05" }, { status: "care-order", from: "2026-06-01" }] }),
    },
  ],
  invalid: [
    { why: "recorded as not discussed", record: change(false, ["2026-09-10"]), errors: [{ messageId: "notDiscussed", path: "/legalStatus/1/changedAtReview" }] },
    { why: "no review between 1 Jun and the change on 1 Oct", record: change(undefined, ["2026-10-02"]), errors: [{ messageId: "noReview", path: "/legalStatus/1/from" }] },
    {
      why: "leaving care with no review first",
      record: lookedAfterFrom("2026-06-01", { legalStatus: [{ status: "care-order", from: "2026-06-01" }, { status: "not-looked-after", from: "2026-08-01" }] }),
      errors: [{ messageId: "noReview" }],
    },
  ],
});
