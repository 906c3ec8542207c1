import type { Rule } from "../define-rule.js";
import carePlanOnTime from "./care-plan-on-time.js";
import caseNotesOnTime from "./case-notes-on-time.js";
import childInNeedTimescales from "./child-in-need-timescales.js";
import childSeenAfterPlacement from "./child-seen-after-placement.js";
import conferenceReportSharedInTime from "./conference-report-shared-in-time.js";
import coreGroupsOnTime from "./core-groups-on-time.js";
import cpVisitsOnTime from "./cp-visits-on-time.js";
import firstCoreGroupOnTime from "./first-core-group-on-time.js";
import healthAssessmentsOnTime from "./health-assessments-on-time.js";
import initialConferenceOnTime from "./initial-conference-on-time.js";
import iroAndProfessionalsTold from "./iro-and-professionals-told.js";
import legalStatusChangeAtReview from "./legal-status-change-at-review.js";
import nyasReferralForConference from "./nyas-referral-for-conference.js";
import pepOnTime from "./pep-on-time.js";
import permanencyAndPathwayPlans from "./permanency-and-pathway-plans.js";
import placementPlanningMeetingOnTime from "./placement-planning-meeting-on-time.js";
import reviewConferenceReportsInTime from "./review-conference-reports-in-time.js";
import reviewReportsInTime from "./review-reports-in-time.js";
import strategyDiscussionOnTime from "./strategy-discussion-on-time.js";
import supervisionOnTime from "./supervision-on-time.js";
import visitsToChildInCare from "./visits-to-child-in-care.js";

/** This group's rules, one file each; keep the list in file-name order. */
const rules: readonly Rule[] = [
  carePlanOnTime,
  caseNotesOnTime,
  childInNeedTimescales,
  childSeenAfterPlacement,
  conferenceReportSharedInTime,
  coreGroupsOnTime,
  cpVisitsOnTime,
  firstCoreGroupOnTime,
  healthAssessmentsOnTime,
  initialConferenceOnTime,
  iroAndProfessionalsTold,
  legalStatusChangeAtReview,
  nyasReferralForConference,
  pepOnTime,
  permanencyAndPathwayPlans,
  placementPlanningMeetingOnTime,
  reviewConferenceReportsInTime,
  reviewReportsInTime,
  strategyDiscussionOnTime,
  supervisionOnTime,
  visitsToChildInCare,
];
export default rules;
