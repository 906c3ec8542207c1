/**
 * Knowsley IRO Standard 2.7 (Monitoring the Child's Plan to Permanence):
 *   "The IRO will determine whether a review needs to be convened when there is a significant
 *   change/event in the child's life."
 *
 * Checked on each significant change the IRO was told of (audience "iro"; a CP Chair's are for the
 * CP standards). The IRO's determination is the record's decision: it must be there and show an
 * early review was considered; either missing is a breach. A decision still "pending" is a warning:
 * the IRO has not yet determined it, and the standard gives no time to do so. Whether an early
 * review, once decided, was held in time is for the review-timing rules, not this one.
 */
import { defineRule } from "../define-rule.js";
import { longDate } from "../helpers/index.js";

export default defineRule({
  id: "kiro-significant-change-decided",
  appliesTo: ["significant-change"],
  severity: "error",
  description: "After a significant change in a looked-after child's life, the IRO decides whether to convene a review.",
  source: { document: "000_e97c8872ca661401.txt", paragraph: "IRO Standard 2.7", requirement: "KIRO-2.7" },
  messages: {
    noDecision: "The IRO was told of this significant change on {{notified}} but the record has no decision on whether to convene a review.",
    notConsidered: "The record says the IRO did not consider convening a review after this significant change, told on {{notified}}.",
    pending: "The decision on whether to convene a review after this significant change, told on {{notified}}, is still pending; please record it.",
  },
  check(change, ctx) {
    if (change.audience !== "iro") {
      ctx.notApplicable("told to the CP Chair");
      return;
    }
    // The date is written out only for a finding (most changes have their decision).
    const data = () => ({ notified: longDate(change.notifiedOn) });
    const d = change.decision;
    if (d === undefined) ctx.report({ messageId: "noDecision", path: "/decision", data: data() });
    else if (!d.earlyMeetingConsidered) ctx.report({ messageId: "notConsidered", path: "/decision/earlyMeetingConsidered", data: data() });
    else if (d.outcome === "pending") ctx.report({ messageId: "pending", path: "/decision/outcome", data: data(), severity: "warning" });
  },
});
