/**
 * Health and education for a child in care (Knowsley Practice Standards section 8): the initial
 * health assessment requested within 5 days of placement, then reviews every 6 months under 5 and
 * yearly from 5; a PEP within 15 days of placement, reviewed every term; and, where the profile
 * times it, every 3 months while a child is at risk of exclusion (West Berkshire Practice Standards).
 */
import { compareIsoDates, dayAfter } from "../../calendar/index.js";
import { ageOn } from "../../people/age.js";
import { within } from "../periods.js";
import { eventsOf, firstInPeriods, firstPlacements } from "../sources.js";
import type { ItemKind, TimelineEnv, Trigger } from "../types.js";

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

const pepReview: ItemKind = {
  id: "pep-review",
  title: () => "PEP review",
  triggers: (env) => firstInPeriods(env.periods.lookedAfter, eventsOf(env, ["pep"]), "pep"),
  done: (env) => eventsOf(env, ["pep"]),
  schedule: { type: "every", timescale: () => "pep-review" },
};

/**
 * Times a child in care is at risk of exclusion: "exclusion-risk" events already identified by the
 * as-of date, overlapping ones merged, each ending when the risk or the time in care ends (rule
 * wb-pep-exclusion-risk reads them the same way).
 */
function exclusionRiskTriggers(env: TimelineEnv): Trigger[] {
  const events = env.caseFile.events;
  const risks = env.index
    .eventIndexes("exclusion-risk")
    .map((i) => ({ e: events[i]!, i }))
    .sort((a, b) => compareIsoDates(a.e.date, b.e.date));
  const merged: { from: string; to: string | undefined; index: number }[] = [];
  for (const { e, i } of risks) {
    const last = merged[merged.length - 1];
    if (last !== undefined && (last.to === undefined || compareIsoDates(e.date, last.to) <= 0)) {
      if (last.to !== undefined && (e.endDate === undefined || compareIsoDates(e.endDate, last.to) > 0)) last.to = e.endDate;
      continue;
    }
    merged.push({ from: e.date, to: e.endDate, index: i });
  }
  return merged.flatMap((risk) => {
    if (compareIsoDates(risk.from, env.asOf) > 0) return [];
    const care = env.periods.lookedAfter.find((p) => within(p, risk.from));
    if (!care) return [];
    const until = [risk.to, care.to].filter((d): d is string => d !== undefined).sort(compareIsoDates)[0];
    // A PEP on the day the risk was identified was not reviewing it: count from the next day.
    return [{ key: `risk-${risk.from}`, event: "exclusion-risk", date: risk.from, path: `/events/${risk.index}`, windowStart: dayAfter(risk.from), until }];
  });
}

/**
 * West Berkshire Standard 1, Enjoy and achieve (WB-1.PEP): "Track children at risk of exclusion and
 * ensure that Personal Education plans are reviewed at least every three months". The clock starts
 * when the risk is identified, then runs from each PEP, until the risk or the time in care ends.
 * Separate from the termly PEP review, which still applies where the profile times it.
 */
const pepExclusionRisk: ItemKind = {
  id: "pep-review-exclusion-risk",
  title: () => "PEP review while at risk of exclusion",
  triggers: exclusionRiskTriggers,
  done: (env) => eventsOf(env, ["pep"]),
  schedule: { type: "every", timescale: () => "pep-review-exclusion-risk" },
};

/**
 * Health and education items.
 * @example HEALTH_EDUCATION_KINDS.map((k) => k.id) // ["health-assessment-request", …]
 */
export const HEALTH_EDUCATION_KINDS: readonly ItemKind[] = [healthRequest, healthReview, pepInitial, pepReview, pepExclusionRisk];
