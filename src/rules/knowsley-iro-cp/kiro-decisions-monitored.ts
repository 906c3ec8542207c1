/**
 * Knowsley IRO Standard 2.2 (Monitoring the Child's Plan to Permanence):
 *   "All decisions to have a timescale attached that meets the child's needs and a named person to
 *   implement them and to be monitored at least 3 monthly."
 *
 * This rule is the second half: while a decision is open, the IRO checks its progress at least once
 * every "decision-monitoring" interval (3 months in Knowsley), counted from the review that made it.
 * A check is an entry in the decision's dated history (updates) or, in a case file, a later review
 * that reported on the decision (previousDecisions), dated on or before ctx.asOf. The rule looks at
 * the latest check and reports the next one as overdue once its due date has passed ctx.asOf. A
 * decision done or dropped (by an update or a later review's report) needs no more monitoring. The named person and timescale are kiro-decision-named-person.
 */
import { defineRule } from "../define-rule.js";
import { isoSortKey } from "../../calendar/index.js";
import { decisionProgress, describeTimescale, longDate } from "../helpers/index.js";

export default defineRule({
  id: "kiro-decisions-monitored",
  appliesTo: ["looked-after-review"],
  severity: "error",
  description: "The IRO checks each open review decision at least once every monitoring interval the profile sets.",
  source: { document: "000_e97c8872ca661401.txt", paragraph: "IRO Standard 2.2", requirement: "KIRO-2.2" },
  owns: ["decision-monitoring"],
  messages: {
    overdue: "Decision {{decisionId}} is still open and was last checked on {{previous}}; the next check was due by {{due}} ({{limit}}) and none is recorded as of {{asOf}}.",
    notChecked: "Decision {{decisionId}} is still open and has not been checked since the review on {{previous}}; a check was due by {{due}} ({{limit}}) and none is recorded as of {{asOf}}.",
  },
  check(review, ctx) {
    // Most open decisions have no check yet and share the review's due date: counted once. The
    // review's date and the as-of date are parsed once, not for every check and decision; the
    // timescale is written out for the first finding. One loop over the decisions, without a list
    // of them and a list of the open ones (most reviews are single records with a few decisions).
    let anyOpen = false;
    let limit: string | undefined;
    let madeKey: number | undefined;
    let asOfKey: number | undefined;
    let dueFromReview: string | undefined;
    let dueFromReviewKey: number | undefined;
    // The long dates every finding of the review shares: the as-of date, and, for decisions not
    // checked since the review, the review's date and the due date counted from it.
    let asOfText: string | undefined;
    let reviewText: string | undefined;
    let dueFromReviewText: string | undefined;
    const decisions = review.decisions;
    for (let index = 0; index < decisions.length; index++) {
      const decision = decisions[index]!;
      const progress = decisionProgress(decision, review, ctx.asOf, ctx.caseFile);
      if (progress.status !== "open") continue;
      anyOpen = true;
      // The review that made the decision is its first check; a check dated before it does not count.
      // checkedOn is in date order (decisionProgress), so the checks after the review are its tail:
      // there is one when the last date falls after the review, and that date is the latest check.
      // One date read, where filtering the list read them all and made a list for each decision.
      const checkedOn = progress.checkedOn;
      const last = checkedOn.length === 0 ? undefined : checkedOn[checkedOn.length - 1]!;
      const checked = last !== undefined && isoSortKey(last) - (madeKey ??= isoSortKey(review.reviewDate)) > 0;
      const previous = checked ? last : review.reviewDate;
      const due = checked ? ctx.dueDate(previous, "decision-monitoring") : (dueFromReview ??= ctx.dueDate(previous, "decision-monitoring"));
      asOfKey ??= isoSortKey(ctx.asOf);
      if (asOfKey - (checked ? isoSortKey(due) : (dueFromReviewKey ??= isoSortKey(due))) > 0) {
        ctx.report({
          messageId: checked ? "overdue" : "notChecked",
          path: `/decisions/${index}/updates`,
          timescale: "decision-monitoring",
          data: {
            decisionId: decision.id,
            previous: checked ? longDate(previous) : (reviewText ??= longDate(previous)),
            due: checked ? longDate(due) : (dueFromReviewText ??= longDate(due)),
            limit: (limit ??= describeTimescale(ctx.timescale("decision-monitoring"))),
            asOf: (asOfText ??= longDate(ctx.asOf)),
          },
        });
      }
    }
    if (!anyOpen) ctx.notApplicable("no open decisions");
  },
});
