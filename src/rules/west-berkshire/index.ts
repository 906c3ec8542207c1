import type { Rule } from "../define-rule.js";
import wbAdvocacyReferral from "./wb-advocacy-referral.js";
import wbAgencyAttendance from "./wb-agency-attendance.js";
import wbCpFamilyInformed from "./wb-cp-family-informed.js";
import wbCpPlanSmart from "./wb-cp-plan-smart.js";
import wbDipAuditChronology from "./wb-dip-audit-chronology.js";
import wbDipAuditVisitsCoreGroups from "./wb-dip-audit-visits-core-groups.js";
import wbHousingPlanAt16 from "./wb-housing-plan-at-16.js";
import wbInterpreterBooked from "./wb-interpreter-booked.js";
import wbLifeStoryTracked from "./wb-life-story-tracked.js";
import wbMissingStrategyMeeting from "./wb-missing-strategy-meeting.js";
import wbParallelPlanActions from "./wb-parallel-plan-actions.js";
import wbPepExclusionRisk from "./wb-pep-exclusion-risk.js";
import wbPreDisruptionMeeting from "./wb-pre-disruption-meeting.js";
import wbRegulation24Approval from "./wb-regulation-24-approval.js";
import wbReturnHomeApproved from "./wb-return-home-approved.js";
import wbSeenBeforeMeeting from "./wb-seen-before-meeting.js";
import wbWrittenAgreementReviewed from "./wb-written-agreement-reviewed.js";

/** This group's rules, one file each; keep the list in file-name order. */
const rules: readonly Rule[] = [
  wbAdvocacyReferral,
  wbAgencyAttendance,
  wbCpFamilyInformed,
  wbCpPlanSmart,
  wbDipAuditChronology,
  wbDipAuditVisitsCoreGroups,
  wbHousingPlanAt16,
  wbInterpreterBooked,
  wbLifeStoryTracked,
  wbMissingStrategyMeeting,
  wbParallelPlanActions,
  wbPepExclusionRisk,
  wbPreDisruptionMeeting,
  wbRegulation24Approval,
  wbReturnHomeApproved,
  wbSeenBeforeMeeting,
  wbWrittenAgreementReviewed,
];
export default rules;
