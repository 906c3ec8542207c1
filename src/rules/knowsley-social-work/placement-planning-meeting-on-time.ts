/**
 * KSW-8.PPM — Knowsley Practice Standards, section 8:
 *   "When the child is placed, I will ensure … that a Placement Planning Meeting takes place within 5
 *   working days that sets out how the placement will meet the needs of the child;"
 *
 * The due dates come from the timeline (src/timeline), which this rule wraps: it reports each late or
 * overdue item of its kinds whose timescale the profile cites to KSW-8.PPM.
 */
import { timelineRule } from "../timeline-rule.js";

export default timelineRule({
  id: "placement-planning-meeting-on-time",
  kinds: ["placement-planning-meeting"],
  description: "A placement planning meeting is held within {placement-planning-meeting} of each placement.",
  source: { document: "004_b07548fa3c53f1e2.txt", paragraph: "Section 8", requirement: "KSW-8.PPM" },
  owns: ["placement-planning-meeting"],
});
