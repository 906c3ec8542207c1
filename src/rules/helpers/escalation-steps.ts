import type { Escalation } from "../../types/index.js";
import { compareIsoDates } from "../../calendar/index.js";

type Step = Escalation["events"][number];

/** A step that puts the escalation in the formal dispute resolution process. */
function isFormalStep(step: Step): boolean {
  return step.type === "raise-formal" || step.type === "escalate" || (step.stage?.startsWith("formal-") ?? false);
}

/**
 * The date the concern was first raised: the earliest step (steps are meant to be in order, but a
 * record typed out of order must not move the date).
 * @example raisedOn(escalation()) // "2027-01-18"
 */
export function raisedOn(escalation: Escalation): string {
  return escalation.events.map((e) => e.date).sort(compareIsoDates)[0] ?? "";
}

/**
 * The date the escalation entered the formal process (raised formally, escalated, or a step at a
 * formal stage), or undefined while it is informal only.
 * @example formalFrom(escalation()) // undefined (raised informally)
 */
export function formalFrom(escalation: Escalation): string | undefined {
  return escalation.events.filter(isFormalStep).map((e) => e.date).sort(compareIsoDates)[0];
}
