import { testRule } from "../test-rule.js";
import { lookedAfterReview } from "../../../test/fixtures/records.js";
import rule from "./kiro-child-knows-iro.js";

const knows = (k: boolean, howToContact: string) => {
  const r = lookedAfterReview();
  r.childKnowsIro = { knows: k, howToContact };
  return r;
};

testRule(rule, {
  profile: "knowsley",
  valid: [
    { why: "the child knows their IRO and has their number on a card", record: lookedAfterReview() },
    { why: "the child knows their IRO and can ask the foster carer to phone", record: knows(true, "Foster carer phones the IRO for her.") },
  ],
  invalid: [
    { why: "the record says the child does not know who their IRO is", record: knows(false, "Card given at this review."), errors: [{ messageId: "notKnown", path: "/childKnowsIro/knows" }] },
    { why: "how to contact the IRO is only spaces", record: knows(true, "  "), errors: [{ messageId: "noContact", path: "/childKnowsIro/howToContact" }] },
    {
      why: "neither half is recorded",
      record: knows(false, " "),
      errors: [
        { messageId: "notKnown", path: "/childKnowsIro/knows" },
        { messageId: "noContact", path: "/childKnowsIro/howToContact" },
      ],
    },
  ],
});
