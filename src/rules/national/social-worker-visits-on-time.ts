/**
 * NAT-R28 — Care Planning, Placement and Case Review (England) Regulations 2010, reg 28, as the
 * requirements list gives it: "Social worker visits: within 1 week of placement, then at most every
 * 6 weeks in the first year, then 3 months (long-term) or 6 weeks."
 *
 * "Long-term" is a placement intended to last until the child is 18: the timeline reads that from the
 * last review's permanence plan (long-term fostering). The clock restarts with each placement.
 * Reg 28(4) is stricter and comes first (src/timeline/kinds/placements.ts): for a regulation 24
 * placement, or a child at home with a parent on an interim care order, a visit at least once a week
 * until the first review; then, on the interim care order, at least every 4 weeks.
 */
import { timelineRule } from "../timeline-rule.js";

export default timelineRule({
  id: "social-worker-visits-on-time",
  kinds: ["lac-visit"],
  description: "A looked-after child is visited within {lac-visit-first} of each placement, then at the intervals regulation 28 sets.",
  source: { document: "CPPCR-2010", paragraph: "reg 28", requirement: "NAT-R28" },
  owns: ["lac-visit-first", "lac-visit-first-year", "lac-visit-long-term", "lac-visit-weekly", "lac-visit-interim-care-order-at-home"],
});
