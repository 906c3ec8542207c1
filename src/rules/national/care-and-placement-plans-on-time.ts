/**
 * NAT-R4 — Care Planning, Placement and Case Review (England) Regulations 2010, regs 4, 9 and 13,
 * as the requirements list gives them: "Care plan within 10 working days; placement plan and
 * notifications within 5 working days."
 *
 * The care plan is counted from the first placement of each period in care (reg 4(2): where it
 * could not be prepared before), and a plan made before the move counts. The placement plan is
 * counted from each placement and shown by a placement planning meeting; where the profile times a
 * placement planning meeting of its own (Knowsley section 8), that item stands for it.
 */
import { timelineRule } from "../timeline-rule.js";

export default timelineRule({
  id: "care-and-placement-plans-on-time",
  kinds: ["care-plan", "placement-plan"],
  description: "The care plan is made within {care-plan} of the first placement, and each placement plan within {placement-plan}.",
  source: { document: "CPPCR-2010", paragraph: "regs 4, 9 and 13", requirement: "NAT-R4" },
  owns: ["care-plan", "placement-plan"],
});
