/**
 * KSW-3.ICPC — Knowsley Practice Standards, section 3 (Initial Child Protection Conference):
 *   "The ICPC has been convened within 15 days of the Initial Strategy Discussion;"
 *
 * "15 days" is read as working days (profiles/knowsley.json "icpc" says why). The clock runs from the
 * first discussion of an enquiry; a later discussion before the conference does not restart it.
 *
 * The due dates come from the timeline (src/timeline), which this rule wraps: it reports each late or
 * overdue item of its kinds whose timescale the profile cites to KSW-3.ICPC.
 */
import { timelineRule } from "../timeline-rule.js";

export default timelineRule({
  id: "initial-conference-on-time",
  kinds: ["icpc"],
  description: "The initial child protection conference is held within {icpc} of the initial strategy discussion.",
  source: { document: "004_b07548fa3c53f1e2.txt", paragraph: "Section 3", requirement: "KSW-3.ICPC" },
  overrides: ["icpc"],
});
