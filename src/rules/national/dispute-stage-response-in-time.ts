/**
 * NAT-HB-6.2 — IRO Handbook 2010, para 6.2 (local dispute resolution), as the england profile reads
 * it: each formal stage's manager responds within the "escalation-stage-response" timescale (5
 * working days), so that the whole process can end within 20 working days.
 *
 * The dates come from the escalation state machine (checkStageResponses), as the authorities' own
 * stage rules do, and `deadlines` lists the same response dates. Where an authority restates the
 * stage response time under its own standard (Leicestershire LEI-FE-5, Gloucestershire GL-4.2), its
 * rule takes the timescale over (`overrides`) and this one stays quiet.
 */
import { defineRule } from "../define-rule.js";
import { checkStageResponses, STAGE_RESPONSE_MESSAGE_IDS, STAGE_RESPONSE_MESSAGES } from "../helpers/index.js";

export default defineRule({
  id: "dispute-stage-response-in-time",
  appliesTo: ["escalation"],
  severity: "error",
  description: "The manager at each formal stage of a dispute responds within {escalation-stage-response} of it reaching them.",
  source: { document: "IRO-Handbook-2010", paragraph: "para 6.2", requirement: "NAT-HB-6.2" },
  owns: ["escalation-stage-response"],
  messages: { ...STAGE_RESPONSE_MESSAGES },
  check(escalation, ctx) {
    if (!ctx.owns("escalation-stage-response")) {
      ctx.notApplicable("an authority's rule has taken the stage response time over");
      return;
    }
    checkStageResponses(ctx, escalation, {
      stages: "formal",
      timescale: "escalation-stage-response",
      messages: STAGE_RESPONSE_MESSAGE_IDS,
    });
  },
});
