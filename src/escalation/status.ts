/**
 * Where an escalation stands on its ladder on a given day: the stage, who has it, whether the
 * response and the whole formal process are due or overdue, and its history. Pure.
 */
import type { WorkingDayCalendar } from "../calendar/index.js";
import type { ResolvedProfile } from "../profiles/types.js";
import type { Escalation, EscalationEvent } from "../types/index.js";
import { stageLabel, type EscalationStage } from "./ladder.js";
import { allowedActions, type EscalationAction } from "./moves.js";
import { replayEscalation, type EscalationState, type StageVisit } from "./replay.js";
import { formalTiming, responseTiming, type FormalTiming, type ResponseTiming } from "./timeliness.js";

/** One step of the history, without its free text (a status goes into reports and logs). */
export interface HistoryEntry {
  eventIndex: number;
  date: string;
  type: EscalationEvent["type"];
  /** The stage after the step. */
  stage: EscalationStage | undefined;
  /** Who took the step. */
  by: string;
  /** For a step that reached a stage: the response due there and how it went. */
  response: { due: string; timing: ResponseTiming["kind"] } | undefined;
}

export interface EscalationStatus {
  state: EscalationState;
  stage: EscalationStage | undefined;
  /** "Stage Two – Service Manager (formal-2)". */
  stageLabel: string | undefined;
  /** The role the current stage is delegated to, and the name where the record gives one. */
  delegatedTo: { role: string; name: string | undefined } | undefined;
  /** When the current stage was reached. */
  reachedOn: string | undefined;
  /** The current stage's response: due date, when it came, and whether it is overdue as of the day asked. */
  response: { due: string; respondedOn: string | undefined; overdue: boolean; late: boolean } | undefined;
  /** The whole formal process: started, due to end, and whether that has passed. */
  formal: { startedOn: string; due: string; overdue: boolean; late: boolean } | undefined;
  closedOn: string | undefined;
  cafcassReferredOn: string | undefined;
  seniorMeetingOn: string | undefined;
  legalAdviceOn: string | undefined;
  /** Who the ladder keeps informed throughout the formal process. */
  keptInformed: string[];
  /** The actions the ladder allows next, as of the day asked. */
  next: EscalationAction[];
  history: HistoryEntry[];
}

/**
 * The escalation's position on the profile's ladder as of `asOf`.
 * @example
 * const s = escalationStatus(escalation, loadProfile("leicestershire"), defaultCalendar(), "2027-01-12");
 * s.stage // "formal-2"; s.response // { due: "2027-01-11", respondedOn: undefined, overdue: true, late: false }
 */
export function escalationStatus(
  escalation: Escalation,
  profile: ResolvedProfile,
  calendar: WorkingDayCalendar,
  asOf: string,
): EscalationStatus {
  const r = replayEscalation(escalation, profile, calendar);
  const visit: StageVisit | undefined = r.visits[r.visits.length - 1];
  const stageEvent = visit ? escalation.events[visit.eventIndex] : undefined;
  const timing = visit ? responseTiming(visit, asOf) : undefined;
  const formal: FormalTiming = formalTiming(r, asOf);
  const visitAt = new Map(r.visits.map((v) => [v.eventIndex, v]));

  return {
    state: r.state,
    stage: r.stage,
    stageLabel: r.stage ? stageLabel(r.ladder, r.stage) : undefined,
    delegatedTo: visit ? { role: visit.role, name: stageEvent?.delegatedTo?.name } : undefined,
    reachedOn: visit?.reachedOn,
    response:
      visit && timing
        ? {
            due: visit.responseDue,
            respondedOn: visit.responses[0]?.date,
            overdue: r.state === "open" && timing.kind === "overdue",
            late: timing.kind === "late" || timing.kind === "unanswered",
          }
        : undefined,
    formal:
      r.formalStart && r.formalDue
        ? {
            startedOn: r.formalStart.date,
            due: r.formalDue,
            overdue: formal.kind === "overdue",
            late: formal.kind === "late",
          }
        : undefined,
    closedOn: r.closed?.on,
    cafcassReferredOn: r.cafcassReferrals[0]?.date,
    seniorMeetingOn: r.seniorMeetings[0]?.date,
    legalAdviceOn: r.legalAdvice[0]?.date,
    keptInformed: [...(r.ladder.keptInformed ?? [])],
    next: allowedActions(escalation, profile, calendar, asOf),
    history: r.order.map((index) => {
      const e = escalation.events[index]!;
      const v = visitAt.get(index);
      return {
        eventIndex: index,
        date: e.date,
        type: e.type,
        stage: e.stage,
        by: e.by.name,
        response: v ? { due: v.responseDue, timing: responseTiming(v, asOf).kind } : undefined,
      };
    }),
  };
}
