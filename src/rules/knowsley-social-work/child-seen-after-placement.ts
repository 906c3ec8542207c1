/**
 * KSW-6.SEEN — Knowsley Practice Standards, section 6 (the voice of the child):
 *   "I have arranged to see the child/young person within 3 days of placement into care;"
 *
 * "3 days" is read as calendar days (profiles/knowsley.json says why), from the first placement of
 * each period in care: "placement into care" is the child coming into care, and a later move is timed
 * by the visit within a week of each placement (CPPCR reg 28(2)(a); section 8). A social worker visit
 * counts.
 *
 * The due dates come from the timeline (src/timeline), which this rule wraps: it reports each late or
 * overdue item of its kinds whose timescale the profile cites to KSW-6.SEEN.
 */
import { timelineRule } from "../timeline-rule.js";

export default timelineRule({
  id: "child-seen-after-placement",
  kinds: ["child-seen-after-placement"],
  description: "A child placed in care is seen by their social worker within {child-seen-after-placement} of placement.",
  source: { document: "004_b07548fa3c53f1e2.txt", paragraph: "Section 6", requirement: "KSW-6.SEEN" },
  owns: ["child-seen-after-placement"],
});
