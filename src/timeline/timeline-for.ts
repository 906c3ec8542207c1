/**
 * A case file's timeline built once per profile, calendar and date, and shared by every rule and
 * report that asks for it.
 */
import type { WorkingDayCalendar } from "../calendar/index.js";
import type { ResolvedProfile } from "../profiles/types.js";
import type { CaseFile } from "../types/index.js";
import { buildTimeline } from "./build-timeline.js";
import type { Timeline } from "./types.js";

const memo = new WeakMap<CaseFile, WeakMap<ResolvedProfile, WeakMap<WorkingDayCalendar, Map<string, Timeline>>>>();

/**
 * The case file's timeline for a rule's context, built once and shared by every rule that asks.
 * @example timelineFor(caseFile, ctx).items.filter((i) => i.status === "overdue")
 */
export function timelineFor(caseFile: CaseFile, ctx: { profile: ResolvedProfile; calendar: WorkingDayCalendar; asOf: string }): Timeline {
  let byProfile = memo.get(caseFile);
  if (!byProfile) memo.set(caseFile, (byProfile = new WeakMap()));
  let byCalendar = byProfile.get(ctx.profile);
  if (!byCalendar) byProfile.set(ctx.profile, (byCalendar = new WeakMap()));
  let byDate = byCalendar.get(ctx.calendar);
  if (!byDate) byCalendar.set(ctx.calendar, (byDate = new Map()));
  let timeline = byDate.get(ctx.asOf);
  if (!timeline) byDate.set(ctx.asOf, (timeline = buildTimeline(caseFile, ctx)));
  return timeline;
}

