import type { Rule } from "../define-rule.js";
import careAndPlacementPlansOnTime from "./care-and-placement-plans-on-time.js";
import childProtectionConferencesOnTime from "./child-protection-conferences-on-time.js";
import conferenceDatesInOrder from "./conference-dates-in-order.js";
import disputeResolvedInTime from "./dispute-resolved-in-time.js";
import disputeStageResponseInTime from "./dispute-stage-response-in-time.js";
import lookedAfterReviewsOnTime from "./looked-after-reviews-on-time.js";
import participationCode from "./participation-code.js";
import pathwayPlanOnTime from "./pathway-plan-on-time.js";
import reviewDatesInOrder from "./review-dates-in-order.js";
import socialWorkerVisitsOnTime from "./social-worker-visits-on-time.js";

/** This group's rules, one file each; keep the list in file-name order. */
const rules: readonly Rule[] = [
  careAndPlacementPlansOnTime,
  childProtectionConferencesOnTime,
  conferenceDatesInOrder,
  disputeResolvedInTime,
  disputeStageResponseInTime,
  lookedAfterReviewsOnTime,
  participationCode,
  pathwayPlanOnTime,
  reviewDatesInOrder,
  socialWorkerVisitsOnTime,
];
export default rules;
