/**
 * Knowsley IRO Standard 2.6 (Monitoring the Child's Plan to Permanence):
 *   "The IRO proactively tracks and monitors the progress of the care plan and the implementation of
 *   the review decisions and to raise disputes if required in a timely manner."
 *
 * Checked over the whole case file. A review decision that is past its due date (due before ctx.asOf)
 * and not done or dropped (by its own status, a completion date, or a later review's report) has
 * drifted, and the IRO should have raised a dispute about it. Covered when an escalation in the case
 * file names the decision (linkedDecisionIds), or, for an escalation that names no decisions at all,
 * when it was raised on or after the decision's due date (given the benefit of the doubt: older
 * records may not link decisions). An escalation that names other decisions does not cover this one.
 * Anything else is an error. The standard gives no grace period after the due date, so none is
 * assumed; kiro-drift-formal checks that lasting drift reaches the formal process.
 */
import { defineRule } from "../define-rule.js";
import { isoSortKey } from "../../calendar/index.js";
import { anyEscalationCovers, longDate, recordsOfType, reviewDecisions } from "../helpers/index.js";

export default defineRule({
  id: "kiro-drift-escalated",
  appliesTo: ["case-file"],
  severity: "error",
  description: "A review decision past its due date and not done has an escalation in the case file.",
  source: { document: "000_e97c8872ca661401.txt", paragraph: "IRO Standard 2.6", requirement: "KIRO-2.6" },
  messages: {
    notEscalated: "Decision {{decisionId}} of the review on {{review}} was due by {{due}} and is not done as of {{asOf}}; no escalation in the case file is linked to it or was raised since it fell due.",
  },
  check(caseFile, ctx) {
    // The as-of date read once, after the first due date (the order compareIsoDates reads them in).
    let asOfKey: number | undefined;
    const drifted = reviewDecisions(caseFile, ctx.asOf).filter((d) => {
      if (d.progress.status !== "open") return false;
      const dueKey = isoSortKey(d.decision.dueDate);
      asOfKey ??= isoSortKey(ctx.asOf);
      return dueKey - asOfKey < 0;
    });
    if (drifted.length === 0) {
      ctx.notApplicable("no decision past its due date");
      return;
    }
    const covered = anyEscalationCovers(recordsOfType(caseFile, "escalation").map((e) => e.record));
    for (const { review, reviewIndex, decision, decisionIndex } of drifted) {
      if (covered(decision)) continue;
      ctx.report({
        messageId: "notEscalated",
        path: `/records/${reviewIndex}/decisions/${decisionIndex}`,
        data: { decisionId: decision.id, review: longDate(review.reviewDate), due: longDate(decision.dueDate), asOf: longDate(ctx.asOf) },
      });
    }
  },
});
