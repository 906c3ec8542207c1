import type { Rule } from "../define-rule.js";
import careAndPlacementPlansOnTime from "./care-and-placement-plans-on-time.js";
import childProtectionConferencesOnTime from "./child-protection-conferences-on-time.js";
import disputeResolvedInTime from "./dispute-resolved-in-time.js";
import lookedAfterReviewsOnTime from "./looked-after-reviews-on-time.js";
import pathwayPlanOnTime from "./pathway-plan-on-time.js";
import socialWorkerVisitsOnTime from "./social-worker-visits-on-time.js";

/** This group's rules, one file each; keep the list in file-name order. */
const rules: readonly Rule[] = [
  careAndPlacementPlansOnTime,
  childProtectionConferencesOnTime,
  disputeResolvedInTime,
  lookedAfterReviewsOnTime,
  pathwayPlanOnTime,
  socialWorkerVisitsOnTime,
];
export default rules;
