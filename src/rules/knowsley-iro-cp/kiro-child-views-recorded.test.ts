import { testRule } from "../test-rule.js";
import { lookedAfterReview } from "../../../test/fixtures/records.js";
import rule from "./kiro-child-views-recorded.js";

const views = (wishesAndFeelings: string, howConsidered: string, childsOwnWords?: string) => {
  const r = lookedAfterReview();
  r.childViews = childsOwnWords === undefined ? { wishesAndFeelings, howConsidered } : { wishesAndFeelings, howConsidered, childsOwnWords };
  return r;
};

testRule(rule, {
  profile: "knowsley",
  valid: [
    { why: "views, how they were considered and the child's own words are all recorded", record: lookedAfterReview() },
    { why: "own words with characters a template might trip on", record: views("Wants to stay.", "Plan kept.", "*stay* | here #1") },
  ],
  invalid: [
    { why: "the child's views are only spaces", record: views("  ", "Plan kept.", "Stay."), errors: [{ messageId: "noViews", path: "/childViews/wishesAndFeelings" }] },
    { why: "how the views were considered is only spaces", record: views("Wants to stay.", " ", "Stay."), errors: [{ messageId: "notConsidered", path: "/childViews/howConsidered" }] },
    {
      why: "no own words: good practice, info only",
      record: views("Wants to stay.", "Plan kept."),
      errors: [{ messageId: "noOwnWords", path: "/childViews/childsOwnWords", severity: "info" }],
    },
  ],
});
