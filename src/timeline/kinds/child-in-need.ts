/**
 * Child in need items (Knowsley Practice Standards section 5): the meeting within 10 days of the
 * need for a plan becoming apparent, the plan reviewed within 6 weeks of the meeting that set it
 * (read as every 6 weeks after, each review setting the next), and visits at least every 6 weeks.
 */
import { eventsOf, firstInPeriods, periodStarts } from "../sources.js";
import type { ItemKind } from "../types.js";

const cinMeeting: ItemKind = {
  id: "cin-meeting",
  title: () => "Child in need meeting",
  triggers: (env) => periodStarts(env.periods.childInNeed),
  done: (env) => eventsOf(env, ["cin-meeting"]),
  schedule: { type: "once", timescale: () => "cin-meeting" },
};

const cinPlanReview: ItemKind = {
  id: "cin-plan-review",
  title: () => "Child in need plan review",
  triggers: (env) => firstInPeriods(env.periods.childInNeed, eventsOf(env, ["cin-meeting"]), "cin-meeting"),
  done: (env) => eventsOf(env, ["cin-plan-review"]),
  schedule: { type: "every", timescale: () => "cin-plan-review" },
};

const cinVisit: ItemKind = {
  id: "cin-visit",
  title: () => "Child in need visit",
  triggers: (env) => periodStarts(env.periods.childInNeed),
  done: (env) => eventsOf(env, ["cin-visit"]),
  schedule: { type: "every", timescale: () => "cin-visit" },
};

/**
 * Child in need items.
 * @example CHILD_IN_NEED_KINDS.map((k) => k.id) // ["cin-meeting", "cin-plan-review", "cin-visit"]
 */
export const CHILD_IN_NEED_KINDS: readonly ItemKind[] = [cinMeeting, cinPlanReview, cinVisit];
