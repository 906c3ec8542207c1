/**
 * Knowsley IRO Standard 2.1 (Monitoring the Child's Plan to Permanence):
 *   "The IRO will be satisfied that each placement is meeting the needs of the child and if not
 *   escalate as required."
 *
 * The review records whether the placement meets the child's needs (placement.meetsNeeds) and the
 * IRO's view (placement.iroView, required by the schema; text left as spaces is an error). When it
 * does not, the IRO escalates. In a case file the escalation should be there: one that names this
 * review (linkedRecordId) or was raised on or after the review date. None is an error. A review
 * validated on its own cannot see escalations, so it gets a warning asking the IRO to check one was
 * raised. The standard sets no time to escalate, so none is assumed.
 */
import { defineRule } from "../define-rule.js";
import { compareIsoDates } from "../../calendar/index.js";
import { longDate, raisedOn, recordsOfType } from "../helpers/index.js";

export default defineRule({
  id: "kiro-placement-escalated",
  appliesTo: ["looked-after-review"],
  severity: "error",
  description: "The IRO's view of the placement is recorded, and a placement that does not meet the child's needs is escalated.",
  source: { document: "000_e97c8872ca661401.txt", paragraph: "IRO Standard 2.1", requirement: "KIRO-2.1" },
  messages: {
    noView: "The IRO's view of whether the placement meets the child's needs is not recorded.",
    notEscalated: "The review on {{review}} found the placement does not meet the child's needs, and the case file has no escalation linked to the review or raised since.",
    checkEscalated: "The review on {{review}} found the placement does not meet the child's needs; please check an escalation was raised.",
  },
  check(review, ctx) {
    if (review.placement.iroView.trim() === "") ctx.report({ messageId: "noView", path: "/placement/iroView" });
    if (review.placement.meetsNeeds) return;
    if (ctx.caseFile === undefined) {
      ctx.report({ messageId: "checkEscalated", path: "/placement/meetsNeeds", data: { review: longDate(review.reviewDate) }, severity: "warning" });
      return;
    }
    const escalated = recordsOfType(ctx.caseFile, "escalation").some(
      ({ record: e }) => e.linkedRecordId === review.id || compareIsoDates(raisedOn(e), review.reviewDate) >= 0,
    );
    // The review's date is written out only for a finding.
    if (!escalated) ctx.report({ messageId: "notEscalated", path: "/placement/meetsNeeds", data: { review: longDate(review.reviewDate) } });
  },
});
