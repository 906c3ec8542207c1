import type { Escalation } from "../../types/index.js";
import { compareIsoDates } from "../../calendar/index.js";

/**
 * The date the concern was first raised: the earliest step (steps are meant to be in order, but a
 * record typed out of order must not move the date).
 * @example raisedOn(escalation()) // "2027-01-18"
 */
export function raisedOn(escalation: Escalation): string {
  return escalation.events.map((e) => e.date).sort(compareIsoDates)[0] ?? "";
}
