/**
 * Knowsley IRO Standard 2.7 (Monitoring the Child's Plan to Permanence):
 *   "The IRO will determine whether a review needs to be convened when there is a significant
 *   change/event in the child's life."
 * with Knowsley's social work practice standards, Section 8: "I will inform the IRO of any significant
 * changes in the child/young person's circumstances."
 *
 * Some changes are significant by definition (IRO Handbook 3.74: an actual change of placement, court
 * orders, missing from care episodes); the profile lists which case-file facts count
 * (significantChanges). Each needs a significant-change record telling the IRO, with the IRO's
 * decision; the decision is due by the next looked-after review (the profile's reading
 * "kiro-significant-change-decision-by-next-review": no standard gives a number of days). The
 * record's own decision being present is kiro-significant-change-decided's check.
 */
import { defineRule } from "../define-rule.js";
import { checkSignificantChanges, longDate, SIGNIFICANT_CHANGE_MESSAGES } from "../helpers/index.js";
import { doneOrDueOf } from "../../timeline/timeline-for.js";

export default defineRule({
  id: "kiro-significant-change-from-events",
  appliesTo: ["case-file"],
  severity: "error",
  description: "A placement change, change of legal status or missing episode while looked after has a significant-change record with the IRO's decision on an early review, by the next review.",
  source: { document: "000_e97c8872ca661401.txt", paragraph: "IRO Standard 2.7", requirement: "KIRO-2.7" },
  messages: SIGNIFICANT_CHANGE_MESSAGES,
  check(caseFile, ctx) {
    // decisionDue reads the looked-after reviews' done or due dates only: that kind, not whole items.
    checkSignificantChanges(caseFile, doneOrDueOf(caseFile, ctx, ["lac-review"]), ctx, longDate);
  },
});
