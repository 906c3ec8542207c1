import { testRule } from "../test-rule.js";
import { lookedAfterReview } from "../../../test/fixtures/records.js";
import rule from "./kiro-decisions-child-friendly.js";

testRule(rule, {
  profile: "knowsley",
  valid: [
    { why: "both decisions have wording for the child and the IRO explained the letter", record: lookedAfterReview() },
    {
      why: "the letter has not gone yet, so no one has explained it yet",
      record: (() => {
        const r = lookedAfterReview();
        r.childDecisionsLetter = { format: "pictures" };
        return r;
      })(),
    },
    {
      why: "no decisions were made (not applicable)",
      record: (() => {
        const r = lookedAfterReview();
        r.decisions = [];
        return r;
      })(),
    },
  ],
  invalid: [
    {
      why: "the decisions were told in person and the second has no child-friendly wording (a written letter: kiro-child-letter-wording)",
      record: (() => {
        const r = lookedAfterReview();
        r.childDecisionsLetter = { format: "spoken" };
        delete r.decisions[1]!.childFriendlyText;
        return r;
      })(),
      errors: [{ messageId: "noChildText", path: "/decisions/1/childFriendlyText", severity: "warning" }],
    },
    {
      why: "child-friendly wording that is only spaces",
      record: (() => {
        const r = lookedAfterReview();
        r.childDecisionsLetter = { format: "video" };
        r.decisions[0]!.childFriendlyText = "   ";
        return r;
      })(),
      errors: [{ messageId: "noChildText", path: "/decisions/0/childFriendlyText" }],
    },
    {
      why: "the letter was sent but no one is recorded as explaining it",
      record: (() => {
        const r = lookedAfterReview();
        r.childDecisionsLetter = { sentOn: "2026-12-18", format: "letter" };
        return r;
      })(),
      errors: [{ messageId: "notExplained", path: "/childDecisionsLetter/explainedBy" }],
    },
  ],
});
