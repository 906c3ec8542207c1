/**
 * KSW-7.NOTES — Knowsley Practice Standards, section 7 (Good practice in case recording):
 *   "As far as possible, I have recorded information as I go along; in any event, Case Notes are
 *   recorded within 5 working days;"
 *
 * Every "case-note" event needs its recorded date; other events only where the case file tracks one.
 *
 * The due dates come from the timeline (src/timeline), which this rule wraps: it reports each late or
 * overdue item of its kinds whose timescale the profile cites to KSW-7.NOTES.
 */
import { timelineRule } from "../timeline-rule.js";

export default timelineRule({
  id: "case-notes-on-time",
  kinds: ["case-note"],
  description: "Case notes are recorded within {case-notes}.",
  source: { document: "004_b07548fa3c53f1e2.txt", paragraph: "Section 7", requirement: "KSW-7.NOTES" },
  owns: ["case-notes"],
});
