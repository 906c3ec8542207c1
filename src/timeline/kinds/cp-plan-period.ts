/**
 * Items that run while a child is on a child protection plan: core groups and their minutes and
 * visits (Knowsley Practice Standards section 4; the first core group, Working Together 2023), the
 * chair's mid-point check and 12-month visit (Knowsley CP Chair Standards 1.6 and 2.4), and QA
 * progress reviews (Gloucestershire PRP section 5).
 */
import { compareIsoDates, datePart, dayBefore } from "../../calendar/index.js";
import { conferencesHeld, eventField, eventStarts, eventsOf, mergeByDate, periodStarts, recordsOf } from "../sources.js";
import { planConferences } from "./child-protection.js";
import { ordinal } from "../labels.js";
import type { ItemKind, TimelineEnv, Trigger } from "../types.js";

const coreGroups: ItemKind = {
  id: "core-group",
  title: (step) => (step === 0 ? "First core group meeting" : "Core group meeting"),
  triggers: (env) => periodStarts(env.periods.cpPlans),
  done: (env) => eventsOf(env, ["core-group"]),
  schedule: { type: "every", timescale: (step) => (step === 0 ? "first-core-group" : "core-group-interval") },
};

const coreGroupMinutes: ItemKind = {
  id: "core-group-minutes",
  title: () => "Core group minutes distributed",
  triggers: (env) => eventStarts(env, "core-group"),
  done: (env, t) => eventField(env, t, "minutesDistributedOn"),
  schedule: { type: "once", timescale: () => "core-group-minutes" },
};

const cpVisits: ItemKind = {
  id: "cp-visit",
  title: () => "Visit to the child on a plan",
  triggers: (env) => periodStarts(env.periods.cpPlans),
  done: (env) => eventsOf(env, ["cp-visit"]),
  schedule: { type: "every", timescale: () => "cp-visit" },
};

/**
 * One mid-point check per conference that made or reviewed the plan, due before the next conference;
 * when the next conference comes first, that conference looks at the plan instead and the check lapses.
 */
function midpointTriggers(env: TimelineEnv): Trigger[] {
  const conferences = planConferences(env);
  return conferences.map((c, n) => {
    const period = env.periods.cpPlans.find((p) => compareIsoDates(p.from, c.date) <= 0 && (p.to === undefined || compareIsoDates(c.date, p.to) < 0));
    const next = conferences[n + 1];
    const nextInPlan = next && (period?.to === undefined || compareIsoDates(next.date, period.to) <= 0) ? next.date : undefined;
    const until = nextInPlan === undefined ? period?.to : dayBefore(nextInPlan);
    return { ...c, until };
  });
}

const midpointCheck: ItemKind = {
  id: "cp-midpoint-check",
  title: () => "Chair's mid-point check of the plan",
  triggers: midpointTriggers,
  done: (env) => eventsOf(env, ["midway-check"]),
  schedule: { type: "once", timescale: () => "cp-midpoint-check" },
};

/**
 * Knowsley CP Chair Standard 2.4, "CP Chairs will visit children who have been on a Child Protection
 * Plan for 12 months plus", names the children, not a date (the profile reading
 * "kcp-chair-visit-by-next-conference"). The visit falls due once the child has been on the plan the
 * "cp-chair-visit" time (12 months) and is made by the first review conference held on or after
 * that day, the one that decides whether the plan goes on into a second year; until that conference
 * is held, by the day it is due ("subsequent-review-conference" after the conference before, Working
 * Together 2023), and never later than the day the plan ended. Only a visit from the 12-month day
 * on counts (rule kcp-chair-visit). Reading the 12-month day itself as the deadline, as this item
 * once did, left a one-day window: a visit the day after was late.
 */
function chairVisitTriggers(env: TimelineEnv): Trigger[] {
  const t = env.profile.timescales["cp-chair-visit"];
  if (!t) return [];
  const gap = env.profile.timescales["subsequent-review-conference"];
  const conferences = conferencesHeld(env);
  return env.periods.cpPlans.flatMap((p): Trigger[] => {
    const twelve = env.calendar.addDuration(p.from, t);
    if (p.to !== undefined && compareIsoDates(p.to, twelve) < 0) return [];
    const inPlan = conferences.filter((c) => compareIsoDates(c.date, p.from) >= 0 && (p.to === undefined || compareIsoDates(c.date, p.to) <= 0));
    const next = inPlan.find((c) => c.conferenceType === "review" && compareIsoDates(c.date, twelve) >= 0);
    const before = inPlan.filter((c) => compareIsoDates(c.date, twelve) < 0).at(-1);
    let due = next ? datePart(next.date) : before && gap ? env.calendar.addDuration(datePart(before.date), gap) : twelve;
    // A review conference already overdue at 12 months: the visit is due from the 12-month day.
    if (compareIsoDates(due, twelve) < 0) due = twelve;
    if (p.to !== undefined && compareIsoDates(p.to, due) < 0) due = p.to;
    return [{ key: p.key, event: "cp-plan-12-months", date: twelve, path: p.path, windowStart: twelve, until: p.to, due }];
  });
}

const chairVisit: ItemKind = {
  id: "cp-chair-visit",
  title: () => "Chair's visit to a child on a plan for 12 months (by the next review conference)",
  triggers: chairVisitTriggers,
  done: (env) => eventsOf(env, ["chair-visit"]),
  schedule: { type: "dated", timescale: "cp-chair-visit", citation: (env) => env.profile.timescales["cp-chair-visit"]?.citation },
};

const qaProgressReviews: ItemKind = {
  id: "qapr-cp",
  title: (step) => `QA progress reviews in the plan's ${ordinal(step + 1)} year`,
  triggers: (env) => periodStarts(env.periods.cpPlans),
  done: (env) =>
    mergeByDate(
      eventsOf(env, ["qapr"]),
      recordsOf(env, "qa-progress-review")
        .filter(({ record }) => record.form === "cp")
        .map(({ record, index }) => ({ date: record.date, path: `/records/${index}/date` })),
    ),
  schedule: { type: "count", first: "qapr-cp-first-year", later: "qapr-cp-later-years" },
};

/**
 * Items that run while the child is on a plan.
 * @example CP_PLAN_KINDS.map((k) => k.id) // ["core-group", …]
 */
export const CP_PLAN_KINDS: readonly ItemKind[] = [coreGroups, coreGroupMinutes, cpVisits, midpointCheck, chairVisit, qaProgressReviews];
