/**
 * West Berkshire Standard 1, For children in our care, Placement stability:
 *   "Where children are placed with kinship carers under regulation 24 in an emergency, monitor the
 *   approval of such placements by the Head of Service within 48 hours and if this has not happened
 *   escalate this."
 *
 * For each placement marked regulation 24 in the case file, the Head of Service's approval is due
 * within the profile's "regulation-24-approval" timescale (48 hours) of the placement: from its start
 * time where recorded, else its start date (the calendar then takes the latest the 48 hours could
 * end, two days later, so a placement is never called late when it may not have been). Hours are
 * clock hours: emergencies happen at weekends and bank holidays too.
 *
 * The standard has two halves, and the IRO's duty is met by either: the approval within 48 hours,
 * or, when it has not happened, an escalation. So approval late or still missing after the 48
 * hours is reported only when the case file holds no escalation about it (an escalation about a
 * looked-after child, since that is what a regulation 24 placement makes the child): one linked to the
 * placement by its id, or one first raised from the placement's start up to the approval (or up to
 * today while there is still no approval). An escalation raised before the placement began is
 * about something else.
 */
import { defineRule } from "../define-rule.js";
import { compareIsoDates, datePart } from "../../calendar/index.js";
import { checkWithin, compareMoments, raisedOn, recordsOfType } from "../helpers/index.js";

export default defineRule({
  id: "wb-regulation-24-approval",
  appliesTo: ["case-file"],
  severity: "error",
  description: "A regulation 24 emergency kinship placement is approved by the Head of Service within {regulation-24-approval}, or the delay is escalated.",
  source: { document: "002_eca72b624649d413.txt", paragraph: "Standard 1, Placement stability", requirement: "WB-1.R24" },
  owns: ["regulation-24-approval"],
  messages: {
    late:
      "Placement {{placement}} (regulation 24) began on {{trigger}} and the Head of Service approved it on {{done}}, after it was due by {{due}} ({{limit}}); no escalation of the delay is recorded.",
    overdue:
      "Placement {{placement}} (regulation 24) began on {{trigger}}; Head of Service approval was due by {{due}} ({{limit}}), none is recorded as of {{asOf}}, and no escalation is recorded.",
  },
  check(caseFile, ctx) {
    const escalations = recordsOfType(caseFile, "escalation")
      .map((e) => e.record)
      .filter((e) => e.childStatus === "looked-after");
    let any = false;
    caseFile.placements.forEach((placement, i) => {
      if (placement.regulation24 !== true) return;
      any = true;
      const trigger = placement.startedAt ?? placement.startDate;
      const done = placement.headOfServiceApprovedAt;
      const due = ctx.dueDate(trigger, "regulation-24-approval");
      const breached = done !== undefined ? compareMoments(done, due) > 0 : compareIsoDates(ctx.asOf, datePart(due)) > 0;
      if (!breached) return;
      const until = done !== undefined ? datePart(done) : ctx.asOf;
      const escalated = escalations.some((e) => {
        if (e.linkedRecordId === placement.id) return true;
        const raised = raisedOn(e);
        return compareIsoDates(raised, placement.startDate) >= 0 && compareIsoDates(raised, until) <= 0;
      });
      if (escalated) return;
      checkWithin(ctx, {
        trigger,
        done,
        timescale: "regulation-24-approval",
        path: `/placements/${i}/headOfServiceApprovedAt`,
        messages: { late: "late", overdue: "overdue" },
        data: { placement: placement.id },
      });
    });
    if (!any) ctx.notApplicable("no regulation 24 placement");
  },
});
