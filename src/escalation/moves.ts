/**
 * The escalation ladder as a state machine: not started → informal → formal-1 … formal-4 → closed.
 * `planStep` checks a step is allowed where the escalation stands and, if so, builds the step with
 * its stamps (stage, who it is delegated to, who is told, the response and formal due dates);
 * `takeStep` does the same and throws when it is not allowed. Pure: no clock, no files.
 *
 * Sources: IRO Handbook 2010 para 6.2 (stages, 20 working days, bypass); Leicestershire Positive
 * Challenge and Formal Escalation Stage One to Four (LEI-PC, LEI-FE, LEI-FE-5, LEI-FE-20, LEI-FE-N,
 * LEI-CAF); Gloucestershire PRP 4.1, 4.2 and the stage table (GL-4.1, GL-4.2, GL-4.2-CAF).
 */
import type { WorkingDayCalendar } from "../calendar/index.js";
import type { ResolvedProfile } from "../profiles/types.js";
import type { Action, Escalation, EscalationEvent, Person } from "../types/index.js";
import { delegatedPerson, hasText, moveBlocker } from "./blockers.js";
import { formalProcessDue, stageResponseDue } from "./due-dates.js";
import { EscalationMoveError } from "./errors.js";
import { isFormalStage, nextStage, stageLabel, stepFor, uniqueRoles, type EscalationStage } from "./ladder.js";
import { replayEscalation, type EscalationReplay } from "./replay.js";

/** What the chair (or a manager) can do to an escalation. */
export const ESCALATION_ACTIONS = [
  "raise",
  "respond",
  "escalate",
  "resolve",
  "refer-cafcass",
  "legal-advice",
  "senior-meeting",
  "note",
] as const;
export type EscalationAction = (typeof ESCALATION_ACTIONS)[number];

/** One step someone asks to take. Only `action` and `date` are always needed. */
export interface StepRequest {
  action: EscalationAction;
  /** The step's date, YYYY-MM-DD: day 0 of any clock it starts. */
  date: string;
  /** raise: the stage to raise at (default informal; a formal stage is a bypass past the earlier ones).
   *  escalate: the stage to go to (default the next one; a later one is a bypass). */
  stage?: EscalationStage | undefined;
  /** Who takes the step. Default: the chair who raised it; for a response, the manager the stage went to. */
  by?: Person | undefined;
  /** The name of the manager the stage is delegated to (raise, escalate); their role comes from the ladder. */
  delegateName?: string | undefined;
  /** senior-meeting: the roles who attended. Default: the roles the ladder says the meeting is with (LEI-CAF). */
  attendees?: string[] | undefined;
  /** What was said or done. Needed for a response and a resolution; the other steps have a plain default. */
  text?: string | undefined;
  agreedActions?: Action[] | undefined;
}

/** What a step did, for people: the stage, who has it, who must be told, and the dates. */
export interface StepSummary {
  action: EscalationAction;
  stage: EscalationStage | undefined;
  /** "Stage Two – Service Manager (formal-2)". */
  stageLabel: string | undefined;
  /** The role the stage is delegated to (raise, escalate), and the name if one was given. */
  delegatedTo: { role: string; name: string | undefined } | undefined;
  /** Roles to tell about this step. */
  notify: string[];
  responseDue: string | undefined;
  formalDue: string | undefined;
  /** True when the step closed the escalation. */
  closes: boolean;
}

export interface StepResult {
  /** The new step, with its stamps, ready to append. */
  event: EscalationEvent;
  /** A copy of the escalation with the step appended (and, on resolve, the outcome set if it was not). */
  escalation: Escalation;
  summary: StepSummary;
}

export type StepPlan = { ok: true; result: StepResult } | { ok: false; reason: string };

/**
 * Checks a step against the ladder the profile sets for the child's status and builds it.
 * @example
 * const plan = planStep(escalation, { action: "escalate", date: "2027-01-04" }, loadProfile("leicestershire"), calendar);
 * plan.ok && plan.result.event.responseDueDate // "2027-01-11"
 */
export function planStep(escalation: Escalation, request: StepRequest, profile: ResolvedProfile, calendar: WorkingDayCalendar): StepPlan {
  const replay = replayEscalation(escalation, profile, calendar);
  const reason = moveBlocker(escalation, replay, profile, request);
  if (reason !== undefined) return { ok: false, reason };
  return { ok: true, result: build(escalation, replay, request, calendar) };
}

/**
 * Like planStep, but throws EscalationMoveError (one sentence, with the standard) when the ladder does not allow the step.
 * @example takeStep(closed, { action: "respond", date: "2027-02-04", text: "…" }, profile, cal)
 * // throws "This escalation was resolved on 3 February 2027; a response cannot be added to a closed escalation"
 */
export function takeStep(escalation: Escalation, request: StepRequest, profile: ResolvedProfile, calendar: WorkingDayCalendar): StepResult {
  const plan = planStep(escalation, request, profile, calendar);
  if (!plan.ok) throw new EscalationMoveError(plan.reason);
  return plan.result;
}

/**
 * The actions the ladder allows now (on `date`), ignoring what a caller would still have to supply
 * (text, who responded). Lets a status report say "next: respond, escalate, resolve".
 * @example allowedActions(escalation, profile, calendar, "2027-01-05") // ["respond", "escalate", "resolve", "legal-advice", …]
 */
export function allowedActions(escalation: Escalation, profile: ResolvedProfile, calendar: WorkingDayCalendar, date: string): EscalationAction[] {
  const replay = replayEscalation(escalation, profile, calendar);
  return ESCALATION_ACTIONS.filter(
    (action) => moveBlocker(escalation, replay, profile, { action, date, text: "-", by: { name: "-" } }) === undefined,
  );
}

const DEFAULT_TEXT: Record<EscalationAction, (label: string) => string> = {
  raise: (label) => `Concern raised at ${label}.`,
  respond: () => "",
  escalate: (label) => `Escalated to ${label}.`,
  resolve: () => "",
  "refer-cafcass": () => "Referred to Cafcass.",
  "legal-advice": () => "Independent legal advice sought.",
  "senior-meeting": () => "Senior managers' meeting held.",
  note: () => "Note.",
};

function build(escalation: Escalation, r: EscalationReplay, q: StepRequest, calendar: WorkingDayCalendar): StepResult {
  const ladder = r.ladder;
  const stage = targetStage(r, q);
  const label = stage ? stageLabel(ladder, stage) : undefined;
  const ladderStep = stage ? stepFor(ladder, stage) : undefined;
  const reachesStage = q.action === "raise" || q.action === "escalate";
  const formalStartedOn = r.formalStart?.date ?? (reachesStage && isFormalStage(stage) ? q.date : undefined);

  let notify: string[] = [];
  if (reachesStage && ladderStep) notify = ladderStep.notify;
  else if (q.action === "respond") notify = ladderStep?.notifyOnResponse ?? [];
  else if (q.action === "refer-cafcass") notify = [...ladder.cafcass.consult, ...ladder.cafcass.inform];
  else if (q.action === "legal-advice") notify = ladder.legalAdvice.consult;
  else if (q.action === "senior-meeting") notify = ladder.cafcass.seniorMeetingWith;
  notify = uniqueRoles(notify);

  const delegatedTo = reachesStage && ladderStep ? { role: ladderStep.delegatedTo, name: nonEmpty(q.delegateName) } : undefined;
  const responseDue = reachesStage && stage ? stageResponseDue(ladder, stage, q.date, calendar) : undefined;
  const stampsFormal = (reachesStage || q.action === "respond") && isFormalStage(stage);
  const formalDue = stampsFormal && formalStartedOn ? formalProcessDue(ladder, formalStartedOn, calendar) : undefined;

  // Keys in the schema's order, so a rewritten file reads the same way as one written by hand.
  const text = hasText(q.text) ? q.text : DEFAULT_TEXT[q.action](label ?? "");
  const event: EscalationEvent = {
    type: eventType(q.action, stage),
    date: q.date,
    ...(stage ? { stage } : {}),
    by: whoActs(escalation, r, q),
    ...(delegatedTo?.name !== undefined ? { delegatedTo: { name: delegatedTo.name, role: delegatedTo.role } } : {}),
    ...(notify.length ? { notified: notify.map((role) => ({ role })) } : {}),
    ...(q.action === "senior-meeting" ? { attendees: uniqueRoles(q.attendees ?? ladder.cafcass.seniorMeetingWith).map((role) => ({ role })) } : {}),
    text,
    ...(q.agreedActions?.length ? { agreedActions: q.agreedActions } : {}),
    ...(responseDue ? { responseDueDate: responseDue } : {}),
    ...(formalDue ? { formalDueDate: formalDue } : {}),
  };

  const next: Escalation = { ...escalation, events: [...escalation.events, event] };
  if (q.action === "resolve" && !escalation.outcome) next.outcome = { resolvedOn: q.date, summary: event.text };
  return {
    event,
    escalation: next,
    summary: {
      action: q.action,
      stage,
      stageLabel: label,
      delegatedTo,
      notify,
      responseDue,
      formalDue,
      closes: q.action === "resolve",
    },
  };
}

/** The stage the escalation is at after the step (the schema's meaning of an event's stage). */
function targetStage(r: EscalationReplay, q: StepRequest): EscalationStage | undefined {
  if (q.action === "raise") return q.stage ?? "informal";
  if (q.action === "escalate") return q.stage ?? (r.stage ? nextStage(r.ladder, r.stage) : undefined);
  return r.stage;
}

function eventType(action: EscalationAction, stage: EscalationStage | undefined): EscalationEvent["type"] {
  if (action === "raise") return stage === "informal" ? "raise-informal" : "raise-formal";
  return action;
}

function whoActs(escalation: Escalation, r: EscalationReplay, q: StepRequest): Person {
  if (q.by) return q.by;
  if (q.action === "respond") {
    const delegated = delegatedPerson(escalation, r);
    if (delegated) return { ...delegated };
  }
  return { ...escalation.raisedBy };
}

function nonEmpty(s: string | undefined): string | undefined {
  return s !== undefined && s.trim() !== "" ? s.trim() : undefined;
}
