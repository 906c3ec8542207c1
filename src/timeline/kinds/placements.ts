/**
 * Items that start with each placement: the placement plan (CPPCR 2010 reg 9), the placement
 * planning meeting and seeing the child (Knowsley Practice Standards sections 6 and 8), social worker
 * visits (reg 28; section 8) and regulation 24 approval (West Berkshire Practice Standards).
 */
import { compareIsoDates } from "../../calendar/index.js";
import { eventsOf, placementStarts, recordsOf } from "../sources.js";
import type { ItemKind, StepTimescale, TimelineEnv } from "../types.js";

const has = (env: TimelineEnv, id: string) => env.profile.timescales[id] !== undefined;

/** The first year of a placement, after which reg 28(2)(c) relaxes visits for a long-term placement. */
const FIRST_YEAR_MONTHS = 12;

/** Whether the last review on or before `date` planned long-term fostering (a placement meant to last until 18). */
function longTermPlan(env: TimelineEnv, date: string): boolean {
  const reviews = recordsOf(env, "looked-after-review")
    .map(({ record }) => record)
    .filter((r) => compareIsoDates(r.reviewDate, date) <= 0)
    .sort((a, b) => compareIsoDates(a.reviewDate, b.reviewDate));
  return reviews.at(-1)?.permanence.plan === "long-term-fostering";
}

/**
 * The gap allowed before the next visit. A local every-N ("lac-visit", Knowsley section 8) replaces
 * the national first-year / long-term split; out of borough in residential care is stricter still.
 * Nationally: 6 weeks in the placement's first year, then 3 months where the placement is meant to
 * last until 18 (reg 28(2)(c)), otherwise 6 weeks again (reg 28(2)(c)(ii)).
 */
const visitTimescale: StepTimescale = (step, from, trigger, env) => {
  if (step === 0) return "lac-visit-first";
  const p = trigger.placement;
  if (p?.type === "residential" && p.outOfBorough && has(env, "lac-visit-out-of-borough-residential")) {
    return "lac-visit-out-of-borough-residential";
  }
  if (has(env, "lac-visit")) return "lac-visit";
  const firstYear = p !== undefined && compareIsoDates(from, env.calendar.addMonths(p.startDate, FIRST_YEAR_MONTHS)) < 0;
  return !firstYear && longTermPlan(env, from) ? "lac-visit-long-term" : "lac-visit-first-year";
};

const visits: ItemKind = {
  id: "lac-visit",
  title: (step) => (step === 0 ? "First social worker visit in the placement" : "Social worker visit"),
  triggers: placementStarts,
  done: (env) => eventsOf(env, ["lac-visit"]),
  schedule: { type: "every", timescale: visitTimescale },
};

/** The national placement plan; where the profile times a placement planning meeting, that item stands for it. */
const placementPlan: ItemKind = {
  id: "placement-plan",
  title: () => "Placement plan",
  triggers: placementStarts,
  done: (env) => eventsOf(env, ["placement-planning-meeting"]),
  schedule: { type: "once", timescale: (_t, env) => (has(env, "placement-planning-meeting") ? undefined : "placement-plan") },
};

const placementPlanningMeeting: ItemKind = {
  id: "placement-planning-meeting",
  title: () => "Placement planning meeting",
  triggers: placementStarts,
  done: (env) => eventsOf(env, ["placement-planning-meeting"]),
  schedule: { type: "once", timescale: () => "placement-planning-meeting" },
};

const childSeen: ItemKind = {
  id: "child-seen-after-placement",
  title: () => "Child seen by their social worker after placement",
  triggers: placementStarts,
  done: (env) => eventsOf(env, ["child-seen-after-placement", "lac-visit"]),
  schedule: { type: "once", timescale: () => "child-seen-after-placement" },
};

const regulation24: ItemKind = {
  id: "regulation-24-approval",
  title: () => "Regulation 24 placement approved by the Head of Service",
  triggers: (env) =>
    placementStarts(env)
      .filter((t) => t.placement?.regulation24 === true)
      .map((t) => ({ ...t, event: "regulation-24-placement", date: t.placement?.startedAt ?? t.date })),
  done: (env, t) => {
    const at = t.placement?.headOfServiceApprovedAt;
    return at === undefined ? [] : [{ date: at, path: t.path.replace(/startDate$/, "headOfServiceApprovedAt") }];
  },
  schedule: { type: "once", timescale: () => "regulation-24-approval" },
};

/**
 * Items that start with each placement.
 * @example PLACEMENT_KINDS.map((k) => k.id) // ["lac-visit", "placement-plan", …]
 */
export const PLACEMENT_KINDS: readonly ItemKind[] = [visits, placementPlan, placementPlanningMeeting, childSeen, regulation24];
