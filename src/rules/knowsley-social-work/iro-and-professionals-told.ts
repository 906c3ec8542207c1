/**
 * KSW-8.IRO — Knowsley Practice Standards, section 8 (Children in Care):
 *   "When a child/young person becomes Looked After I will make arrangements for the IRO service to be
 *   notified within 2 working days (ideally within 1 working day). I will also ensure that all other
 *   professionals involved in the child/young person's life are informed of the child's legal status
 *   within 5 working days of the child becoming looked after …"
 *
 * The due dates come from the timeline (src/timeline), which this rule wraps: it reports each late or
 * overdue item of its kinds whose timescale the profile cites to KSW-8.IRO.
 */
import { timelineRule } from "../timeline-rule.js";

export default timelineRule({
  id: "iro-and-professionals-told",
  kinds: ["iro-notified", "professionals-notified"],
  description: "The IRO service is told within {iro-notified} of a child becoming looked after, and other professionals within {professionals-notified}.",
  source: { document: "004_b07548fa3c53f1e2.txt", paragraph: "Section 8", requirement: "KSW-8.IRO" },
  owns: ["iro-notified", "professionals-notified"],
});
