/**
 * NAT-903-PN — DfE, Children looked after return (SSDA903) guide: for each review the local
 * authority records how the child participated as one code, PN0 to PN7. "PN0: child aged under 4 at
 * the time of the review"; PN1–PN7 describe how a child of 4 or over took part. So PN0 is right if
 * and only if the child is under 4 on the review's date. Where the IRO has not recorded a code and
 * the older "how the child took part" value cannot say which code applies, the IRO is asked for it
 * (see helpers/participation-code.ts for which values map and why).
 */
import { defineRule } from "../define-rule.js";
import { participationCode, underFour } from "../helpers/participation-code.js";
import { ageOn } from "../../people/age.js";

export default defineRule({
  id: "participation-code",
  appliesTo: ["looked-after-review"],
  severity: "error",
  description: "The review's participation code (PN0–PN7) is recorded where it cannot be read from the record, and PN0 is used if and only if the child is under 4.",
  source: { document: "DfE-SSDA903", paragraph: "participation in reviews (PN codes)", requirement: "NAT-903-PN" },
  messages: {
    pn0ButFourOrOver: "The participation code is PN0 (under 4), but the child was {{age}} on the day of the review; record how they took part as PN1 to PN7.",
    underFourNotPn0: "The child was under 4 on the day of the review, so the participation code is PN0, not {{code}}.",
    codeNeeded: "Record the participation code (PN1 to PN7): \"{{how}}\" could mean more than one code.",
    codeMissing: "Record the participation code (PN1 to PN7): the record does not say how the child took part.",
  },
  check(review, ctx) {
    const recorded = review.childParticipation?.code;
    const young = underFour(review);
    if (recorded === "PN0" && !young) {
      ctx.report({ messageId: "pn0ButFourOrOver", path: "/childParticipation/code", data: { age: ageOn(review.child.dateOfBirth, review.reviewDate) } });
      return;
    }
    if (recorded !== undefined && recorded !== "PN0" && young) {
      ctx.report({ messageId: "underFourNotPn0", path: "/childParticipation/code", data: { code: recorded } });
      return;
    }
    const reading = participationCode(review);
    if (reading.code !== undefined) return;
    // Asking for a missing code is "please check", not a breach: the review itself may have gone well.
    if (reading.how === undefined) ctx.report({ messageId: "codeMissing", path: "/childParticipation", severity: "warning" });
    else ctx.report({ messageId: "codeNeeded", path: "/childParticipation/how", data: { how: reading.how }, severity: "warning" });
  },
});
