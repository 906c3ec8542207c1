/**
 * A case file's timeline built once per profile, calendar and date, and shared by every rule and
 * report that asks for it; and, during a validation, only the kinds of item the rules ask for.
 */
import type { WorkingDayCalendar } from "../calendar/index.js";
import type { ResolvedProfile } from "../profiles/types.js";
import type { CaseFile } from "../types/index.js";
import { activeCaseIndex } from "../case-index/active-index.js";
import { buildTimeline, kindItems, timelineEnv } from "./build-timeline.js";
import { ITEM_KINDS } from "./kinds/index.js";
import type { Timeline, TimelineEnv, TimelineItem } from "./types.js";
import { sortByUrgency } from "./urgency.js";

const memo = new WeakMap<CaseFile, WeakMap<ResolvedProfile, WeakMap<WorkingDayCalendar, Map<string, Timeline>>>>();

type Ctx = { profile: ResolvedProfile; calendar: WorkingDayCalendar; asOf: string };

/**
 * The case file's timeline for a rule's context, built once and shared by every rule that asks.
 * @example timelineFor(caseFile, ctx).items.filter((i) => i.status === "overdue")
 */
export function timelineFor(caseFile: CaseFile, ctx: Ctx): Timeline {
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

/** One validation's timeline, kind by kind: each kind's items made the first time a rule asks for them. */
interface LazyTimeline {
  env: TimelineEnv;
  byKind: Map<string, TimelineItem[]>;
}

/**
 * The timeline's items of `kinds`, in the order the whole timeline gives them (sorted by urgency):
 * `timelineFor(caseFile, ctx).items.filter((i) => kinds.includes(i.kind))`, the same items in the
 * same order. During a validation only those kinds are worked out (a profile's rules report about
 * half the kinds; england's a sixth), each once. Outside one, or for a case file with a date so near
 * year 0 or 9999 that some due date may not be countable, the whole timeline is built as before: a
 * kind that cannot be counted then fails every rule that reads the timeline, as it always has.
 * @example timelineItemsOf(caseFile, ctx, ["lac-review"]).map((i) => i.due)
 */
export function timelineItemsOf(caseFile: CaseFile, ctx: Ctx, kinds: readonly string[]): TimelineItem[] {
  const index = activeCaseIndex(caseFile);
  if (!index || index.hasExtremeDates()) return timelineFor(caseFile, ctx).items.filter((i) => kinds.includes(i.kind));
  const byProfile = index.derived("lazy-timelines", () => new WeakMap<ResolvedProfile, WeakMap<WorkingDayCalendar, Map<string, LazyTimeline>>>());
  let byCalendar = byProfile.get(ctx.profile);
  if (!byCalendar) byProfile.set(ctx.profile, (byCalendar = new WeakMap()));
  let byDate = byCalendar.get(ctx.calendar);
  if (!byDate) byCalendar.set(ctx.calendar, (byDate = new Map()));
  let lazy = byDate.get(ctx.asOf);
  if (!lazy) byDate.set(ctx.asOf, (lazy = { env: timelineEnv(caseFile, ctx), byKind: new Map() }));
  const items: TimelineItem[] = [];
  // ITEM_KINDS order, whatever order `kinds` names them in: the order the whole timeline adds them,
  // so sorting by urgency leaves ties (none are expected: item ids are unique) where they were.
  for (const kind of ITEM_KINDS) {
    if (!kinds.includes(kind.id)) continue;
    let list = lazy.byKind.get(kind.id);
    if (!list) lazy.byKind.set(kind.id, (list = kindItems(lazy.env, kind)));
    items.push(...list);
  }
  return sortByUrgency(items);
}

/**
 * A Timeline holding only the items of `kinds` (see timelineItemsOf), for helpers that take a Timeline.
 * @example decisionDue(timelineOfKinds(caseFile, ctx, ["lac-review"]), "2026-10-05")
 */
export function timelineOfKinds(caseFile: CaseFile, ctx: Ctx, kinds: readonly string[]): Timeline {
  return { caseFileId: caseFile.id, profile: ctx.profile.id, asOf: ctx.asOf, items: timelineItemsOf(caseFile, ctx, kinds) };
}
