import { testRule } from "../test-rule.js";
import { lookedAfterReview } from "../../../test/fixtures/records.js";
import rule from "./kiro-communication-checked.js";

const comm = (preferredLanguage: string, method: string, checkedWithChild: boolean) => {
  const r = lookedAfterReview();
  r.communication = { preferredLanguage, method, checkedWithChild };
  return r;
};

testRule(rule, {
  profile: "knowsley",
  valid: [
    { why: "checked with the child; language matches the child's details", record: lookedAfterReview() },
    { why: "same language with different case and spacing", record: comm(" english", "signing and spoken", true) },
    {
      why: "the child's details give no language to compare",
      record: (() => {
        const r = comm("Polish", "spoken", true);
        delete r.child.preferredLanguage;
        return r;
      })(),
    },
  ],
  invalid: [
    { why: "not checked with the child", record: comm("English", "spoken", false), errors: [{ messageId: "notChecked", path: "/communication/checkedWithChild" }] },
    {
      why: "language and method left as spaces",
      record: comm(" ", " ", true),
      errors: [
        { messageId: "noLanguage", path: "/communication/preferredLanguage" },
        { messageId: "noMethod", path: "/communication/method" },
      ],
    },
    {
      why: "the review says Polish but the child's details say English",
      record: comm("Polish", "spoken", true),
      errors: [{ messageId: "languageDiffers", path: "/communication/preferredLanguage", severity: "warning" }],
    },
  ],
});
