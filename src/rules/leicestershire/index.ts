import type { Rule } from "../define-rule.js";
import leiCafcassReferral from "./lei-cafcass-referral.js";
import leiFormalEscalationNotified from "./lei-formal-escalation-notified.js";
import leiFormalEscalationTotal from "./lei-formal-escalation-total.js";
import leiFormalStageResponse from "./lei-formal-stage-response.js";
import leiMidwayTracking from "./lei-midway-tracking.js";
import leiPositiveChallengeResponse from "./lei-positive-challenge-response.js";

/** This group's rules, one file each; keep the list in file-name order. */
const rules: readonly Rule[] = [
  leiCafcassReferral,
  leiFormalEscalationNotified,
  leiFormalEscalationTotal,
  leiFormalStageResponse,
  leiMidwayTracking,
  leiPositiveChallengeResponse,
];
export default rules;
