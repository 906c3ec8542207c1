/**
 * Knowsley IRO Standard 6.2 (Escalation Process):
 *   "The IRO will consider referring the matter to Cafcass at an early stage if that appears to be the
 *   most effective way of resolving the issue. Outcomes will be inputted within 5 working days."
 *
 * The standard asks the IRO to *consider* Cafcass, not to refer, so this is a warning asking for the
 * consideration to be recorded. It applies only where the profile's escalation ladder allows a
 * Cafcass referral for the child's status (looked-after children; CPPCR 2010 reg 45), and only once
 * the dispute has reached the formal process: an informal conversation is not yet a matter Cafcass
 * could resolve, and "early" is read as "no later than the formal stage". A Cafcass referral step
 * shows it was considered. The timescale half of the paragraph is kiro-escalation-outcome-recorded.
 */
import { defineRule } from "../define-rule.js";
import { replayEscalation } from "../../escalation/replay.js";
import { longDate } from "../helpers/index.js";

export default defineRule({
  id: "kiro-cafcass-considered",
  appliesTo: ["escalation"],
  severity: "warning",
  description: "Once a looked-after child's escalation is formal, the record shows whether the IRO considered a referral to Cafcass.",
  source: { document: "000_e97c8872ca661401.txt", paragraph: "IRO Standard 6.2", requirement: "KIRO-6.2" },
  messages: {
    notRecorded: "This escalation has been in the formal process since {{formal}}; please record whether a referral to Cafcass was considered.",
    notConsidered: "This escalation has been in the formal process since {{formal}} and the record says a referral to Cafcass was not considered; the standard asks the IRO to consider it at an early stage.",
  },
  check(escalation, ctx) {
    const ladder = ctx.profile.escalation.ladders[escalation.childStatus];
    const formal = replayEscalation(escalation, ladder, ctx.calendar).formalStart?.date;
    if (!ladder.cafcass.allowedFor.includes(escalation.childStatus) || formal === undefined) {
      ctx.notApplicable("Cafcass not available for this child, or the escalation is informal");
      return;
    }
    if (escalation.cafcassConsidered === true || escalation.events.some((e) => e.type === "refer-cafcass")) return;
    ctx.report({
      messageId: escalation.cafcassConsidered === false ? "notConsidered" : "notRecorded",
      path: "/cafcassConsidered",
      data: { formal: longDate(formal) },
    });
  },
});
