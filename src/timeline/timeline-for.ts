/**
 * A case file's timeline built once per profile, calendar and date, and shared by every rule and
 * report that asks for it; and, during a validation, only the kinds of item the rules ask for.
 */
import type { WorkingDayCalendar } from "../calendar/index.js";
import type { ResolvedProfile } from "../profiles/types.js";
import type { CaseFile } from "../types/index.js";
import { activeCaseIndex } from "../case-index/active-index.js";
import type { CaseIndex } from "../case-index/case-index.js";
import { buildTimeline, kindItems, timelineEnv } from "./build-timeline.js";
import { ITEM_KINDS } from "./kinds/index.js";
import type { ItemKind, Timeline, TimelineEnv, TimelineItem } from "./types.js";
import { mergeUrgencyRuns, sortByUrgency, urgencyRun, type UrgencyKey } from "./urgency.js";
import { fromWholeItems, reportableItems, reported, type ReportableItems } from "./reportable.js";

const memo = new WeakMap<CaseFile, WeakMap<ResolvedProfile, WeakMap<WorkingDayCalendar, Map<string, Timeline>>>>();

type Ctx = { profile: ResolvedProfile; calendar: WorkingDayCalendar; asOf: string };

/**
 * The case file's timeline for a rule's context, built once and shared by every rule that asks.
 * @example timelineFor(caseFile, ctx).items.filter((i) => i.status === "overdue")
 */
export function timelineFor(caseFile: CaseFile, ctx: Ctx): Timeline {
  let byProfile = memo.get(caseFile);
  if (!byProfile) memo.set(caseFile, (byProfile = new WeakMap()));
  return perContext(byProfile, ctx, () => buildTimeline(caseFile, ctx));
}

/** A value per profile, calendar and date: the one in `byProfile` for `ctx`, else `make()`'s, kept there. */
function perContext<V>(byProfile: WeakMap<ResolvedProfile, WeakMap<WorkingDayCalendar, Map<string, V>>>, ctx: Ctx, make: () => V): V {
  let byCalendar = byProfile.get(ctx.profile);
  if (!byCalendar) byProfile.set(ctx.profile, (byCalendar = new WeakMap()));
  let byDate = byCalendar.get(ctx.calendar);
  if (!byDate) byCalendar.set(ctx.calendar, (byDate = new Map()));
  let value = byDate.get(ctx.asOf);
  if (value === undefined) byDate.set(ctx.asOf, (value = make()));
  return value;
}

/** One validation's timeline, kind by kind: each kind's items made the first time a rule asks for them. */
interface LazyTimeline {
  profile: ResolvedProfile;
  calendar: WorkingDayCalendar;
  asOf: string;
  env: TimelineEnv;
  byKind: Map<string, KindItems>;
  /** Kinds worked out only as far as a rule reports them (reportable.ts). */
  reportable: Map<string, ReportableItems>;
}

/**
 * A validation's lazy timelines, one per profile, calendar and date asked for (every rule of a run
 * asks for the same one, so this is a list of one, looked through from the latest): a plain list
 * rather than WeakMaps, as it lives only as long as the validation's index.
 */
type LazyTimelines = LazyTimeline[];

const noLazyTimelines = (): LazyTimelines => [];

/** The case file's lazy timeline for this profile, calendar and date, made on first use. */
function lazyTimeline(index: CaseIndex, caseFile: CaseFile, ctx: Ctx): LazyTimeline {
  const all = index.derived("lazy-timelines", noLazyTimelines);
  for (let i = all.length - 1; i >= 0; i--) {
    const lazy = all[i]!;
    if (lazy.profile === ctx.profile && lazy.calendar === ctx.calendar && lazy.asOf === ctx.asOf) return lazy;
  }
  const lazy: LazyTimeline = { profile: ctx.profile, calendar: ctx.calendar, asOf: ctx.asOf, env: timelineEnv(caseFile, ctx), byKind: new Map(), reportable: new Map() };
  all.push(lazy);
  return lazy;
}

// A rule passes the same `kinds` list on every call: its kinds, in ITEM_KINDS order, are found once.
// The list is kept with a copy of the ids it was made from, so a list changed in place is looked at again.
const kindsMemo = new WeakMap<readonly string[], { ids: string[]; kinds: ItemKind[] }>();

// The kinds with each id, in ITEM_KINDS order (ids are unique, so each list holds one kind).
const kindsById = new Map<string, ItemKind[]>();
for (const k of ITEM_KINDS) {
  const list = kindsById.get(k.id);
  if (list) list.push(k);
  else kindsById.set(k.id, [k]);
}
const NO_KINDS: readonly ItemKind[] = [];

/** ITEM_KINDS.filter((k) => kinds.includes(k.id)), remembered per list. */
function kindsIn(kinds: readonly string[]): readonly ItemKind[] {
  // A list of one is found by its id. Rules that name one kind often write the list in the call
  // (`["cp-minutes"]`), a new array each time: remembered by the array, each call missed the memo,
  // filtered ITEM_KINDS again and left one more key in the WeakMap for the garbage collector.
  if (kinds.length === 1) return kindsById.get(kinds[0]!) ?? NO_KINDS;
  const memo = kindsMemo.get(kinds);
  if (memo !== undefined && sameIds(memo.ids, kinds)) return memo.kinds;
  const found = ITEM_KINDS.filter((k) => kinds.includes(k.id));
  kindsMemo.set(kinds, { ids: [...kinds], kinds: found });
  return found;
}

/** ids.every((id, i) => id === kinds[i]) for lists of one length, in a plain loop (every timeline rule asks, for every case file). */
function sameIds(ids: readonly string[], kinds: readonly string[]): boolean {
  if (ids.length !== kinds.length) return false;
  for (let i = 0; i < ids.length; i++) if (ids[i] !== kinds[i]) return false;
  return true;
}

/** One kind's items, and the same items keyed and in urgency order (undefined if a due date does not parse). */
interface KindItems {
  items: TimelineItem[];
  run: readonly UrgencyKey[] | undefined;
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
  const lazy = lazyTimeline(index, caseFile, ctx);
  const lists: KindItems[] = [];
  // ITEM_KINDS order, whatever order `kinds` names them in: the order the whole timeline adds them,
  // so sorting by urgency leaves ties (none are expected: item ids are unique) where they were.
  for (const kind of kindsIn(kinds)) lists.push(wholeKind(lazy, kind));
  return merged(lists);
}

/** A kind's whole items in a lazy timeline, worked out the first time any rule asks. */
function wholeKind(lazy: LazyTimeline, kind: ItemKind): KindItems {
  let list = lazy.byKind.get(kind.id);
  if (!list) {
    const items = kindItems(lazy.env, kind);
    lazy.byKind.set(kind.id, (list = { items, run: urgencyRun(items) }));
  }
  return list;
}

/**
 * The lists' items in urgency order. Each kind is sorted once, however many rules read it; the runs
 * are then merged, which gives sortByUrgency's order of their items. A due date that does not
 * parse: sort as before.
 */
function merged(lists: readonly { items: TimelineItem[]; run: readonly UrgencyKey[] | undefined }[]): TimelineItem[] {
  if (lists.every((l) => l.run !== undefined)) return mergeUrgencyRuns(lists.map((l) => l.run as readonly UrgencyKey[]));
  return sortByUrgency(lists.flatMap((l) => l.items));
}

/** What a timeline rule reports: its late and overdue items, and whether it has anything to check. */
export interface OwnedLateItems {
  /** Whether any item of the kinds, whatever its status, stands for a timescale the rule owns. */
  owned: boolean;
  /** The "done-late" and "overdue" items of the kinds whose timescale the rule owns, in urgency order. */
  items: readonly TimelineItem[];
}

const NO_ITEMS: readonly TimelineItem[] = Object.freeze([]);
// The two answers with nothing to report, one object each rather than one per rule per case file.
const NOTHING_OWNED: OwnedLateItems = Object.freeze({ owned: false, items: NO_ITEMS });
const NOTHING_LATE: OwnedLateItems = Object.freeze({ owned: true, items: NO_ITEMS });

/**
 * The late and overdue items of `kinds` whose timescale `owns` accepts, in urgency order, and
 * whether any item of those kinds has such a timescale: what filtering timelineItemsOf(caseFile,
 * ctx, kinds) for owned timescales, then for those statuses, gives. During a validation only the
 * late and overdue items are made whole (reportable.ts); outside one, or for a file with a date near
 * year 0 or 9999, it is that filter of the whole items.
 * @example ownedLateItemsOf(caseFile, ctx, ["care-plan"], (t) => ctx.owns(t)).items.map((i) => i.status) // ["overdue"]
 */
export function ownedLateItemsOf(caseFile: CaseFile, ctx: Ctx, kinds: readonly string[], owns: (timescale: string) => boolean): OwnedLateItems {
  const index = activeCaseIndex(caseFile);
  if (!index || index.hasExtremeDates()) return ownedLate(timelineItemsOf(caseFile, ctx, kinds), owns);
  const lazy = lazyTimeline(index, caseFile, ctx);
  const found = kindsIn(kinds);
  let owned = false;
  let late = 0;
  for (let k = 0; k < found.length; k++) {
    const list = reportableKind(lazy, found[k]!);
    late += list.items.length;
    if (!owned) owned = list.timescales.some(owns);
  }
  // Most rules, on most case files, have nothing late or overdue: nothing to sort or filter, and
  // no list of the kinds' items made.
  if (!owned) return NOTHING_OWNED;
  if (late === 0) return NOTHING_LATE;
  const lists = found.map((kind) => reportableKind(lazy, kind));
  // Sorting only the late and overdue items gives their order in the whole sort when due dates
  // compare consistently. A date-time due on the same day as another item of the same status does
  // not (compareMoment holds a bare date equal to every time that day, but two times apart), and
  // the whole sort's order may then hang on the other items: work those kinds out whole, as before.
  if (sameDayTimes(lists.length === 1 ? lists[0]!.items : lists.flatMap((l) => l.items))) {
    return ownedLate(merged(found.map((kind) => wholeKind(lazy, kind))), owns);
  }
  return { owned, items: merged(lists).filter((i) => i.timescale !== undefined && owns(i.timescale)) };
}

/** A kind worked out as far as rules report it, the first time any rule asks. */
function reportableKind(lazy: LazyTimeline, kind: ItemKind): ReportableItems {
  let list = lazy.reportable.get(kind.id);
  if (!list) {
    // A kind some rule has had whole already is not worked out again.
    const whole = lazy.byKind.get(kind.id);
    list = whole ? fromWholeItems(whole.items) : reportableItems(lazy.env, kind);
    lazy.reportable.set(kind.id, list);
  }
  return list;
}

/**
 * Each item's done date, or its due date where it is not done, for the items of `kinds`, in no
 * particular order: `timelineItemsOf(caseFile, ctx, kinds).map((i) => i.done ?? i.due)` as a set of
 * dates, for a rule that looks for the first after a day (the next looked-after review after a
 * significant change). During a validation the kind is worked out as the timeline rules have it,
 * without making every item whole.
 * @example doneOrDueOf(caseFile, ctx, ["lac-review"]) // ["2026-06-26", "2026-09-10", "2027-03-10"]
 */
export function doneOrDueOf(caseFile: CaseFile, ctx: Ctx, kinds: readonly string[]): string[] {
  const index = activeCaseIndex(caseFile);
  if (!index || index.hasExtremeDates()) return timelineItemsOf(caseFile, ctx, kinds).map((i) => i.done ?? i.due);
  const lazy = lazyTimeline(index, caseFile, ctx);
  const out: string[] = [];
  for (const kind of kindsIn(kinds)) for (const d of reportableKind(lazy, kind).doneOrDue) out.push(d);
  return out;
}

/**
 * The "done-late" and "overdue" items of `kinds`, whole, in no particular order: for a rule that
 * reads them without reporting them (kcp-plan-for-each-child stays quiet where the plan is overdue).
 * During a validation the kinds are worked out as the timeline rules have them.
 * @example lateItemsOf(caseFile, ctx, ["cp-plan-completed"]).filter((i) => i.status === "overdue")
 */
export function lateItemsOf(caseFile: CaseFile, ctx: Ctx, kinds: readonly string[]): TimelineItem[] {
  const index = activeCaseIndex(caseFile);
  if (!index || index.hasExtremeDates()) return timelineItemsOf(caseFile, ctx, kinds).filter((i) => reported(i.status));
  const lazy = lazyTimeline(index, caseFile, ctx);
  const out: TimelineItem[] = [];
  for (const kind of kindsIn(kinds)) for (const item of reportableKind(lazy, kind).items) out.push(item);
  return out;
}

/** The owned items' late and overdue ones, and whether there were any owned items. */
function ownedLate(items: readonly TimelineItem[], owns: (timescale: string) => boolean): OwnedLateItems {
  const mine = items.filter((i) => i.timescale !== undefined && owns(i.timescale));
  return { owned: mine.length > 0, items: mine.filter((i) => reported(i.status)) };
}

/** Whether two of the items with the same status fall due on the same day, one of them at a time of day. */
function sameDayTimes(items: readonly TimelineItem[]): boolean {
  // Most kinds are due on bare dates only: nothing to compare then.
  if (!items.some((i) => i.due.length > 10)) return false;
  for (let i = 0; i < items.length; i++) {
    const a = items[i]!;
    for (let j = i + 1; j < items.length; j++) {
      const b = items[j]!;
      if (a.status === b.status && (a.due.length > 10 || b.due.length > 10) && a.due.slice(0, 10) === b.due.slice(0, 10)) return true;
    }
  }
  return false;
}

/**
 * A Timeline holding only the items of `kinds` (see timelineItemsOf), for helpers that take a Timeline.
 * @example timelineOfKinds(caseFile, ctx, ["lac-review"]).items.length
 */
export function timelineOfKinds(caseFile: CaseFile, ctx: Ctx, kinds: readonly string[]): Timeline {
  return { caseFileId: caseFile.id, profile: ctx.profile.id, asOf: ctx.asOf, items: timelineItemsOf(caseFile, ctx, kinds) };
}
