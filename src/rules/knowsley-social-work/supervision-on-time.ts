/**
 * KSW-9.SUP — Knowsley Practice Standards, section 9 (Practice standards for supervisors):
 *   "Supervision is provided at intervals appropriate to the workers skills and abilities, minimum
 *   every 28 days."
 *   "Records are added to the system within one week of formal supervision. Records of ad-hoc
 *   supervision will be the responsibility of the supervisor to add to the system within 48 hours"
 *
 * Supervision is optional in a case file: the rule applies once a session is recorded. A supervision
 * event marked `adHoc` is an ad-hoc discussion, whose record is held to the 48 hours
 * ("supervision-record-ad-hoc") from its time where given; any other session is formal, held to the
 * week. Only formal sessions count towards the 28 days (src/timeline/kinds/recording.ts says why).
 *
 * The due dates come from the timeline (src/timeline), which this rule wraps: it reports each late or
 * overdue item of its kinds whose timescale it owns.
 */
import { timelineRule } from "../timeline-rule.js";

export default timelineRule({
  id: "supervision-on-time",
  kinds: ["supervision", "supervision-record"],
  description: "Supervision takes place at least every {supervision} and its record is added within {supervision-record} (an ad-hoc discussion's within {supervision-record-ad-hoc}).",
  source: { document: "004_b07548fa3c53f1e2.txt", paragraph: "Section 9", requirement: "KSW-9.SUP" },
  owns: ["supervision", "supervision-record", "supervision-record-ad-hoc"],
});
