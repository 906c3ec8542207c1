/**
 * What the ladder refuses, and why, in one sentence for a person that names the standard. Used by
 * planStep (moves.ts) before it builds a step; never quotes the record's free text.
 */
import { formatLongDate, isIsoDate, compareIsoDates } from "../calendar/index.js";
import type { Ladder, ResolvedProfile } from "../profiles/types.js";
import type { Escalation, Person } from "../types/index.js";
import { cafcassProblems, describeChildStatus } from "./cafcass.js";
import { citeLadder, listRoles } from "./describe.js";
import { isFormalStage, nextStage, stageLabel, stageRank, stepFor, type EscalationStage } from "./ladder.js";
import type { EscalationAction, StepRequest } from "./moves.js";
import type { EscalationReplay } from "./replay.js";

const CLOSED_WHY: Record<EscalationAction, string> = {
  raise: "it cannot be raised again; a new concern needs a new escalation",
  respond: "a response cannot be added to a closed escalation",
  escalate: "a closed escalation cannot be escalated",
  resolve: "it is already closed",
  "refer-cafcass": "a Cafcass referral cannot be added to a closed escalation",
  "legal-advice": "legal advice cannot be added to a closed escalation",
  "senior-meeting": "a senior managers' meeting cannot be added to a closed escalation",
  note: "",
};

/**
 * Why the step is not allowed where the escalation stands, or undefined when it is.
 * @example moveBlocker(e, replay, profile, { action: "escalate", date: "2027-01-06" }) // "This escalation stands at … the last stage on the ladder; …"
 */
export function moveBlocker(escalation: Escalation, r: EscalationReplay, profile: ResolvedProfile, q: StepRequest): string | undefined {
  if (!isIsoDate(q.date)) return `The step's date must be a real date in the form YYYY-MM-DD`;
  if (r.lastDate !== undefined && compareIsoDates(q.date, r.lastDate) < 0) {
    return `This step is dated ${formatLongDate(q.date)}, before the latest step on ${formatLongDate(r.lastDate)}; steps are added in date order`;
  }
  if (q.action === "note") return undefined;
  if (r.state === "closed" && r.closed) {
    return `This escalation was resolved on ${formatLongDate(r.closed.on)}; ${CLOSED_WHY[q.action]}`;
  }
  const ladder = r.ladder;
  const cite = (c: Parameters<typeof citeLadder>[1]) => citeLadder(profile, c);
  switch (q.action) {
    case "raise":
      return raiseBlocker(r, ladder, q.stage ?? "informal", cite);
    case "escalate":
      return escalateBlocker(r, ladder, q.stage, cite);
    case "respond":
      if (r.state === "not-started") return "This escalation has not been raised yet; there is nothing to respond to";
      if (!hasText(q.text)) return "Say what the response was (the step's text)";
      if (!q.by && !delegatedPerson(escalation, r)) {
        return `Say who responded: ${stageLabel(ladder, r.stage ?? "informal")} was not delegated to a named manager`;
      }
      return undefined;
    case "resolve":
      if (r.state === "not-started") return "This escalation has not been raised yet; there is nothing to resolve";
      if (!hasText(q.text)) return "Say how the concern was resolved (the step's text): it becomes the outcome summary";
      return undefined;
    case "refer-cafcass": {
      if (r.state === "not-started") return "Raise the escalation first: a Cafcass referral sits alongside a stage of the process";
      const done = r.cafcassReferrals[0];
      if (done) return `This escalation was already referred to Cafcass on ${formatLongDate(done.date)}`;
      const problems = cafcassProblems(ladder, escalation.childStatus, r.seniorMeetings, q.date);
      const first = problems[0];
      if (!first) return undefined;
      if (first.kind === "not-looked-after") {
        return `A Cafcass referral is only for a child in care; this escalation is for ${describeChildStatus(first.childStatus)} ${cite(ladder.cafcass.citation)}`;
      }
      if (first.kind === "senior-meeting-incomplete") {
        const who = first.attendeesRecorded ? `it does not record ${listRoles(first.missing)} as attending` : "it does not record who attended";
        return `A Cafcass referral comes after a meeting with ${listRoles(first.meetingWith)}; the meeting on ${formatLongDate(first.meetingDate)} is recorded but ${who}, so record the meeting with them first ${cite(ladder.cafcass.citation)}`;
      }
      return `A Cafcass referral comes after a meeting with ${listRoles(first.meetingWith)}; none is recorded on or before ${formatLongDate(q.date)}, so record the senior managers' meeting first ${cite(ladder.cafcass.citation)}`;
    }
    case "legal-advice":
    case "senior-meeting":
      return undefined;
  }
}

function raiseBlocker(
  r: EscalationReplay,
  ladder: Ladder,
  target: EscalationStage,
  cite: (c: Ladder["totalFormalTime"]["citation"]) => string,
): string | undefined {
  if (!stepFor(ladder, target)) return `The ladder has no ${target}`;
  if (r.state === "open" && r.stage !== undefined) {
    if (isFormalStage(r.stage)) {
      return `This escalation was raised formally on ${formatLongDate(r.formalStart?.date ?? r.lastDate ?? "")} and stands at ${stageLabel(ladder, r.stage)}; use escalate to move it up the ladder`;
    }
    if (target === "informal") return `This escalation was already raised informally on ${formatLongDate(r.visits[0]?.reachedOn ?? "")}`;
  }
  // From nothing or from informal, formal-1 is the next step; anything higher passes stages by.
  if (isFormalStage(target) && stageRank(target) > 1 && !ladder.bypassAllowed) {
    return `This ladder does not allow a concern to be raised straight at ${stageLabel(ladder, target)}; raise it at ${stageLabel(ladder, "formal-1")} ${cite(ladder.totalFormalTime.citation)}`;
  }
  return undefined;
}

function escalateBlocker(
  r: EscalationReplay,
  ladder: Ladder,
  target: EscalationStage | undefined,
  cite: (c: Ladder["totalFormalTime"]["citation"]) => string,
): string | undefined {
  if (r.state === "not-started" || r.stage === undefined) return "This escalation has not been raised yet; raise it first";
  const from = r.stage;
  const next = nextStage(ladder, from);
  if (next === undefined) {
    const cafcass = ladder.cafcass.allowedFor.length ? "a Cafcass referral (for a child in care) or legal advice" : "legal advice";
    return `This escalation stands at ${stageLabel(ladder, from)}, the last stage on the ladder; it cannot be escalated further (${cafcass} may follow)`;
  }
  const to = target ?? next;
  if (!stepFor(ladder, to)) return `The ladder has no ${to}`;
  if (stageRank(to) <= stageRank(from)) {
    return `This escalation stands at ${stageLabel(ladder, from)}; escalating moves up the ladder, not to ${stageLabel(ladder, to)}`;
  }
  if (stageRank(to) > stageRank(next) && !ladder.bypassAllowed) {
    return `This ladder does not allow stages to be bypassed; escalate to ${stageLabel(ladder, next)} next ${cite(ladder.totalFormalTime.citation)}`;
  }
  return undefined;
}

/** True when there is text that is not only spaces. */
export function hasText(text: string | undefined): text is string {
  return text !== undefined && text.trim() !== "";
}

/** The named manager the current stage was delegated to, if the step that reached it names one. */
export function delegatedPerson(escalation: Escalation, r: EscalationReplay): Person | undefined {
  const visit = r.visits[r.visits.length - 1];
  return visit ? escalation.events[visit.eventIndex]?.delegatedTo : undefined;
}
