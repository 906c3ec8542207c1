/**
 * Whether each stage was answered in time, and whether the formal process ended in time: the
 * judgements the status report and the Leicestershire and Gloucestershire timescale rules share.
 * "Within N working days" means on or before the due date (the step that reached the stage is day 0).
 */
import { compareIsoDates } from "../calendar/index.js";
import type { EscalationReplay, StageVisit } from "./replay.js";

/**
 * How the response at one stage went:
 * - `on-time` / `late`: the first response came on or before / after the due date;
 * - `unanswered`: the stage ended (escalated or resolved) after the due date with no response recorded;
 * - `overdue`: still waiting and the due date is before `asOf`;
 * - `waiting`: still waiting, not yet due;
 * - `not-needed`: the stage ended on or before the due date without a response (the chair moved on).
 */
export type ResponseTiming =
  | { kind: "on-time"; respondedOn: string; eventIndex: number }
  | { kind: "late"; respondedOn: string; eventIndex: number }
  | { kind: "unanswered"; endedOn: string; endedBy: "escalate" | "resolve" }
  | { kind: "overdue" }
  | { kind: "waiting" }
  | { kind: "not-needed" };

/**
 * Judges one stage's response against its due date.
 * @example responseTiming(visit, "2027-01-06") // { kind: "overdue" } for formal-1 reached on 23 December 2026
 */
export function responseTiming(visit: StageVisit, asOf: string): ResponseTiming {
  const first = visit.responses[0];
  if (first) {
    const kind = compareIsoDates(first.date, visit.responseDue) > 0 ? "late" : "on-time";
    return { kind, respondedOn: first.date, eventIndex: first.eventIndex };
  }
  if (visit.ended) {
    return compareIsoDates(visit.ended.on, visit.responseDue) > 0
      ? { kind: "unanswered", endedOn: visit.ended.on, endedBy: visit.ended.by }
      : { kind: "not-needed" };
  }
  return compareIsoDates(asOf, visit.responseDue) > 0 ? { kind: "overdue" } : { kind: "waiting" };
}

/**
 * How the formal process stands against its total time:
 * - `none`: never went formal; `within` / `late`: closed on or before / after the due date;
 * - `overdue`: still open past the due date; `running`: open, not yet due.
 */
export type FormalTiming =
  | { kind: "none" }
  | { kind: "within"; closedOn: string }
  | { kind: "late"; closedOn: string }
  | { kind: "overdue"; due: string }
  | { kind: "running"; due: string };

/**
 * Judges the whole formal process against the ladder's total time.
 * @example formalTiming(replay, "2027-01-26") // { kind: "overdue", due: "2027-01-25" }
 */
export function formalTiming(replay: EscalationReplay, asOf: string): FormalTiming {
  const due = replay.formalDue;
  if (!replay.formalStart || due === undefined) return { kind: "none" };
  if (replay.closed) {
    const kind = compareIsoDates(replay.closed.on, due) > 0 ? "late" : "within";
    return { kind, closedOn: replay.closed.on };
  }
  return compareIsoDates(asOf, due) > 0 ? { kind: "overdue", due } : { kind: "running", due };
}
