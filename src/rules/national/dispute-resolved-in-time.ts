/**
 * NAT-HB-6.2 — IRO Handbook 2010, para 6.2 (local dispute resolution), as the requirements list
 * gives it: "Dispute resolution in 20 working days at most from the formal start; the IRO may go
 * straight to any level; Cafcass for looked-after children."
 *
 * This rule checks the time limit, from the first formal step (raised at a formal stage, or
 * escalated from informal) to resolution; the clock does not restart at each stage. The dates come
 * from the escalation state machine (src/escalation, via checkFormalTotal), so this rule and the
 * authorities' own total-time rules agree. Where an authority's ladder cites its own standard for
 * the total (Leicestershire LEI-FE-20, Gloucestershire GL-4.2), that authority's rule takes the
 * timescale over (its `overrides`) and reports it instead.
 */
import { defineRule } from "../define-rule.js";
import { checkFormalTotal } from "../helpers/index.js";

const REQUIREMENT = "NAT-HB-6.2";

export default defineRule({
  id: "dispute-resolved-in-time",
  appliesTo: ["escalation"],
  severity: "error",
  description: "A formal dispute is resolved within {escalation-total} of being formally raised.",
  source: { document: "IRO-Handbook-2010", paragraph: "para 6.2", requirement: REQUIREMENT },
  owns: ["escalation-total"],
  messages: {
    late: "The dispute was formally raised on {{trigger}} and resolved on {{done}}; the formal process is limited to {{limit}}, so it was due to be resolved by {{due}}.",
    overdue: "The dispute was formally raised on {{trigger}} and is not recorded as resolved by {{asOf}}; the formal process is limited to {{limit}}, so it was due to be resolved by {{due}}.",
  },
  check(escalation, ctx) {
    if (!ctx.owns("escalation-total")) {
      ctx.notApplicable("an authority's rule has taken the formal process's total time over");
      return;
    }
    checkFormalTotal(ctx, escalation, { timescale: "escalation-total", messages: { late: "late", overdue: "overdue" } });
  },
});
