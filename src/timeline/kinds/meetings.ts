/**
 * The meetings other items hang on: each looked-after review and child protection conference with a
 * record, and the next one the last record scheduled (`nextReviewDate`, `nextReviewConferenceDate`).
 * Reports due before a review, the IRO's contact with the child, QA progress reviews and midway
 * checks between reviews all count from these. Shared here so every such kind reads the meetings
 * the same way.
 */
import { isRuleEnabled } from "../../profiles/rule-enabled.js";
import { compareIsoDates, datePart, dayAfter } from "../../calendar/index.js";
import type { Citation } from "../../profiles/types.js";
import { conferencesHeld, recordsOf, reviewsHeld } from "../sources.js";
import type { Occurrence, TimelineEnv, Trigger } from "../types.js";

/**
 * One meeting: held (with its record, where it has one) or scheduled by the last record.
 * @example { key: "next-2027-01-14", date: "2027-01-14", path: "/records/3/nextReviewDate", held: false, recordIndex: undefined, previous: "2026-07-16" }
 */
export interface Meeting {
  key: string;
  date: string;
  path: string;
  held: boolean;
  /** Index under /records of the meeting's own record (held meetings with a record). */
  recordIndex: number | undefined;
  /** The meeting of the same series before this one, if the case file shows one. */
  previous: string | undefined;
}


function latestBefore(list: readonly Occurrence[], date: string): string | undefined {
  return list.filter((o) => compareIsoDates(datePart(o.date), date) < 0).at(-1)?.date;
}

/** A scheduled date is only a meeting still to come when nothing of the series was held on or after it and the duty still runs then. */
function scheduled(next: string | undefined, held: readonly Occurrence[], periods: TimelineEnv["periods"]["lookedAfter"], last: string): boolean {
  if (next === undefined || compareIsoDates(next, last) <= 0) return false;
  if (held.some((o) => compareIsoDates(datePart(o.date), last) > 0)) return false;
  const period = periods.find((p) => compareIsoDates(p.from, last) <= 0 && (p.to === undefined || compareIsoDates(last, p.to) <= 0));
  return period !== undefined && (period.to === undefined || compareIsoDates(next, period.to) <= 0);
}

/**
 * Looked-after reviews with a record, oldest first, then the next review the latest record set,
 * while the child is still looked after then.
 * @example reviewMeetings(env).map((m) => m.date) // ["2026-03-19", "2026-07-16", "2027-01-14"]
 */
export function reviewMeetings(env: TimelineEnv): Meeting[] {
  const held = reviewsHeld(env);
  // A copy to sort: recordsOf hands every caller the index's one list.
  const records = [...recordsOf(env, "looked-after-review")].sort((a, b) => compareIsoDates(a.record.reviewDate, b.record.reviewDate));
  const out: Meeting[] = records.map(({ record, index }) => ({
    key: record.id,
    date: record.reviewDate,
    path: `/records/${index}/reviewDate`,
    held: true,
    recordIndex: index,
    previous: latestBefore(held, record.reviewDate),
  }));
  const last = records.at(-1);
  if (last && scheduled(last.record.nextReviewDate, held, env.periods.lookedAfter, last.record.reviewDate)) {
    const date = last.record.nextReviewDate as string;
    out.push({ key: `next-${date}`, date, path: `/records/${last.index}/nextReviewDate`, held: false, recordIndex: undefined, previous: latestBefore(held, date) });
  }
  return out;
}

/**
 * Child protection conferences with a record (initial and review), oldest first, then the next
 * review conference the latest record set, while the plan still runs then.
 * @example conferenceMeetings(env).map((m) => m.date) // ["2025-10-13", "2026-01-12", "2026-07-09", "2027-01-07"]
 */
export function conferenceMeetings(env: TimelineEnv): (Meeting & { conferenceType: "initial" | "review" })[] {
  const held = conferencesHeld(env).map((c) => ({ date: datePart(c.date), path: c.path }));
  // A copy to sort: recordsOf hands every caller the index's one list.
  const records = [...recordsOf(env, "cp-conference")].sort((a, b) => compareIsoDates(a.record.conferenceDate, b.record.conferenceDate));
  const out = records.map(({ record, index }) => ({
    key: record.id,
    date: record.conferenceDate,
    path: `/records/${index}/conferenceDate`,
    held: true,
    recordIndex: index as number | undefined,
    previous: latestBefore(held, record.conferenceDate),
    conferenceType: record.conferenceType,
  }));
  const last = records.at(-1);
  if (last && scheduled(last.record.nextReviewConferenceDate, held, env.periods.cpPlans, last.record.conferenceDate)) {
    const date = last.record.nextReviewConferenceDate as string;
    out.push({
      key: `next-${date}`,
      date,
      path: `/records/${last.index}/nextReviewConferenceDate`,
      held: false,
      recordIndex: undefined,
      previous: latestBefore(held, date),
      conferenceType: "review",
    });
  }
  return out;
}

/**
 * A trigger for something due before `meeting`: day 0 is the meeting, `due` the latest date, and
 * only what happened after the previous meeting counts (a report for the last review is not one for
 * this). With no previous meeting, anything from the child's birth counts.
 * @example beforeTrigger(env, meeting, "looked-after-review", "2027-01-07")
 */
export function beforeTrigger(env: TimelineEnv, meeting: Meeting, event: string, due: string): Trigger {
  return {
    key: meeting.key,
    event: meeting.held ? event : `scheduled-${event}`,
    date: meeting.date,
    path: meeting.path,
    due,
    windowStart: meeting.previous === undefined ? env.caseFile.child.dateOfBirth : dayAfter(meeting.previous),
  };
}

/**
 * True when the profile runs a rule (its group or its id, and not switched off): the timeline shows
 * an item no profile timescale numbers (a midway check, a QA progress review between reviews) only
 * where the authority's standard that asks for it is in force.
 * @example ruleOn(env, "leicestershire", "lei-midway-tracking")
 */
export function ruleOn(env: TimelineEnv, group: string, id: string): boolean {
  return isRuleEnabled(env.profile, group, id);
}

/**
 * The citation of the profile's due date `dueDate` (profile.dueDates), shown only where the profile
 * has it and the rule that enforces it is on; the timeline holds no citation of its own.
 * @example citeIfOn(env, "leicestershire", "lei-midway-tracking", "midway-tracking")
 */
export function citeIfOn(env: TimelineEnv, group: string, id: string, dueDate: string): Citation | undefined {
  return ruleOn(env, group, id) ? env.profile.dueDates[dueDate]?.citation : undefined;
}
