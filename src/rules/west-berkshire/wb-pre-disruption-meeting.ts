/**
 * West Berkshire Standard 1, For children in our care, Placement stability:
 *   "Where placements are at risk of disruption convene pre-disruption meetings to consider the
 *   underlying issues and how matching can improve to avoid multiple disruptions and instability."
 *
 * When the review records the placement as at risk of disruption, a pre-disruption meeting date is
 * needed. Judgement calls:
 *  - No date is an error: the standard is to convene the meeting.
 *  - A date before the child moved into this placement is about an earlier placement, so it does
 *    not count for this one (an error).
 *  - A date after today (ctx.asOf) is a meeting that is booked but not yet held: a warning to
 *    follow up, since the placement is still at risk until it happens.
 * The standard sets no time for the meeting, so none is checked.
 */
import { defineRule } from "../define-rule.js";
import { compareIsoDates } from "../../calendar/index.js";
import { longDate } from "../helpers/index.js";

export default defineRule({
  id: "wb-pre-disruption-meeting",
  appliesTo: ["looked-after-review"],
  severity: "error",
  description: "A placement at risk of disruption has a pre-disruption meeting.",
  source: { document: "002_eca72b624649d413.txt", paragraph: "Standard 1, Placement stability", requirement: "WB-1.PD" },
  messages: {
    missing: "The placement is recorded as at risk of disruption, but no pre-disruption meeting is recorded. Convene one to look at the underlying issues and matching.",
    beforePlacement:
      "The pre-disruption meeting on {{meeting}} was before the child moved into this placement on {{start}}, so it was about an earlier placement. Convene one for this placement.",
    notYetHeld: "The pre-disruption meeting is booked for {{meeting}}, after today ({{asOf}}). Please check it goes ahead.",
  },
  check(review, ctx) {
    const placement = review.placement;
    if (placement.atRiskOfDisruption !== true) {
      ctx.notApplicable("placement not at risk of disruption");
      return;
    }
    const meeting = placement.preDisruptionMeetingOn;
    const path = "/placement/preDisruptionMeetingOn";
    if (meeting === undefined) {
      ctx.report({ messageId: "missing", path });
    } else if (compareIsoDates(meeting, placement.startDate) < 0) {
      ctx.report({ messageId: "beforePlacement", path, data: { meeting: longDate(meeting), start: longDate(placement.startDate) } });
    } else if (compareIsoDates(meeting, ctx.asOf) > 0) {
      ctx.report({ messageId: "notYetHeld", path, data: { meeting: longDate(meeting), asOf: longDate(ctx.asOf) }, severity: "warning" });
    }
  },
});
