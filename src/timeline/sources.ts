/**
 * Reading a case file for the timeline: what happened (occurrences) and what starts a clock
 * (triggers). The same thing may be written as an event, as a record, or both (a review has an
 * event "looked-after-review" and a looked-after-review record); both count, once per date.
 */
import { compareIsoDates, datePart, dayAfter, isoSortKey, parseDay } from "../calendar/index.js";
import type { CaseFile, CpConference } from "../types/index.js";
import { listKey, memoKey } from "../case-index/case-index.js";
import type { Period } from "./periods.js";
import type { Occurrence, TimelineEnv, Trigger } from "./types.js";

/**
 * A list worked out once per case file (the index's memo), the same list to every caller: read-only,
 * so a caller that sorts or extends it makes its own copy (meetings.ts). A copy for every call was
 * 40-odd lists per case file, made for callers that only read them.
 */
function shared<T>(env: TimelineEnv, key: string, make: () => T[]): readonly T[] {
  return env.index.derived(key, make);
}

type EventType = CaseFile["events"][number]["type"];
type RecordType = CaseFile["records"][number]["recordType"];
type RecordOfType<T extends RecordType> = Extract<CaseFile["records"][number], { recordType: T }>;

/**
 * Sorts in place by date, as `list.sort((a, b) => compareIsoDates(a.date, b.date))` does, with each
 * date parsed once rather than at every comparison: the same keys compared give the same order.
 * A list of one is not compared (nor its date parsed), as with sort; a list already in order is
 * left as it is.
 */
function sortByDate<T extends { date: string }>(list: T[]): T[] {
  const n = list.length;
  if (n < 2) return list;
  // Each date parsed once, in list order (the first bad one throws, as keying them all did). Most
  // lists are in date order already (a case file's events are mostly written as they happen), and
  // a stable sort of keys that never go down leaves them as they are: nothing to key or sort then.
  const keys: number[] = [];
  let ordered = true;
  for (let i = 0; i < n; i++) {
    const key = isoSortKey(list[i]!.date);
    if (i > 0 && key < keys[i - 1]!) ordered = false;
    keys.push(key);
  }
  if (ordered) return list;
  const keyed = list.map((o, i) => ({ o, key: keys[i]! }));
  keyed.sort((a, b) => a.key - b.key);
  for (let i = 0; i < n; i++) list[i] = keyed[i]!.o;
  return list;
}

/**
 * Events of some types as occurrences, sorted; `withTime` uses the event's date-time where given.
 * @example eventsOf(env, ["lac-visit"]) // [{ date: "2026-06-05", path: "/events/1" }]
 */
export function eventsOf(env: TimelineEnv, types: readonly EventType[], withTime = false): readonly Occurrence[] {
  // Called for every trigger of every kind: worked out once per case file from the index's lists.
  return shared(env, memoKey(withTime ? "events|t" : "events|d", listKey(types)), () => {
    const events = env.caseFile.events;
    const at = env.index.eventIndexesOf(types);
    const out: Occurrence[] = [];
    for (let k = 0; k < at.length; k++) {
      const i = at[k]!;
      const e = events[i]!;
      out.push({ date: withTime ? (e.dateTime ?? e.date) : e.date, path: `/events/${i}` });
    }
    return sortByDate(out);
  });
}

/**
 * Records of one type with their index under /records.
 * @example recordsOf(env, "cp-plan")
 */
export function recordsOf<T extends RecordType>(env: TimelineEnv, type: T): readonly { record: RecordOfType<T>; index: number }[] {
  return shared(env, memoKey("records", type), () => env.index.recordIndexes(type).map((index) => ({ record: env.caseFile.records[index] as RecordOfType<T>, index })));
}

/**
 * Occurrences from events and records together, one per date (an event wins: it is the case file's own line).
 * @example mergeByDate(eventsOf(env, ["looked-after-review"]), fromRecords)
 */
export function mergeByDate(...lists: (readonly Occurrence[])[]): Occurrence[] {
  const seen = new Set<string>();
  const out: Occurrence[] = [];
  for (const o of lists.flat()) {
    const key = datePart(o.date);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(o);
  }
  return sortByDate(out);
}

/**
 * Looked-after reviews held: "looked-after-review" events and looked-after-review records.
 * @example reviewsHeld(env).map((o) => o.date) // ["2026-06-26", "2026-09-10", "2026-12-10"]
 */
export function reviewsHeld(env: TimelineEnv): readonly Occurrence[] {
  return shared(env, "reviews-held", () => reviewsHeldNow(env));
}

function reviewsHeldNow(env: TimelineEnv): Occurrence[] {
  const fromRecords = recordsOf(env, "looked-after-review").map(({ record, index }) => ({
    date: record.reviewDate,
    path: `/records/${index}/reviewDate`,
  }));
  return mergeByDate(eventsOf(env, ["looked-after-review"]), fromRecords);
}

/** A child protection conference held, with its record where there is one. @example { date: "2026-12-14", path: "/records/0", conferenceType: "initial" } */
export interface ConferenceHeld extends Occurrence {
  conferenceType: "initial" | "review";
  record?: CpConference | undefined;
  /** The conference's start as a date-time where known. */
  startedAt?: string | undefined;
  /** The conference's end as a date-time where known: the 24-hour plan counts from it (KCP-1.2). */
  endedAt?: string | undefined;
}

/**
 * Child protection conferences held, from events and cp-conference records, one per date and type.
 * @example conferencesHeld(env, "initial")
 */
export function conferencesHeld(env: TimelineEnv, type?: "initial" | "review"): readonly ConferenceHeld[] {
  return shared(env, memoKey("conferences-held", type ?? ""), () => conferencesHeldNow(env, type));
}

const CONFERENCE_EVENTS: readonly EventType[] = ["initial-conference", "review-conference"];

function conferencesHeldNow(env: TimelineEnv, type: "initial" | "review" | undefined): ConferenceHeld[] {
  const out: ConferenceHeld[] = [];
  const seen = new Set<string>();
  for (const { record, index } of recordsOf(env, "cp-conference")) {
    seen.add(`${record.conferenceType}|${record.conferenceDate}`);
    // The same conference's event may carry a time the record lacks: the first in the file of its
    // type on its date (the index's list of that type, in file order, rather than every event).
    const events = env.caseFile.events;
    const sameType = env.index.eventIndexes(`${record.conferenceType}-conference`);
    let event: CaseFile["events"][number] | undefined;
    for (let k = 0; k < sameType.length && event === undefined; k++) {
      const e = events[sameType[k]!]!;
      if (e.date === record.conferenceDate) event = e;
    }
    out.push({
      date: record.conferenceDate,
      path: `/records/${index}`,
      conferenceType: record.conferenceType,
      record,
      startedAt: record.conferenceStartedAt ?? event?.dateTime,
      endedAt: record.conferenceEndedAt ?? event?.endedAt,
    });
  }
  // Conference events in file order (the index's two lists merged), not every event of the file.
  for (const i of env.index.eventIndexesOf(CONFERENCE_EVENTS)) {
    const e = env.caseFile.events[i]!;
    const t = e.type === "initial-conference" ? "initial" : "review";
    if (seen.has(`${t}|${e.date}`)) continue;
    seen.add(`${t}|${e.date}`);
    out.push({ date: e.date, path: `/events/${i}`, conferenceType: t, startedAt: e.dateTime, endedAt: e.endedAt });
  }
  return sortByDate(out.filter((c) => type === undefined || c.conferenceType === type));
}

/**
 * Occurrences inside a trigger's window: from `windowStart` (default the trigger's date) to `until`.
 * @example inWindow(reviewsHeld(env), trigger)
 */
export function inWindow<T extends Occurrence>(occurrences: readonly T[], trigger: Trigger): readonly T[] {
  // compareIsoDates(datePart(o.date), from) >= 0 && compareIsoDates(datePart(o.date), until) <= 0,
  // with each end parsed once rather than once per occurrence (`until` only when first needed, as before).
  // isoSortKey(datePart(d)) is parseDay(d) * 86401 (a bare date's key), with the same DateError for
  // a bad d: one parse of each occurrence instead of two. Most triggers' own completion lists are
  // empty (a note not yet written): nothing to look at, nor the window's start to read. What the
  // filter keeps, in order; the list itself when it keeps everything (the callers only read it).
  if (occurrences.length === 0) return occurrences;
  const fromKey = parseDay(trigger.windowStart ?? trigger.date) * 86401;
  let untilKey: number | undefined;
  let kept: T[] | undefined; // made at the first occurrence outside the window
  for (let i = 0; i < occurrences.length; i++) {
    const o = occurrences[i]!;
    const key = parseDay(o.date) * 86401;
    let inside = key - fromKey >= 0;
    if (inside && trigger.until !== undefined) {
      untilKey ??= isoSortKey(trigger.until);
      inside = key - untilKey <= 0;
    }
    if (inside) kept?.push(o);
    else kept ??= occurrences.slice(0, i);
  }
  return kept ?? occurrences;
}

/**
 * One trigger per period, at its start, running to its end.
 * @example periodStarts(env.periods.lookedAfter)
 */
export function periodStarts(periods: readonly Period[]): Trigger[] {
  return periods.map((p) => ({ key: p.key, event: p.event, date: p.from, path: p.path, until: p.to }));
}

/**
 * One trigger per placement, running until it ends (or the next begins, or the looked-after period ends).
 * @example placementStarts(env) // [{ key: "P1", event: "placement-start", … }]
 */
export function placementStarts(env: TimelineEnv): readonly Trigger[] {
  return shared(env, "placement-starts", () => placementStartsNow(env));
}

function placementStartsNow(env: TimelineEnv): Trigger[] {
  const placements = env.caseFile.placements
    .map((placement, index) => ({ placement, index }))
    .sort((a, b) => compareIsoDates(a.placement.startDate, b.placement.startDate));
  return placements.map(({ placement, index }, n) => {
    const period = env.periods.lookedAfter.find((p) => compareIsoDates(p.from, placement.startDate) <= 0 && (p.to === undefined || compareIsoDates(placement.startDate, p.to) <= 0));
    const ends = [placement.endDate, placements[n + 1]?.placement.startDate, period?.to].filter((d): d is string => d !== undefined);
    return {
      key: placement.id,
      event: "placement-start",
      date: placement.startDate,
      path: `/placements/${index}/startDate`,
      until: ends.sort(compareIsoDates)[0],
      placement,
    };
  });
}

/**
 * One trigger per looked-after period at its first placement (or at its start when no placement is
 * recorded); completions count from the start of the period, so a plan made before the move counts.
 * @example firstPlacements(env) // care plan, health assessment request, first PEP
 */
export function firstPlacements(env: TimelineEnv): readonly Trigger[] {
  return shared(env, "first-placements", () => firstPlacementsNow(env));
}

function firstPlacementsNow(env: TimelineEnv): Trigger[] {
  const starts = placementStarts(env);
  return env.periods.lookedAfter.map((period) => {
    const first = starts.find((t) => compareIsoDates(t.date, period.from) >= 0 && (period.to === undefined || compareIsoDates(t.date, period.to) <= 0));
    const base = first ?? { event: period.event, date: period.from, path: period.path, placement: undefined };
    return { ...base, key: period.key, windowStart: period.from, until: period.to };
  });
}

/**
 * One trigger per event of a type (an event's own follow-up: its minutes, its case note).
 * @example eventStarts(env, "core-group")
 */
export function eventStarts(env: TimelineEnv, type: EventType, withTime = false): readonly Trigger[] {
  return shared(env, memoKey(withTime ? "event-starts|t" : "event-starts|d", type), () => eventStartsNow(env, type, withTime));
}

function eventStartsNow(env: TimelineEnv, type: EventType, withTime: boolean): Trigger[] {
  // The index's positions of the type, in file order: the events the walk of every event kept.
  const events = env.caseFile.events;
  return sortByDate(
    env.index.eventIndexes(type).map((i) => {
      const e = events[i]!;
      return { key: e.id, event: type, date: withTime ? (e.dateTime ?? e.date) : e.date, path: `/events/${i}` };
    }),
  );
}

/**
 * A field of the case file's event at `trigger.path` (e.g. its minutes date) as a completion.
 * @example eventField(env, trigger, "minutesDistributedOn")
 */
export function eventField(env: TimelineEnv, trigger: Trigger, field: "minutesDistributedOn" | "recordedOn"): Occurrence[] {
  const index = eventIndexOf(trigger.path);
  const value = env.caseFile.events[index]?.[field];
  return value === undefined ? [] : [{ date: value, path: `${trigger.path}/${field}` }];
}

/**
 * The first occurrence after each period start opens a chain that later occurrences continue
 * (health assessments, PEPs): the trigger is that first occurrence, counted from the next day.
 * @example firstInPeriods(env, env.periods.lookedAfter, eventsOf(env, ["pep"]), "pep")
 */
export function firstInPeriods(periods: readonly Period[], occurrences: readonly Occurrence[], event: string): Trigger[] {
  const out: Trigger[] = [];
  for (const p of periods) {
    const first = occurrences.find((o) => compareIsoDates(o.date, p.from) >= 0 && (p.to === undefined || compareIsoDates(o.date, p.to) <= 0));
    if (!first) continue;
    out.push({ key: `${p.key}`, event, date: first.date, path: first.path, windowStart: dayAfter(first.date), until: p.to });
  }
  return out;
}

/**
 * Number(path.split("/")[2]): the event index in a path "/events/3…", without splitting the whole
 * path into an array (this runs for every trigger of several kinds).
 * @example eventIndexOf("/events/3/recordedOn") // 3
 */
export function eventIndexOf(path: string): number {
  const a = path.indexOf("/");
  const b = a < 0 ? -1 : path.indexOf("/", a + 1);
  if (b < 0) return NaN; // no third segment: Number(undefined)
  const c = path.indexOf("/", b + 1);
  return Number(c < 0 ? path.slice(b + 1) : path.slice(b + 1, c));
}
