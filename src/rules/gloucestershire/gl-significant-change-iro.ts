/**
 * Gloucestershire PRP Protocol, Section 6.1 Independent Reviewing Officers (GL-6.1):
 *   "Paragraph 3.74 of the IRO Handbook sets out what constitutes a significant change and as a
 *   minimum standard the IRO should be informed of the following: Outcomes of any Panel applications
 *   or presentations. Outcomes of presentations to the Fostering Panel or Agency Decision Maker.
 *   Unexpected changes in the child's placement provision … Proposed change of placements, and where
 *   unavoidable, actual change of placements. Court Orders and outcomes from Directions hearings.
 *   Significant delays in completing any looked after review decisions. Any missing from care
 *   episodes. Details of any strategy discussions/meetings or other meetings where the IRO was not
 *   present. Any period of exclusion from school (including informal exclusions). Outcomes from
 *   health assessments or medical consultations which identify/confirm any serious previously
 *   undiagnosed conditions. Unexpected changes in the child's family or foster carer's circumstances
 *   (births, deaths, etc.). Arrests, bail, and convictions. Serious accidents. Changes of allocated
 *   social workers. Unexpected proposed or actual discharge from care. Complaints from or on behalf
 *   of the child, parent, or carer. Any relevant parallel planning …
 *   In view of the above the IRO may consider it necessary to call an early Review for a child …"
 *
 * For a change told to the IRO: the change is one the list names (or "other": the list is a
 * minimum; a change from the CP Chair's list is a warning to check the audience), and the IRO
 * recorded a decision about an early review (missing: error; still pending: a warning).
 */
import { defineRule } from "../define-rule.js";
import type { SignificantChange } from "../../types/index.js";
import { longDate } from "../helpers/index.js";

/** Section 6.1's list, as the schema's event codes. */
const IRO_EVENTS: readonly SignificantChange["event"][] = [
  "panel-outcome",
  "fostering-panel-or-adm-outcome",
  "unexpected-placement-change",
  "proposed-placement-change",
  "court-order-or-directions",
  "delay-in-review-decisions",
  "missing-from-care",
  "strategy-meeting-without-iro",
  "school-exclusion",
  "serious-health-diagnosis",
  "family-or-carer-change",
  "arrest-bail-conviction",
  "serious-accident",
  "change-of-social-worker",
  "discharge-from-care",
  "complaint",
  "parallel-planning",
  "other",
];

export default defineRule({
  id: "gl-significant-change-iro",
  appliesTo: ["significant-change"],
  severity: "error",
  description: "A significant change told to the IRO is one Section 6.1 lists, and the IRO records a decision about an early review.",
  source: { document: "003_d67215d843be25d1.txt", paragraph: "Section 6.1", requirement: "GL-6.1" },
  messages: {
    notListed: "The change ({{event}}) is on the CP Chair's list (Section 6.2), not the IRO's (Section 6.1); please check who was told.",
    noDecision: "The IRO was told of this change on {{notified}} but no decision about an early review is recorded.",
    pending: "The IRO was told of this change on {{notified}} and the decision about an early review is still pending.",
    wrongMeeting: "The decision recorded is an early child protection conference; for a child in care the IRO decides whether to call an early review.",
  },
  check(change, ctx) {
    if (change.audience !== "iro") {
      ctx.notApplicable("told to the CP Chair (Section 6.2)");
      return;
    }
    if (!IRO_EVENTS.includes(change.event)) ctx.report({ messageId: "notListed", path: "/event", data: { event: change.event }, severity: "warning" });
    // The date is written out only for a finding.
    const decision = change.decision;
    if (!decision) ctx.report({ messageId: "noDecision", path: "/decision", data: { notified: longDate(change.notifiedOn) } });
    else if (decision.outcome === "pending") ctx.report({ messageId: "pending", path: "/decision/outcome", data: { notified: longDate(change.notifiedOn) }, severity: "warning" });
    else if (decision.outcome === "early-conference") ctx.report({ messageId: "wrongMeeting", path: "/decision/outcome", severity: "warning" });
  },
});
