/**
 * NAT-R28 — Care Planning, Placement and Case Review (England) Regulations 2010, reg 28, as the
 * requirements list gives it: "Social worker visits: within 1 week of placement, then at most every
 * 6 weeks in the first year, then 3 months (long-term) or 6 weeks."
 *
 * "Long-term" is a placement intended to last until the child is 18: the timeline reads that from the
 * last review's permanence plan (long-term fostering). The clock restarts with each placement.
 */
import { timelineRule } from "../timeline-rule.js";

export default timelineRule({
  id: "social-worker-visits-on-time",
  kinds: ["lac-visit"],
  description: "A looked-after child is visited within {lac-visit-first} of each placement, then at the intervals regulation 28 sets.",
  source: { document: "CPPCR-2010", paragraph: "reg 28", requirement: "NAT-R28" },
  owns: ["lac-visit-first", "lac-visit-first-year", "lac-visit-long-term"],
});
