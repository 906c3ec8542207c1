/**
 * Items for a looked-after child's period in care: reviews (CPPCR 2010 reg 33), telling the IRO and
 * others (Knowsley Practice Standards section 8), the care plan (reg 4; section 8), the pathway plan
 * at 16 (reg 42), an early review the IRO decided on, and advocacy from the profile's referral age.
 */
import { compareIsoDates } from "../../calendar/index.js";
import { birthdayAt } from "../../people/age.js";
import { ordinal } from "../labels.js";
import { within } from "../periods.js";
import { eventsOf, firstPlacements, periodStarts, recordsOf, reviewsHeld, conferencesHeld } from "../sources.js";
import type { ItemKind, Occurrence, TimelineEnv, Trigger } from "../types.js";


/** The age from which a looked-after child is an "eligible child" with a pathway plan (Children Act 1989 sch 2 para 19B; CPPCR reg 40). */
const PATHWAY_PLAN_AGE = 16;

const REVIEW_TIMESCALES = ["lac-first-review", "lac-second-review", "lac-subsequent-review"] as const;

const lacReview: ItemKind = {
  id: "lac-review",
  title: (step) => (step === 0 ? "First looked-after review" : step === 1 ? "Second looked-after review" : `${ordinal(step + 1)} looked-after review`),
  triggers: (env) => periodStarts(env.periods.lookedAfter),
  done: (env) => reviewsHeld(env),
  schedule: { type: "every", timescale: (step) => REVIEW_TIMESCALES[Math.min(step, 2)] },
};

function earlyMeetingTriggers(env: TimelineEnv, outcome: "early-review" | "early-conference"): Trigger[] {
  return recordsOf(env, "significant-change")
    .filter(({ record }) => record.decision?.outcome === outcome)
    .map(({ record, index }) => ({
      key: record.id,
      event: "significant-change",
      date: record.decision?.decidedOn ?? record.notifiedOn,
      path: `/records/${index}/decision/outcome`,
    }));
}

const earlyReview: ItemKind = {
  id: "early-review",
  title: () => "Early looked-after review (decided after a significant change)",
  triggers: (env) => earlyMeetingTriggers(env, "early-review"),
  done: (env) => reviewsHeld(env),
  // A review brought forward is the IRO's decision; no standard sets how soon, so it is never "overdue" (the profile's dueDates cite it).
  schedule: { type: "dated", noLimit: true, citation: (env) => env.profile.dueDates["early-review"]?.citation },
};

const earlyConference: ItemKind = {
  id: "early-conference",
  title: () => "Early review conference (decided after a significant change)",
  triggers: (env) => earlyMeetingTriggers(env, "early-conference"),
  done: (env) => conferencesHeld(env, "review"),
  schedule: {
    type: "dated",
    noLimit: true,
    citation: (env) => env.profile.dueDates["early-conference"]?.citation,
  },
};

/** A kind met by one event type, counted from the start of each looked-after period. */
function onBecomingLookedAfter(id: string, title: string, event: "iro-notified" | "professionals-notified"): ItemKind {
  return {
    id,
    title: () => title,
    triggers: (env) => periodStarts(env.periods.lookedAfter),
    done: (env) => eventsOf(env, [event]),
    schedule: { type: "once", timescale: () => id },
  };
}

const carePlan: ItemKind = {
  id: "care-plan",
  title: () => "Care plan",
  triggers: firstPlacements,
  done: (env) => eventsOf(env, ["care-plan"]),
  schedule: { type: "once", timescale: () => "care-plan" },
};

/**
 * CPPCR 2010 reg 42(1) times the needs assessment ("not more than three months after the date on
 * which C reaches the age of 16"); the pathway plan follows it (reg 43). So a needs assessment meets
 * the 3 months, and so does a pathway plan, which is made from one (the england profile's reading
 * "nat-needs-assessment-at-16").
 */
function pathwayPlansDone(env: TimelineEnv): Occurrence[] {
  const fromReviews = recordsOf(env, "looked-after-review").flatMap(({ record, index }) =>
    record.pathwayPlan?.completedOn ? [{ date: record.pathwayPlan.completedOn, path: `/records/${index}/pathwayPlan/completedOn` }] : [],
  );
  return [...eventsOf(env, ["needs-assessment", "pathway-plan"]), ...fromReviews];
}

const pathwayPlan: ItemKind = {
  id: "pathway-plan",
  title: () => "Needs assessment for the pathway plan (from 16)",
  triggers: (env) => {
    const sixteen = birthdayAt(env.caseFile.child.dateOfBirth, PATHWAY_PLAN_AGE);
    return env.periods.lookedAfter
      .filter((p) => within(p, sixteen))
      .map((p) => ({ key: p.key, event: "16th-birthday", date: sixteen, path: "/child/dateOfBirth", windowStart: p.from, until: p.to }));
  },
  done: pathwayPlansDone,
  schedule: { type: "once", timescale: () => "pathway-plan" },
};

function advocacyReferrals(env: TimelineEnv): Occurrence[] {
  const out: Occurrence[] = [];
  for (const type of ["looked-after-review", "cp-conference"] as const) {
    for (const { record, index } of recordsOf(env, type)) {
      if (record.advocacy?.referredOn) out.push({ date: record.advocacy.referredOn, path: `/records/${index}/advocacy/referredOn` });
    }
  }
  // A conference records each child's own NYAS referral with their participation (Knowsley section 3).
  for (const { record, index } of recordsOf(env, "cp-conference")) {
    (record.childParticipation ?? []).forEach((p, i) => {
      if (p.childId === env.caseFile.child.id && p.nyasReferredOn) {
        out.push({ date: p.nyasReferredOn, path: `/records/${index}/childParticipation/${i}/nyasReferredOn` });
      }
    });
  }
  return out.sort((a, b) => compareIsoDates(a.date, b.date));
}

const advocacyReferral: ItemKind = {
  id: "advocacy-referral",
  title: () => "Referral to the advocacy service",
  triggers: (env) => {
    const minAge = env.profile.advocacy.minAge;
    if (minAge === undefined) return [];
    const ageDate = birthdayAt(env.caseFile.child.dateOfBirth, minAge);
    return [...env.periods.lookedAfter, ...env.periods.cpPlans].flatMap((p) => {
      const byAge = compareIsoDates(ageDate, p.from) > 0;
      const date = byAge ? ageDate : p.from;
      if (p.to !== undefined && compareIsoDates(date, p.to) > 0) return [];
      return [{ key: p.key, event: byAge ? "advocacy-age" : p.event, date, path: byAge ? "/child/dateOfBirth" : p.path, windowStart: p.from, until: p.to }];
    });
  },
  done: advocacyReferrals,
  schedule: { type: "dated", noLimit: true, citation: (env) => env.profile.advocacy.citation },
};

/**
 * Items that run with the child's time in care.
 * @example LOOKED_AFTER_KINDS.map((k) => k.id) // ["lac-review", "early-review", …]
 */
export const LOOKED_AFTER_KINDS: readonly ItemKind[] = [
  lacReview,
  earlyReview,
  earlyConference,
  onBecomingLookedAfter("iro-notified", "IRO service told the child is looked after", "iro-notified"),
  onBecomingLookedAfter("professionals-notified", "Other professionals told of the child's legal status", "professionals-notified"),
  carePlan,
  pathwayPlan,
  advocacyReferral,
];
