/**
 * KSW-2.SD — Knowsley Practice Standards, section 2 (Section 47 enquiries and initial CP conference):
 *   "The Strategy Discussion will take place within 24 hours of the decision to hold it;"
 *   "The minutes of the Strategy Discussion will be distributed within 1 working day;"
 *
 * Hours are counted from the decision's date and time where the case file gives one; from a date
 * alone the discussion may be on the next day (calendar/durations: the latest it could be due).
 *
 * The due dates come from the timeline (src/timeline), which this rule wraps: it reports each late or
 * overdue item of its kinds whose timescale the profile cites to KSW-2.SD.
 */
import { timelineRule } from "../timeline-rule.js";

export default timelineRule({
  id: "strategy-discussion-on-time",
  kinds: ["strategy-discussion", "strategy-minutes"],
  description: "The strategy discussion is held within {strategy-discussion} of the decision to hold it, and its minutes are distributed within {strategy-minutes}.",
  source: { document: "004_b07548fa3c53f1e2.txt", paragraph: "Section 2", requirement: "KSW-2.SD" },
  owns: ["strategy-discussion", "strategy-minutes"],
});
