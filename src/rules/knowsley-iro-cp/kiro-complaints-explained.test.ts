import { testRule } from "../test-rule.js";
import { lookedAfterReview } from "../../../test/fixtures/records.js";
import rule from "./kiro-complaints-explained.js";

const complaints = (childToldHowToComplain: boolean, helpOffered: boolean) => {
  const r = lookedAfterReview();
  r.complaints = { childToldHowToComplain, helpOffered };
  return r;
};

testRule(rule, {
  profile: "knowsley",
  valid: [{ why: "told how to complain and offered help", record: complaints(true, true) }],
  invalid: [
    { why: "not told how to complain", record: complaints(false, true), errors: [{ messageId: "notTold", path: "/complaints/childToldHowToComplain", severity: "error" }] },
    { why: "told, but not offered help: please check", record: complaints(true, false), errors: [{ messageId: "noHelp", path: "/complaints/helpOffered", severity: "warning" }] },
    {
      why: "neither told nor offered help",
      record: complaints(false, false),
      errors: [
        { messageId: "notTold", path: "/complaints/childToldHowToComplain", severity: "error" },
        { messageId: "noHelp", path: "/complaints/helpOffered", severity: "warning" },
      ],
    },
  ],
});
