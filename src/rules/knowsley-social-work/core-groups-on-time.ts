/**
 * KSW-4.CG — Knowsley Practice Standards, section 4:
 *   "The Core Group meets regularly (minimum every 28 days) …;"
 *   "Minutes from the Core Group are distributed to all agencies within 5 days;"
 *
 * "5 days" is read as working days (profiles/knowsley.json "core-group-minutes" says why). The first
 * core group is first-core-group-on-time (KSW-4.CG1); this rule takes each one after it.
 *
 * The due dates come from the timeline (src/timeline), which this rule wraps: it reports each late or
 * overdue item of its kinds whose timescale the profile cites to KSW-4.CG.
 */
import { timelineRule } from "../timeline-rule.js";

export default timelineRule({
  id: "core-groups-on-time",
  kinds: ["core-group", "core-group-minutes"],
  description: "Core groups meet at least every {core-group-interval}, and their minutes reach all agencies within {core-group-minutes}.",
  source: { document: "004_b07548fa3c53f1e2.txt", paragraph: "Section 4", requirement: "KSW-4.CG" },
  owns: ["core-group-interval", "core-group-minutes"],
});
