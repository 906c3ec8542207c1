/**
 * The two clocks of an escalation, in one place: the state machine stamps them on new steps, the
 * status report and the authorities' timescale rules read them (no second copy of the arithmetic).
 *
 * - Each stage: "The Team Manager must respond using the Step within 5 working days" (Leicestershire,
 *   Stage One to Four; LEI-PC for the Positive Challenge); "each stage of the formal process has a
 *   maximum response time of 5 working days" (Gloucestershire PRP 4.2).
 * - The whole formal process: "Once the Formal Escalation step has been accessed, the resolution
 *   period is 20 working days" (Leicestershire); "from the point of being formally raised to
 *   resolution should be no more than 20 working days (IRO Handbook, 6.2)" (Gloucestershire 4.2).
 *   So the clock starts at the FIRST formal step, however the escalation got there.
 */
import type { WorkingDayCalendar } from "../calendar/index.js";
import type { Duration, Ladder } from "../profiles/types.js";
import { stepFor, type EscalationStage } from "./ladder.js";

/**
 * The date a response at `stage` is due: the ladder's response time for the stage counted from the
 * day the stage was reached (day 0), on the working-day calendar.
 * @example stageResponseDue(ladder, "formal-1", "2026-12-23", calendar) // "2027-01-04" (24, 29, 30, 31 Dec, 4 Jan)
 */
export function stageResponseDue(ladder: Ladder, stage: EscalationStage, reachedOn: string, calendar: WorkingDayCalendar): string {
  return calendar.addDuration(reachedOn, stageResponseTime(ladder, stage));
}

/** The response time the ladder gives a stage. @example stageResponseTime(ladder, "formal-2") // { value: 5, unit: "working_days" } */
export function stageResponseTime(ladder: Ladder, stage: EscalationStage): Duration {
  const step = stepFor(ladder, stage);
  if (!step) throw new Error(`the escalation ladder has no ${stage}`);
  return { value: step.responseTime.value, unit: step.responseTime.unit };
}

/**
 * The date the whole formal process should be resolved by: the ladder's total formal time from the
 * first formal step (day 0).
 * @example formalProcessDue(ladder, "2026-12-23", calendar) // "2027-01-25" (20 working days over Christmas)
 */
export function formalProcessDue(ladder: Ladder, formalStartedOn: string, calendar: WorkingDayCalendar): string {
  return calendar.addDuration(formalStartedOn, { value: ladder.totalFormalTime.value, unit: ladder.totalFormalTime.unit });
}
