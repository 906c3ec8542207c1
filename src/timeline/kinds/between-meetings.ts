/**
 * Checks due between one meeting and the next: a QA progress review between each pair of Care
 * Reviews (Gloucestershire PRP Protocol section 5, GL-5-CIC) and midway tracking in each review
 * period (Leicestershire, Positive Challenge (Midway Tracking), LEI-MT). Neither standard gives a
 * number, so no profile timescale names them; they show where the rule that enforces them is on,
 * due by the day before the next meeting, since both rules count only a check strictly between the
 * two meetings (one on the day of the next meeting is not "between").
 */
import { compareIsoDates, datePart, dayAfter, dayBefore } from "../../calendar/index.js";
import { conferencesHeld, eventsOf, mergeByDate, recordsOf, reviewsHeld } from "../sources.js";
import type { ItemKind, Occurrence, TimelineEnv, Trigger } from "../types.js";
import { citeIfOn, conferenceMeetings, reviewMeetings } from "./meetings.js";

/** One meeting of a series and the next (held or scheduled). */
interface Period {
  from: Occurrence;
  to: string;
  key: string;
}

/** Consecutive pairs: every meeting held, then the next scheduled one where a record sets it. */
function periods(held: readonly Occurrence[], scheduledNext: string | undefined): Period[] {
  const dates = held.map((o) => ({ ...o, date: datePart(o.date) }));
  const out: Period[] = [];
  dates.forEach((from, i) => {
    const to = dates[i + 1]?.date ?? (i === dates.length - 1 ? scheduledNext : undefined);
    if (to !== undefined && compareIsoDates(from.date, to) < 0) out.push({ from, to, key: `${from.date}` });
  });
  return out;
}

function betweenTrigger(p: Period, event: string, prefix: string): Trigger {
  // Only a check strictly between the two meetings counts for this period.
  return { key: `${prefix}${p.key}`, event, date: p.from.date, path: p.from.path, due: dayBefore(p.to), windowStart: dayAfter(p.from.date), until: dayBefore(p.to) };
}

const scheduledReview = (env: TimelineEnv) => reviewMeetings(env).find((m) => !m.held)?.date;
const scheduledConference = (env: TimelineEnv) => conferenceMeetings(env).find((m) => !m.held)?.date;

/**
 * Each held review's number: its record's reviewNumber where the record gives one, else counted on
 * from the nearest numbered review (as rule gl-qapr-child-in-care numbers them), else from 1.
 */
function reviewNumbers(env: TimelineEnv, held: readonly Occurrence[]): number[] {
  const known = new Map(recordsOf(env, "looked-after-review").map(({ record }) => [record.reviewDate, record.reviewNumber]));
  const anchor = held.findIndex((o) => known.has(datePart(o.date)));
  const offset = anchor < 0 ? 1 : (known.get(datePart(held[anchor]?.date ?? "")) ?? 1) - anchor;
  return held.map((o, i) => known.get(datePart(o.date)) ?? i + offset);
}

/**
 * GL-5-CIC: "the first QAPR should be completed between the 1st and 2nd Care Review ... and between
 * each subsequent Care Review. These do not need to be completed between the Initial and 1st Care
 * Review." The Initial review is review 1, so periods start at review 2. Done by a `qapr` event or an
 * IRO-form QA progress review record.
 */
const qaprChildInCare: ItemKind = {
  id: "qapr-child-in-care",
  title: () => "QA progress review before the next looked-after review",
  triggers: (env) => {
    const held = reviewsHeld(env);
    const numbers = reviewNumbers(env, held);
    return periods(held, scheduledReview(env))
      .filter((p) => (numbers[held.findIndex((o) => datePart(o.date) === p.from.date)] ?? 0) >= 2)
      .map((p) => betweenTrigger(p, "looked-after-review", ""));
  },
  done: (env) =>
    mergeByDate(
      eventsOf(env, ["qapr"]),
      recordsOf(env, "qa-progress-review")
        .filter(({ record }) => record.form === "iro")
        .map(({ record, index }) => ({ date: record.date, path: `/records/${index}/date` })),
    ),
  schedule: { type: "dated", citation: (env) => citeIfOn(env, "gloucestershire", "gl-qapr-child-in-care", "qapr-child-in-care") },
};

/**
 * LEI-MT: the chair's "duty to monitor the progress of the case (known as Midway Tracking)" in every
 * review period: between consecutive looked-after reviews, and between consecutive child protection
 * conferences (initial or review). Done by a `midway-check` event.
 */
const midwayTracking: ItemKind = {
  id: "midway-tracking",
  title: (_step, t) => (t.event === "looked-after-review" ? "Midway check before the next looked-after review" : "Midway check before the next review conference"),
  triggers: (env) => [
    ...periods(reviewsHeld(env), scheduledReview(env)).map((p) => betweenTrigger(p, "looked-after-review", "lar-")),
    ...periods(
      conferencesHeld(env).map((c) => ({ date: c.date, path: c.path, type: c.conferenceType })),
      scheduledConference(env),
    ).map((p) => betweenTrigger(p, "cp-conference", "cpc-")),
  ],
  done: (env) => eventsOf(env, ["midway-check"]),
  schedule: { type: "dated", citation: (env) => citeIfOn(env, "leicestershire", "lei-midway-tracking", "midway-tracking") },
};

/**
 * Items due between meetings.
 * @example BETWEEN_MEETING_KINDS.map((k) => k.id) // ["qapr-child-in-care", "midway-tracking"]
 */
export const BETWEEN_MEETING_KINDS: readonly ItemKind[] = [qaprChildInCare, midwayTracking];
