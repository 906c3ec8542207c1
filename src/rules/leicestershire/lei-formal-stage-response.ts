/**
 * Leicestershire, Stage One to Stage Four (LEI-FE-5):
 *   "The Team Manager must respond using the Step within 5 working days and send the response back
 *   to the IRO or Independent Conference Chair." (Stage One; Stages Two to Four say the same of the
 *   Service Manager, Head of Service and Assistant Director.)
 *   Key Responsibilities: "ensuring the assigned Manager … has responded by day five and if not this
 *   is escalated to the next level."
 *
 * Each formal stage reached (raised there, or escalated to it) is day 0; the due date is the
 * ladder's response time for that stage, from the escalation state machine. A stage escalated after
 * its due date with no response recorded is the manager not responding; one escalated sooner needed
 * no response (the chair moved on).
 */
import { defineRule } from "../define-rule.js";
import { checkStageResponses, STAGE_RESPONSE_MESSAGE_IDS, STAGE_RESPONSE_MESSAGES } from "../helpers/index.js";

export default defineRule({
  id: "lei-formal-stage-response",
  appliesTo: ["escalation"],
  severity: "error",
  description: "The manager at each Formal Escalation stage responds within {escalation-stage-response} of the stage being reached.",
  source: { document: "001_184c5097ab010ef4.txt", paragraph: "Stage One to Stage Four", requirement: "LEI-FE-5" },
  overrides: ["escalation-stage-response"],
  messages: { ...STAGE_RESPONSE_MESSAGES },
  check(escalation, ctx) {
    checkStageResponses(ctx, escalation, {
      stages: "formal",
      timescale: "escalation-stage-response",
      messages: STAGE_RESPONSE_MESSAGE_IDS,
    });
  },
});
