import type { Rule } from "../define-rule.js";
import glCafcassReferral from "./gl-cafcass-referral.js";
import glCategory from "./gl-category.js";
import glExternalConcernNote from "./gl-external-concern-note.js";
import glFormalTotal from "./gl-formal-total.js";
import glGoodPracticeNote from "./gl-good-practice-note.js";
import glInformalTimely from "./gl-informal-timely.js";
import glLevelDelegated from "./gl-level-delegated.js";
import glLevelResponse from "./gl-level-response.js";
import glQaprChildInCare from "./gl-qapr-child-in-care.js";
import glQaprChildProtection from "./gl-qapr-child-protection.js";
import glQaprChildSafer from "./gl-qapr-child-safer.js";
import glQaprGradeFollowUp from "./gl-qapr-grade-follow-up.js";
import glQaprInadequateChallenge from "./gl-qapr-inadequate-challenge.js";
import glQaprRationale from "./gl-qapr-rationale.js";
import glSignificantChangeCpChair from "./gl-significant-change-cp-chair.js";
import glSignificantChangeFromEvents from "./gl-significant-change-from-events.js";
import glSignificantChangeIro from "./gl-significant-change-iro.js";

/** This group's rules, one file each; keep the list in file-name order. */
const rules: readonly Rule[] = [
  glCafcassReferral,
  glCategory,
  glExternalConcernNote,
  glFormalTotal,
  glGoodPracticeNote,
  glInformalTimely,
  glLevelDelegated,
  glLevelResponse,
  glQaprChildInCare,
  glQaprChildProtection,
  glQaprChildSafer,
  glQaprGradeFollowUp,
  glQaprInadequateChallenge,
  glQaprRationale,
  glSignificantChangeCpChair,
  glSignificantChangeFromEvents,
  glSignificantChangeIro,
];
export default rules;
