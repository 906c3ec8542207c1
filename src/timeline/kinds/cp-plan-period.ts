/**
 * Items that run while a child is on a child protection plan: core groups and their minutes and
 * visits (Knowsley Practice Standards section 4; the first core group, Working Together 2023), the
 * chair's mid-point check and 12-month visit (Knowsley CP Chair Standards 1.6 and 2.4), and QA
 * progress reviews (Gloucestershire PRP section 5).
 */
import { compareIsoDates, dayBefore } from "../../calendar/index.js";
import { eventField, eventStarts, eventsOf, mergeByDate, periodStarts, recordsOf } from "../sources.js";
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
 * Knowsley CP Chair Standard 2.4 is about children who have been on a plan for 12 months or more, so
 * only a visit on or after the 12-month day counts (as rule kcp-chair-visit reads it); an earlier
 * visit is the chair's ordinary contact, not this one.
 */
const chairVisit: ItemKind = {
  id: "cp-chair-visit",
  title: () => "Chair's visit to a child on a plan for 12 months",
  triggers: (env) => periodStarts(env.periods.cpPlans),
  done: (env, trigger) => {
    const t = env.profile.timescales["cp-chair-visit"];
    if (!t) return [];
    const from = env.calendar.addDuration(trigger.date, t);
    return eventsOf(env, ["chair-visit"]).filter((e) => compareIsoDates(e.date, from) >= 0);
  },
  schedule: { type: "once", timescale: () => "cp-chair-visit" },
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
