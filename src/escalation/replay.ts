/**
 * Reads an escalation record's steps in date order and works out where it stands: each stage it
 * reached (with the response due there and the responses given), when the formal process started
 * and is due to end, and whether it is closed. Tolerant by design: a record that broke the ladder's
 * order is still read (the rules and `checkMove` say what was wrong), so this never throws for a
 * schema-valid record.
 */
import { isoSortKey, type WorkingDayCalendar } from "../calendar/index.js";
import type { Ladder, ResolvedProfile } from "../profiles/types.js";
import type { Escalation, EscalationEvent } from "../types/index.js";
import { formalProcessDue, stageResponseDue } from "./due-dates.js";
import { isFormalStage, ladderFor, nextStage, stepFor, type EscalationStage } from "./ladder.js";

/** Where an escalation stands: not yet raised, open at a stage, or closed (resolved). */
export const ESCALATION_STATES = ["not-started", "open", "closed"] as const;
export type EscalationState = (typeof ESCALATION_STATES)[number];

/** One time the escalation reached a stage, and what happened while it was there. */
export interface StageVisit {
  stage: EscalationStage;
  /** The ladder's name for the stage, e.g. "Stage Two – Service Manager". */
  name: string;
  /** The role the ladder delegates the stage to. */
  role: string;
  /** Day 0 of the stage's response time: the date of the step that reached it. */
  reachedOn: string;
  /** Index in the record's `events` of the step that reached it. */
  eventIndex: number;
  /** The response due date, from the ladder (see stageResponseDue). */
  responseDue: string;
  /** Responses given at this stage, in date order. */
  responses: { date: string; eventIndex: number }[];
  /** When and how the escalation left the stage (escalated on, or resolved); undefined while there. */
  ended: { on: string; by: "escalate" | "resolve"; eventIndex: number | undefined } | undefined;
}

/** A step that is not a stage change (Cafcass, legal advice, senior meeting, note), with its index. */
export interface SideStep {
  date: string;
  eventIndex: number;
  /** For a senior managers' meeting: the roles recorded as attending (undefined when none are recorded). */
  attendees?: { role: string; name?: string }[] | undefined;
}

/** The whole reading of an escalation record against its ladder. */
export interface EscalationReplay {
  ladder: Ladder;
  state: EscalationState;
  /** The stage it stands at now (the last stage reached), undefined before it is raised. */
  stage: EscalationStage | undefined;
  visits: StageVisit[];
  /** The first formal step: the start of the formal process's total time. */
  formalStart: { date: string; eventIndex: number } | undefined;
  /** The total formal time's end, from formalStart (see formalProcessDue). */
  formalDue: string | undefined;
  /** When it was closed: the resolve step, or the outcome's resolved date when no step says so. */
  closed: { on: string; eventIndex: number | undefined } | undefined;
  seniorMeetings: SideStep[];
  cafcassReferrals: SideStep[];
  legalAdvice: SideStep[];
  /** The date of the latest step. */
  lastDate: string | undefined;
  /** Event indexes in date order (ties keep record order). */
  order: number[];
}

/**
 * Replays an escalation's steps against the ladder the profile sets for its child's status.
 * @example const r = replayEscalation(escalation, loadProfile("leicestershire"), defaultCalendar());
 * r.stage // "formal-2"; r.formalDue // "2027-01-25"
 */
export function replayEscalation(
  escalation: Escalation,
  profileOrLadder: ResolvedProfile | Ladder,
  calendar: WorkingDayCalendar,
): EscalationReplay {
  const ladder = "stages" in profileOrLadder ? profileOrLadder : ladderFor(profileOrLadder, escalation.childStatus);
  const order = dateOrder(escalation.events);
  const r: EscalationReplay = {
    ladder,
    state: "not-started",
    stage: undefined,
    visits: [],
    formalStart: undefined,
    formalDue: undefined,
    closed: undefined,
    seniorMeetings: [],
    cafcassReferrals: [],
    legalAdvice: [],
    lastDate: undefined,
    order,
  };
  for (const index of order) step(r, escalation.events[index]!, index, calendar);
  const outcome = escalation.outcome;
  if (r.state !== "closed" && outcome) close(r, outcome.resolvedOn, undefined);
  return r;
}

/**
 * The events' indexes in date order, ties in record order: what sorting them with compareIsoDates
 * gives, with each date read once rather than at every comparison, and no sort at all for steps
 * written in date order (most are: a record grows as the escalation goes on). The dates are read
 * in the order the sort first read them (the second, the first, then the rest), so a date that does
 * not parse throws the same DateError; a single step is not read, as sort compared nothing.
 */
function dateOrder(events: readonly EscalationEvent[]): number[] {
  const n = events.length;
  const order: number[] = [];
  for (let i = 0; i < n; i++) order.push(i);
  if (n < 2) return order;
  const keys: number[] = new Array<number>(n);
  keys[1] = isoSortKey(events[1]!.date);
  keys[0] = isoSortKey(events[0]!.date);
  let ordered = keys[1] >= keys[0];
  for (let i = 2; i < n; i++) {
    keys[i] = isoSortKey(events[i]!.date);
    if (keys[i]! < keys[i - 1]!) ordered = false;
  }
  return ordered ? order : order.sort((a, b) => keys[a]! - keys[b]! || a - b);
}

function step(r: EscalationReplay, event: EscalationEvent, index: number, calendar: WorkingDayCalendar): void {
  r.lastDate = event.date;
  switch (event.type) {
    case "raise-informal":
      return reach(r, event.stage ?? "informal", event.date, index, calendar);
    case "raise-formal":
      return reach(r, event.stage && isFormalStage(event.stage) ? event.stage : "formal-1", event.date, index, calendar);
    case "escalate": {
      const target = event.stage ?? (r.stage ? nextStage(r.ladder, r.stage) : "formal-1");
      if (target) reach(r, target, event.date, index, calendar);
      return;
    }
    case "respond": {
      const visit = current(r);
      if (visit && r.state === "open") visit.responses.push({ date: event.date, eventIndex: index });
      return;
    }
    case "resolve":
      if (r.state !== "closed") close(r, event.date, index);
      return;
    case "refer-cafcass":
      r.cafcassReferrals.push({ date: event.date, eventIndex: index });
      return;
    case "legal-advice":
      r.legalAdvice.push({ date: event.date, eventIndex: index });
      return;
    case "senior-meeting":
      r.seniorMeetings.push({ date: event.date, eventIndex: index, attendees: event.attendees });
      return;
    case "note":
      return;
  }
}

function current(r: EscalationReplay): StageVisit | undefined {
  const last = r.visits[r.visits.length - 1];
  return last && last.ended === undefined ? last : undefined;
}

function reach(r: EscalationReplay, stage: EscalationStage, date: string, index: number, calendar: WorkingDayCalendar): void {
  if (r.state === "closed") return;
  const visit = current(r);
  if (visit) visit.ended = { on: date, by: "escalate", eventIndex: index };
  const ladderStep = stepFor(r.ladder, stage);
  r.visits.push({
    stage,
    name: ladderStep?.name ?? stage,
    role: ladderStep?.delegatedTo ?? "",
    reachedOn: date,
    eventIndex: index,
    responseDue: ladderStep ? stageResponseDue(r.ladder, stage, date, calendar) : date,
    responses: [],
    ended: undefined,
  });
  r.stage = stage;
  r.state = "open";
  if (isFormalStage(stage) && !r.formalStart) {
    r.formalStart = { date, eventIndex: index };
    r.formalDue = formalProcessDue(r.ladder, date, calendar);
  }
}

function close(r: EscalationReplay, on: string, index: number | undefined): void {
  const visit = current(r);
  if (visit) visit.ended = { on, by: "resolve", eventIndex: index };
  r.state = "closed";
  r.closed = { on, eventIndex: index };
}
