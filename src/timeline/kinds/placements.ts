/**
 * Items that start with each placement: the placement plan (CPPCR 2010 reg 9), the placement
 * planning meeting and seeing the child (Knowsley Practice Standards sections 6 and 8), social worker
 * visits (reg 28; section 8) and regulation 24 approval (West Berkshire Practice Standards).
 */
import { compareIsoDates, datePart } from "../../calendar/index.js";
import { eventsOf, firstPlacements, placementStarts, recordsOf, reviewsHeld } from "../sources.js";
import type { ItemKind, StepTimescale, TimelineEnv, Trigger } from "../types.js";

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

/** Whether the child is on an interim care order on `date` (the case file's legal status history). */
function onInterimCareOrder(env: TimelineEnv, date: string): boolean {
  return env.caseFile.legalStatus.some(
    (s) => s.status === "interim-care-order" && compareIsoDates(s.from, date) <= 0 && (s.to === undefined || compareIsoDates(date, s.to) <= 0),
  );
}

/**
 * CPPCR 2010 reg 28(4): "Where regulation 24 applies, or where an interim care order has been made in
 * relation to C … and C is living with P, the responsible authority must ensure that R visits C— (a) at
 * least once a week until the first review carried out in accordance with Part 6, and (b) thereafter at
 * intervals of not more than four weeks." Stricter than reg 28(2), so where the profile times it
 * ("lac-visit-weekly", "lac-visit-interim-care-order-at-home") it comes first:
 *  - weekly while the next weekly visit would fall on or before the first looked-after review held on
 *    or after the placement began (or none is held yet);
 *  - then every 4 weeks while the child at home is still on the interim care order. A regulation 24
 *    placement's 4 weeks are not timed: the case file does not record when the temporary approval
 *    ended (16 weeks, or longer under reg 25, or sooner on full approval as a foster carer), after
 *    which reg 28(2) applies again; its visits fall back to the ordinary intervals below.
 * Regulation 28(3) (a child placed with a parent before the assessment is complete, reg 19) and 28(5)
 * (a care order with the child at home) are not modelled: the case file does not say when they apply.
 */
function regulation28Para4(step: number, from: string, trigger: Trigger, env: TimelineEnv): string | undefined {
  const p = trigger.placement;
  if (step === 0 || p === undefined) return undefined;
  const atHomeOnIco = p.type === "placed-with-parents" && onInterimCareOrder(env, from);
  if (p.regulation24 !== true && !atHomeOnIco) return undefined;
  const weekly = env.profile.timescales["lac-visit-weekly"];
  if (weekly === undefined) return undefined;
  const firstReview = reviewsHeld(env).find((r) => compareIsoDates(datePart(r.date), p.startDate) >= 0);
  if (firstReview === undefined || compareIsoDates(env.calendar.addDuration(from, weekly), datePart(firstReview.date)) <= 0) return "lac-visit-weekly";
  return atHomeOnIco && has(env, "lac-visit-interim-care-order-at-home") ? "lac-visit-interim-care-order-at-home" : undefined;
}

/**
 * The gap allowed before the next visit. A local every-N ("lac-visit", Knowsley section 8) replaces
 * the national first-year / long-term split; out of borough in residential care is stricter still.
 * Nationally: 6 weeks in the placement's first year, then 3 months where the placement is meant to
 * last until 18 (reg 28(2)(c)), otherwise 6 weeks again (reg 28(2)(c)(ii)).
 */
const visitTimescale: StepTimescale = (step, from, trigger, env) => {
  if (step === 0) return "lac-visit-first";
  const stricter = regulation28Para4(step, from, trigger, env);
  if (stricter !== undefined) return stricter;
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

/**
 * Knowsley section 6: "I have arranged to see the child/young person within 3 days of placement into
 * care". "Placement into care" is the child coming into care (the same paragraph goes on to explaining
 * "the reasons for coming into care"), so the 3 days run from the first placement of each period in
 * care; a later move is timed by the visit within a week of each placement (reg 28(2)(a); section 8).
 */
const childSeen: ItemKind = {
  id: "child-seen-after-placement",
  title: () => "Child seen by their social worker after coming into care",
  triggers: firstPlacements,
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
