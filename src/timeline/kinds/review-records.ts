/**
 * Items a looked-after review record starts: minutes and outcomes (Knowsley IRO Standard 2.9), the
 * child's own copy of the decisions (IRO Standard 1.11), and each decision's own due date (IRO
 * Standard 2.2: every decision has a timescale and a named person). Only where the profile times them.
 */
import { recordsOf } from "../sources.js";
import type { ItemKind, Occurrence, TimelineEnv, Trigger } from "../types.js";
import { progressOn } from "../../records/progress.js";

type Review = ReturnType<typeof recordsOf<"looked-after-review">>[number];

function reviewTriggers(env: TimelineEnv): Trigger[] {
  return recordsOf(env, "looked-after-review").map(({ record, index }) => ({
    key: record.id,
    event: "looked-after-review",
    date: record.reviewDate,
    path: `/records/${index}/reviewDate`,
  }));
}

function reviewAt(env: TimelineEnv, trigger: Trigger): Review | undefined {
  const index = Number(trigger.path.split("/")[2]);
  return recordsOf(env, "looked-after-review").find((r) => r.index === index);
}

/** A kind done by one date field of the review record. */
function fromReview(id: string, title: string, field: (r: Review) => { date: string | undefined; path: string }): ItemKind {
  return {
    id,
    title: () => title,
    triggers: reviewTriggers,
    done: (env, trigger): Occurrence[] => {
      const review = reviewAt(env, trigger);
      if (!review) return [];
      const { date, path } = field(review);
      return date === undefined ? [] : [{ date, path: `/records/${review.index}${path}` }];
    },
    schedule: { type: "once", timescale: () => id },
  };
}

/** Minutes are "prepared" within 20 working days (IRO Standard 2.9): completed, or sent if only that is recorded. */
const minutes = fromReview("lac-minutes", "Review minutes", ({ record }) =>
  record.minutes?.completedOn !== undefined
    ? { date: record.minutes.completedOn, path: "/minutes/completedOn" }
    : { date: record.minutes?.sentOn, path: "/minutes/sentOn" },
);

const outcomes = fromReview("lac-outcomes", "Review outcomes recorded", ({ record }) => ({
  date: record.outcomesRecordedOn,
  path: "/outcomesRecordedOn",
}));

const childsLetter = fromReview("child-decisions-letter", "Child's own copy of the decisions", ({ record }) => ({
  date: record.childDecisionsLetter?.sentOn,
  path: "/childDecisionsLetter/sentOn",
}));

/**
 * Each decision, due on its own date and done on the date its history records it done, as the
 * history stands on the timeline's as-of day; one dropped by then is left out (nothing to track).
 * Shown where the profile monitors decisions ("decision-monitoring").
 */
const decisions: ItemKind = {
  id: "review-decision",
  title: (_step, t) => `Review decision ${t.detail ?? ""} carried out`.replace("  ", " "),
  triggers: (env) =>
    recordsOf(env, "looked-after-review").flatMap(({ record, index }) =>
      record.decisions.flatMap((d, j) =>
        progressOn(d, env.asOf).status === "dropped"
          ? []
          : [{ key: `${record.id}:${d.id}`, event: "looked-after-review", date: record.reviewDate, due: d.dueDate, detail: d.id, path: `/records/${index}/decisions/${j}` }],
      ),
    ),
  done: (env, trigger) => {
    const [, , index, , j] = trigger.path.split("/");
    const record = env.caseFile.records[Number(index)];
    const d = record?.recordType === "looked-after-review" ? record.decisions[Number(j)] : undefined;
    const p = d ? progressOn(d, env.asOf) : undefined;
    return p?.status === "done" && p.update ? [{ date: p.update.on, path: `${trigger.path}/updates/${p.index}/on` }] : [];
  },
  schedule: { type: "dated", citation: (env) => env.profile.timescales["decision-monitoring"]?.citation },
};

/**
 * Items from looked-after review records.
 * @example REVIEW_RECORD_KINDS.map((k) => k.id) // ["lac-minutes", "lac-outcomes", …]
 */
export const REVIEW_RECORD_KINDS: readonly ItemKind[] = [minutes, outcomes, childsLetter, decisions];
