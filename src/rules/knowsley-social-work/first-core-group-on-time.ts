/**
 * KSW-4.CG1 — Knowsley Practice Standards, section 4 (Working with children subject to CP plans):
 *   "The first Core Group meeting has taken place within 10 working days of the ICPC."
 *
 * Counted from the start of the plan (the initial conference date). Later core groups are
 * core-groups-on-time (KSW-4.CG).
 *
 * The due dates come from the timeline (src/timeline), which this rule wraps: it reports each late or
 * overdue item of its kinds whose timescale the profile cites to KSW-4.CG1.
 */
import { timelineRule } from "../timeline-rule.js";

export default timelineRule({
  id: "first-core-group-on-time",
  kinds: ["core-group"],
  description: "The first core group meets within {first-core-group} of the initial child protection conference.",
  source: { document: "004_b07548fa3c53f1e2.txt", paragraph: "Section 4", requirement: "KSW-4.CG1" },
  overrides: ["first-core-group"],
});
