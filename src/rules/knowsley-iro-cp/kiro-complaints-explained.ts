/**
 * Knowsley IRO Standard 1.10 (Working in a Child Centred Manner):
 *   "The IRO will ensure that the child knows about the council's complaints procedures and has the
 *   help they need in using those procedures if they want to."
 *
 * The child being told how to complain (complaints.childToldHowToComplain) is unconditional: not told
 * is a breach. Help is needed only "if they want to" complain, so help not offered is a warning
 * asking the IRO to check the child has what they need. Putting the complaints contact into the
 * child's decisions letter is the generator's half of this requirement.
 */
import { defineRule } from "../define-rule.js";

export default defineRule({
  id: "kiro-complaints-explained",
  appliesTo: ["looked-after-review"],
  severity: "error",
  description: "The child was told about the complaints procedure, and offered help to use it.",
  source: { document: "000_e97c8872ca661401.txt", paragraph: "IRO Standard 1.10", requirement: "KIRO-1.10" },
  messages: {
    notTold: "The review record says the child was not told about the council's complaints procedure.",
    noHelp: "The review record says the child was not offered help to use the complaints procedure; please check the child has the help they need if they want to complain.",
  },
  check(review, ctx) {
    if (!review.complaints.childToldHowToComplain) ctx.report({ messageId: "notTold", path: "/complaints/childToldHowToComplain" });
    if (!review.complaints.helpOffered) ctx.report({ messageId: "noHelp", path: "/complaints/helpOffered", severity: "warning" });
  },
});
