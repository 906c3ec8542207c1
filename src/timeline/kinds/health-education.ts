/**
 * Health and education for a child in care (Knowsley Practice Standards section 8): the initial
 * health assessment requested within 5 days of placement, then reviews every 6 months under 5 and
 * yearly from 5; a PEP within 15 days of placement, reviewed every term, or every 3 months for a
 * child at risk of exclusion where the profile says so (West Berkshire Practice Standards).
 */
import { compareIsoDates } from "../../calendar/index.js";
import { ageOn } from "../../rules/helpers/age.js";
import { eventsOf, firstInPeriods, firstPlacements } from "../sources.js";
import type { ItemKind, TimelineEnv } from "../types.js";

/** The age the two health review timescales divide at: their ids name it ("under-5", "5-and-over"). */
const HEALTH_REVIEW_AGE = 5;

const healthRequest: ItemKind = {
  id: "health-assessment-request",
  title: () => "Initial health assessment requested",
  triggers: firstPlacements,
  done: (env) => eventsOf(env, ["health-assessment-request"]),
  schedule: { type: "once", timescale: () => "health-assessment-request" },
};

/** The gap to the next health assessment follows the child's age at the last one. */
const healthReview: ItemKind = {
  id: "health-review",
  title: () => "Health assessment review",
  triggers: (env) => firstInPeriods(env.periods.lookedAfter, eventsOf(env, ["health-assessment"]), "health-assessment"),
  done: (env) => eventsOf(env, ["health-assessment"]),
  schedule: {
    type: "every",
    timescale: (_step, from, _t, env) =>
      ageOn(env.caseFile.child.dateOfBirth, from) < HEALTH_REVIEW_AGE ? "health-review-under-5" : "health-review-5-and-over",
  },
};

const pepInitial: ItemKind = {
  id: "pep-initial",
  title: () => "Personal Education Plan (PEP) meeting",
  triggers: firstPlacements,
  done: (env) => eventsOf(env, ["pep"]),
  schedule: { type: "once", timescale: () => "pep-initial" },
};

/** At risk of exclusion from `from` on: a risk that had not ended by then. */
function atRiskOfExclusion(env: TimelineEnv, from: string): boolean {
  return env.caseFile.events.some(
    (e) => e.type === "exclusion-risk" && compareIsoDates(e.date, env.asOf) <= 0 && (e.endDate === undefined || compareIsoDates(e.endDate, from) >= 0),
  );
}

const pepReview: ItemKind = {
  id: "pep-review",
  title: () => "PEP review",
  triggers: (env) => firstInPeriods(env.periods.lookedAfter, eventsOf(env, ["pep"]), "pep"),
  done: (env) => eventsOf(env, ["pep"]),
  schedule: {
    type: "every",
    timescale: (_step, from, _t, env) =>
      env.profile.timescales["pep-review-exclusion-risk"] && atRiskOfExclusion(env, from) ? "pep-review-exclusion-risk" : "pep-review",
  },
};

/**
 * Health and education items.
 * @example HEALTH_EDUCATION_KINDS.map((k) => k.id) // ["health-assessment-request", …]
 */
export const HEALTH_EDUCATION_KINDS: readonly ItemKind[] = [healthRequest, healthReview, pepInitial, pepReview];
