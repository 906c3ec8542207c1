/**
 * KSW-8.PEP — Knowsley Practice Standards, section 8:
 *   "A Personal Education Plan PEP meeting will be completed within 15 days of placement and reviewed
 *   every school term."
 *
 * "15 days" is read as working days and "every school term" as at most 4 months apart
 * (profiles/knowsley.json says why). Section 8 sets no age, so every child in care has PEP items.
 *
 * The due dates come from the timeline (src/timeline), which this rule wraps: it reports each late or
 * overdue item of its kinds whose timescale the profile cites to KSW-8.PEP.
 */
import { timelineRule } from "../timeline-rule.js";

export default timelineRule({
  id: "pep-on-time",
  kinds: ["pep-initial", "pep-review"],
  description: "A PEP meeting is held within {pep-initial} of placement and the PEP is reviewed every school term (every {pep-review}).",
  source: { document: "004_b07548fa3c53f1e2.txt", paragraph: "Section 8", requirement: "KSW-8.PEP" },
  owns: ["pep-initial", "pep-review"],
});
