/**
 * Knowsley IRO Standard 1.4 (Working in a Child Centred Manner):
 *   "IRO will check with the child as to their preferred language/method of communication."
 *
 * The review records the child's preferred language and method (both required by the schema, but
 * could be left as spaces) and whether the IRO checked them with the child; not checking is a breach.
 * Where the child's details elsewhere in the record give a different preferred language, the IRO is
 * asked to check which is right (a warning): one of them is out of date, and letters and interpreters
 * are arranged from it. Methods are free text ("spoken" against "spoken English") so are not compared.
 * Neither language is put in the message.
 */
import { defineRule } from "../define-rule.js";

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export default defineRule({
  id: "kiro-communication-checked",
  appliesTo: ["looked-after-review"],
  severity: "error",
  description: "The IRO checked the child's preferred language and method of communication with the child, and both are recorded.",
  source: { document: "000_e97c8872ca661401.txt", paragraph: "IRO Standard 1.4", requirement: "KIRO-1.4" },
  messages: {
    notChecked: "The review record says the IRO did not check the child's preferred language and method of communication with the child.",
    noLanguage: "The child's preferred language is not recorded.",
    noMethod: "The child's preferred method of communication is not recorded.",
    languageDiffers: "The preferred language recorded at this review differs from the one in the child's details; please check which is right and update the other.",
  },
  check(review, ctx) {
    const c = review.communication;
    if (!c.checkedWithChild) ctx.report({ messageId: "notChecked", path: "/communication/checkedWithChild" });
    if (c.preferredLanguage.trim() === "") ctx.report({ messageId: "noLanguage", path: "/communication/preferredLanguage" });
    if (c.method.trim() === "") ctx.report({ messageId: "noMethod", path: "/communication/method" });
    const other = review.child.preferredLanguage;
    if (other !== undefined && c.preferredLanguage.trim() !== "" && !same(other, c.preferredLanguage)) {
      ctx.report({ messageId: "languageDiffers", path: "/communication/preferredLanguage", severity: "warning" });
    }
  },
});
