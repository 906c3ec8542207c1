/**
 * Gloucestershire PRP Protocol, Section 6.1 Independent Reviewing Officers (GL-6.1):
 *   "Paragraph 3.74 of the IRO Handbook sets out what constitutes a significant change and as a
 *   minimum standard the IRO should be informed of the following: … Proposed change of placements,
 *   and where unavoidable, actual change of placements. Court Orders and outcomes from Directions
 *   hearings. … Any missing from care episodes. … In view of the above the IRO may consider it
 *   necessary to call an early Review for a child in addressing changes to the Care Planning."
 *
 * The facts on that list that a case file holds (a new placement, a new looked-after legal status, a
 * missing episode) are significant changes by definition; the profile lists them (significantChanges).
 * Each needs a significant-change record telling the IRO, with the IRO's decision on an early review,
 * due by the next looked-after review (the profile's reading
 * "gl-significant-change-decision-by-next-review": the protocol says "at the earliest opportunity" and
 * gives no number of days). Whether the record itself has a decision is gl-significant-change-iro's check.
 */
import { defineRule } from "../define-rule.js";
import { checkSignificantChanges, longDate, SIGNIFICANT_CHANGE_MESSAGES } from "../helpers/index.js";
import { doneOrDueOf } from "../../timeline/timeline-for.js";

export default defineRule({
  id: "gl-significant-change-from-events",
  appliesTo: ["case-file"],
  severity: "error",
  description: "A placement change, change of legal status or missing episode while in care has a significant-change record with the IRO's decision on an early review, by the next review.",
  source: { document: "003_d67215d843be25d1.txt", paragraph: "Section 6.1", requirement: "GL-6.1" },
  messages: SIGNIFICANT_CHANGE_MESSAGES,
  check(caseFile, ctx) {
    // decisionDue reads the looked-after reviews' done or due dates only: that kind, not whole items.
    checkSignificantChanges(caseFile, doneOrDueOf(caseFile, ctx, ["lac-review"]), ctx, longDate);
  },
});
