import { testRule } from "../test-rule.js";
import { qaProgressReview } from "../../../test/fixtures/records.js";
import type { QaProgressReview } from "../../types/index.js";
import rule from "./gl-qapr-child-safer.js";

function cpForm(change: (r: QaProgressReview) => void = () => {}): QaProgressReview {
  const r = qaProgressReview();
  r.form = "cp";
  r.cpSections = {
    planProgress: { answer: "Good", rationale: "The heating is fixed and Dima eats breakfast at school." },
    childSafer: { answer: "partly", rationale: "Warmer and fed, but the home is not yet clean." },
  };
  change(r);
  return r;
}

testRule(rule, {
  profile: "gloucestershire",
  valid: [
    { why: "the plan's progress rated and 'is the child safer?' answered, both with reasons", record: cpForm() },
    { why: "the IRO form (not applicable)", record: qaProgressReview() },
  ],
  invalid: [
    {
      why: "the CP form without its sections",
      record: cpForm((r) => {
        delete r.cpSections;
      }),
      errors: [{ messageId: "sectionsMissing", path: "/cpSections" }],
    },
    {
      why: "'is the child safer?' answered with a blank reason",
      record: cpForm((r) => {
        r.cpSections!.childSafer.rationale = " ";
      }),
      errors: [{ messageId: "blank", path: "/cpSections/childSafer/rationale" }],
    },
  ],
});
