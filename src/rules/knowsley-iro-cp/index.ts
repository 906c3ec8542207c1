import type { Rule } from "../define-rule.js";
import kcpChairMetParents from "./kcp-chair-met-parents.js";
import kcpChairVisit from "./kcp-chair-visit.js";
import kcpChildParticipation from "./kcp-child-participation.js";
import kcpDecisionExplained from "./kcp-decision-explained.js";
import kcpMidpointCheck from "./kcp-midpoint-check.js";
import kcpMinutesReady from "./kcp-minutes-ready.js";
import kcpPlanForEachChild from "./kcp-plan-for-each-child.js";
import kcpPlanSmart from "./kcp-plan-smart.js";
import kcpPlanWithin24Hours from "./kcp-plan-within-24-hours.js";
import kcpThresholdExplained from "./kcp-threshold-explained.js";
import kiroAbsentParentMet from "./kiro-absent-parent-met.js";
import kiroAdvocacyOffered from "./kiro-advocacy-offered.js";
import kiroArrangementsConsulted from "./kiro-arrangements-consulted.js";
import kiroCafcassConsidered from "./kiro-cafcass-considered.js";
import kiroChildChairingEncouraged from "./kiro-child-chairing-encouraged.js";
import kiroChildLetterWording from "./kiro-child-letter-wording.js";
import kiroChildKnowsIro from "./kiro-child-knows-iro.js";
import kiroChildViewsRecorded from "./kiro-child-views-recorded.js";
import kiroCommunicationChecked from "./kiro-communication-checked.js";
import kiroComplaintsExplained from "./kiro-complaints-explained.js";
import kiroDecisionNamedPerson from "./kiro-decision-named-person.js";
import kiroDecisionsChildFriendly from "./kiro-decisions-child-friendly.js";
import kiroDecisionsLetterTimely from "./kiro-decisions-letter-timely.js";
import kiroDecisionsMonitored from "./kiro-decisions-monitored.js";
import kiroDriftEscalated from "./kiro-drift-escalated.js";
import kiroDriftFormal from "./kiro-drift-formal.js";
import kiroEscalationOutcomeRecorded from "./kiro-escalation-outcome-recorded.js";
import kiroGuardianEngaged from "./kiro-guardian-engaged.js";
import kiroIroSawChildBeforeReview from "./kiro-iro-saw-child-before-review.js";
import kiroMinutesTimely from "./kiro-minutes-timely.js";
import kiroOutcomesTimely from "./kiro-outcomes-timely.js";
import kiroParentsViews from "./kiro-parents-views.js";
import kiroPermanenceBySecondReview from "./kiro-permanence-by-second-review.js";
import kiroPlacementEscalated from "./kiro-placement-escalated.js";
import kiroReviewInformation from "./kiro-review-information.js";
import kiroSignificantChangeDecided from "./kiro-significant-change-decided.js";
import kiroSignificantChangeFromEvents from "./kiro-significant-change-from-events.js";

/** This group's rules, one file each; keep the list in file-name order. */
const rules: readonly Rule[] = [
  kcpChairMetParents,
  kcpChairVisit,
  kcpChildParticipation,
  kcpDecisionExplained,
  kcpMidpointCheck,
  kcpMinutesReady,
  kcpPlanForEachChild,
  kcpPlanSmart,
  kcpPlanWithin24Hours,
  kcpThresholdExplained,
  kiroAbsentParentMet,
  kiroAdvocacyOffered,
  kiroArrangementsConsulted,
  kiroCafcassConsidered,
  kiroChildChairingEncouraged,
  kiroChildLetterWording,
  kiroChildKnowsIro,
  kiroChildViewsRecorded,
  kiroCommunicationChecked,
  kiroComplaintsExplained,
  kiroDecisionNamedPerson,
  kiroDecisionsChildFriendly,
  kiroDecisionsLetterTimely,
  kiroDecisionsMonitored,
  kiroDriftEscalated,
  kiroDriftFormal,
  kiroEscalationOutcomeRecorded,
  kiroGuardianEngaged,
  kiroIroSawChildBeforeReview,
  kiroMinutesTimely,
  kiroOutcomesTimely,
  kiroParentsViews,
  kiroPermanenceBySecondReview,
  kiroPlacementEscalated,
  kiroReviewInformation,
  kiroSignificantChangeDecided,
  kiroSignificantChangeFromEvents,
];
export default rules;
