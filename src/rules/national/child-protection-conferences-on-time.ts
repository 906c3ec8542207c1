/**
 * NAT-WT-ICPC — Working Together to Safeguard Children 2023, chapter 3, as the requirements list gives
 * it: "Initial conference within 15 working days of the strategy discussion; first core group within
 * 10 working days; first review conference within 3 months, then at most every 6 months."
 *
 * The conference is counted from the first strategy discussion of an enquiry; none is due after a
 * discussion held while the child is already on a plan, or one followed by a child in need plan
 * before any conference. Core groups and review conferences run while the plan lasts.
 */
import { timelineRule } from "../timeline-rule.js";

export default timelineRule({
  id: "child-protection-conferences-on-time",
  kinds: ["icpc", "core-group", "cp-review-conference"],
  description: "The initial conference, first core group and review conferences are held within Working Together's timescales.",
  source: { document: "Working-Together-2023", paragraph: "Chapter 3", requirement: "NAT-WT-ICPC" },
  owns: ["icpc", "first-core-group", "first-review-conference", "subsequent-review-conference"],
});
