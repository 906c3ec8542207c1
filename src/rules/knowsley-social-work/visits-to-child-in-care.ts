/**
 * KSW-8.VIS — Knowsley Practice Standards, section 8:
 *   "I will visit the child/young person at least within the statutory timescales. Within 1 week of
 *   placement minimum every 6 weeks or as often as the child needs it. If a child is placed outside of
 *   the borough and in a residential provision my visiting frequency will always be at least every 4
 *   weeks."
 *
 * The due dates come from the timeline (src/timeline), which this rule wraps: it reports each late or
 * overdue item of its kinds whose timescale the profile cites to KSW-8.VIS.
 */
import { timelineRule } from "../timeline-rule.js";

export default timelineRule({
  id: "visits-to-child-in-care",
  kinds: ["lac-visit"],
  description: "A child in care is visited within {lac-visit-first} of placement, then at least every {lac-visit}, or every {lac-visit-out-of-borough-residential} out of borough in residential care.",
  source: { document: "004_b07548fa3c53f1e2.txt", paragraph: "Section 8", requirement: "KSW-8.VIS" },
  owns: ["lac-visit", "lac-visit-out-of-borough-residential"],
  overrides: ["lac-visit-first"],
});
