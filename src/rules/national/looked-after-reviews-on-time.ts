/**
 * NAT-R33 — Care Planning, Placement and Case Review (England) Regulations 2010, reg 33, as the
 * requirements list gives it: "First review within 20 working days of becoming looked after; second
 * within 3 months; then at most every 6 months."
 *
 * Each review is counted from the one before (the first from the day the child became looked after),
 * so an early review restarts the clock. The due dates come from the timeline (src/timeline); this
 * rule reports the late and overdue ones. Where an authority cites its own standard for a review
 * timescale, that authority's rule reports it instead.
 */
import { timelineRule } from "../timeline-rule.js";

export default timelineRule({
  id: "looked-after-reviews-on-time",
  kinds: ["lac-review"],
  description: "Looked-after reviews are held within {lac-first-review} of becoming looked after, then within {lac-second-review}, then at least every {lac-subsequent-review}.",
  source: { document: "CPPCR-2010", paragraph: "reg 33", requirement: "NAT-R33" },
  owns: ["lac-first-review", "lac-second-review", "lac-subsequent-review"],
});
