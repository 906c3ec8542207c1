/**
 * NAT-R42 — Care Planning, Placement and Case Review (England) Regulations 2010, reg 42, as the
 * requirements list gives it: "Needs assessment and pathway plan within 3 months of an eligible child
 * turning 16."
 *
 * Counted from the 16th birthday of a child looked after on that day. Regulation 42(1) times the needs
 * assessment ("not more than three months after the date on which C reaches the age of 16"), so a
 * needs assessment meets it, and so does a pathway plan, which is made from one (the england
 * profile's reading "nat-needs-assessment-at-16"); either made earlier in the same period in care
 * counts. (Eligibility also needs 13 weeks in care since 14, which the case file shows
 * only through its legal status history; a child in care on their 16th birthday is treated as eligible.)
 */
import { timelineRule } from "../timeline-rule.js";

export default timelineRule({
  id: "pathway-plan-on-time",
  kinds: ["pathway-plan"],
  description: "A looked-after child has their needs assessment (or a pathway plan made from one) within {pathway-plan} of turning 16.",
  source: { document: "CPPCR-2010", paragraph: "reg 42(1)", requirement: "NAT-R42" },
  owns: ["pathway-plan"],
});
