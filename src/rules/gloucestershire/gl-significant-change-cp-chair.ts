/**
 * Gloucestershire PRP Protocol, Section 6.2 Child Protection Chairs (GL-6.2):
 *   "the Child Protection Chair will need to be informed of significant changes between conferences.
 *   These include: Death, serious incident or significant harm to the child. Change of address of the
 *   primary carer, primary carer's partner. The child has moved out of county. The child has become
 *   looked after or has ceased to be looked after. Court Orders and outcomes from hearings (including
 *   Private Law, Public Law Outline, and Youth Justice). Unexpected changes in the child's family
 *   circumstances (births, deaths, etc.). Changes of allocated social workers. Complaints from or on
 *   behalf of the child, parent, or carer. If it is not possible to implement the child protection
 *   plan for any reason. Concerns for the child have increased and an early Review Child Protection
 *   Conference (RCPC) is being considered/requested. Concerns for the child have decreased and an
 *   early Review Child Protection Conference (RCPC) is being considered.
 *   Similarly, to the IRO, a Child Protection Chair may consider it necessary to call an early Child
 *   Protection Conference …"
 *
 * For a change told to the CP Chair: the change is one the list names (or "other"; a change from
 * the IRO's list is a warning to check the audience), and the chair recorded a decision about an
 * early conference (missing: error; still pending: a warning).
 */
import { defineRule } from "../define-rule.js";
import type { SignificantChange } from "../../types/index.js";
import { longDate } from "../helpers/index.js";

/** Section 6.2's list, as the schema's event codes. */
const CP_CHAIR_EVENTS: readonly SignificantChange["event"][] = [
  "death-serious-incident-or-harm",
  "change-of-carer-address",
  "moved-out-of-county",
  "became-or-ceased-looked-after",
  "court-order-or-directions",
  "family-or-carer-change",
  "change-of-social-worker",
  "complaint",
  "plan-cannot-be-implemented",
  "concerns-increased",
  "concerns-decreased",
  "other",
];

export default defineRule({
  id: "gl-significant-change-cp-chair",
  appliesTo: ["significant-change"],
  severity: "error",
  description: "A significant change told to the CP Chair is one Section 6.2 lists, and the chair records a decision about an early conference.",
  source: { document: "003_d67215d843be25d1.txt", paragraph: "Section 6.2", requirement: "GL-6.2" },
  messages: {
    notListed: "The change ({{event}}) is on the IRO's list (Section 6.1), not the CP Chair's (Section 6.2); please check who was told.",
    noDecision: "The CP Chair was told of this change on {{notified}} but no decision about an early conference is recorded.",
    pending: "The CP Chair was told of this change on {{notified}} and the decision about an early conference is still pending.",
    wrongMeeting: "The decision recorded is an early looked-after review; for a child on a plan the CP Chair decides whether to call an early conference.",
  },
  check(change, ctx) {
    if (change.audience !== "cp-chair") {
      ctx.notApplicable("told to the IRO (Section 6.1)");
      return;
    }
    if (!CP_CHAIR_EVENTS.includes(change.event)) ctx.report({ messageId: "notListed", path: "/event", data: { event: change.event }, severity: "warning" });
    // The date is written out only for a finding.
    const decision = change.decision;
    if (!decision) ctx.report({ messageId: "noDecision", path: "/decision", data: { notified: longDate(change.notifiedOn) } });
    else if (decision.outcome === "pending") ctx.report({ messageId: "pending", path: "/decision/outcome", data: { notified: longDate(change.notifiedOn) }, severity: "warning" });
    else if (decision.outcome === "early-review") ctx.report({ messageId: "wrongMeeting", path: "/decision/outcome", severity: "warning" });
  },
});
