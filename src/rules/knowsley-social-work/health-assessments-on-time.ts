/**
 * KSW-8.HA — Knowsley Practice Standards, section 8:
 *   "Initial health assessment will be requested within 5 days of placement. Further Health
 *   assessments will be requested for children under 5, every 6 months and for children over 5 yearly"
 *
 * The request is counted from the first placement of each period in care; the gap to each review
 * follows the child's age at the last assessment.
 *
 * The due dates come from the timeline (src/timeline), which this rule wraps: it reports each late or
 * overdue item of its kinds whose timescale the profile cites to KSW-8.HA.
 */
import { timelineRule } from "../timeline-rule.js";

export default timelineRule({
  id: "health-assessments-on-time",
  kinds: ["health-assessment-request", "health-review"],
  description: "The initial health assessment is requested within {health-assessment-request} of placement, then reviewed every {health-review-under-5} under 5 and every {health-review-5-and-over} from 5.",
  source: { document: "004_b07548fa3c53f1e2.txt", paragraph: "Section 8", requirement: "KSW-8.HA" },
  owns: ["health-assessment-request", "health-review-under-5", "health-review-5-and-over"],
});
