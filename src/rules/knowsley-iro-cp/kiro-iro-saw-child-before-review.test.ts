import { testRule } from "../test-rule.js";
import { caseFile, lookedAfterReview } from "../../../test/fixtures/records.js";
import type { LookedAfterReview } from "../../types/index.js";
import rule from "./kiro-iro-saw-child-before-review.js";

// The fixture review is on 10 December 2026; the case file's previous review event is 10 September 2026.
const contactOn = (date: string | undefined) => {
  const r = lookedAfterReview();
  if (date === undefined) delete r.iroContactBeforeReview;
  else r.iroContactBeforeReview = { date, method: "phone" };
  return r;
};
const inCaseFile = (review: LookedAfterReview) => {
  const cf = caseFile();
  cf.records = [review];
  return cf;
};

testRule(rule, {
  profile: "knowsley",
  valid: [
    { why: "visited a week before the review", record: lookedAfterReview() },
    { why: "spoke on the morning of the review (same day)", record: contactOn("2026-12-10") },
    { why: "in the case file, contact on 11 September 2026, the day after the previous review", record: inCaseFile(contactOn("2026-09-11")) },
    {
      why: "no contact date, but the child met the IRO before the review",
      record: (() => {
        const r = contactOn(undefined);
        r.childParticipation = { how: "met-iro-before" };
        return r;
      })(),
    },
  ],
  invalid: [
    { why: "contact dated 11 December 2026, the day after the review", record: contactOn("2026-12-11"), errors: [{ messageId: "afterReview", path: "/iroContactBeforeReview/date" }] },
    {
      why: "in the case file, contact on 10 September 2026, the day of the previous review",
      record: inCaseFile(contactOn("2026-09-10")),
      errors: [{ messageId: "beforePrevious", path: "/records/0/iroContactBeforeReview/date" }],
    },
    {
      why: "in the case file, contact before an earlier review record (no event for it)",
      record: (() => {
        const earlier = lookedAfterReview();
        earlier.id = "LAR-2026-11-02";
        earlier.reviewDate = "2026-11-02";
        earlier.iroContactBeforeReview = { date: "2026-10-20", method: "visit" };
        const cf = inCaseFile(contactOn("2026-10-30"));
        cf.records.push(earlier);
        return cf;
      })(),
      errors: [{ messageId: "beforePrevious", path: "/records/0/iroContactBeforeReview/date" }],
    },
    {
      why: "no contact recorded and the child only attended: please check",
      record: contactOn(undefined),
      errors: [{ messageId: "notRecorded", path: "/iroContactBeforeReview/date", severity: "warning" }],
    },
  ],
});
