/**
 * When a Cafcass referral may be made, shared by the state machine and the rules.
 *
 * Leicestershire, Stage Four: "Referrals to CAFCASS only apply to Looked After Children. A meeting
 * with the Assistant Director and relevant Head of Service and Head Of Service for Safeguarding and
 * Performance will always be convened prior to escalation to CAFCASS" (LEI-CAF); a concurrent
 * referral "can be done at any of the stages within the process".
 * Gloucestershire 4.2: the IRO may refer to CAFCASS (regulation 45) "in consultation with the IRO
 * Service Manager" and informs senior colleagues (GL-4.2-CAF).
 */
import { compareIsoDates } from "../calendar/index.js";
import type { ChildStatus, Ladder } from "../profiles/types.js";

/** Why a Cafcass referral on a date is not open to this escalation. */
export type CafcassProblem =
  | { kind: "not-looked-after"; childStatus: ChildStatus; allowedFor: ChildStatus[] }
  | { kind: "no-senior-meeting"; meetingWith: string[] };

/**
 * The problems with a Cafcass referral on `date`: the child's status is not one the ladder allows,
 * or the ladder requires a senior managers' meeting first and none is on or before the date.
 * @example cafcassProblems(ladder, "child-protection", [], "2027-02-04") // [{ kind: "not-looked-after", … }]
 */
export function cafcassProblems(
  ladder: Ladder,
  childStatus: ChildStatus,
  seniorMeetingDates: readonly string[],
  date: string,
): CafcassProblem[] {
  const problems: CafcassProblem[] = [];
  const { cafcass } = ladder;
  if (!cafcass.allowedFor.includes(childStatus)) {
    problems.push({ kind: "not-looked-after", childStatus, allowedFor: [...cafcass.allowedFor] });
  }
  if (cafcass.requiresSeniorMeeting && !seniorMeetingDates.some((d) => compareIsoDates(d, date) <= 0)) {
    problems.push({ kind: "no-senior-meeting", meetingWith: [...cafcass.seniorMeetingWith] });
  }
  return problems;
}

/** "a child in care" / "a child on a child protection plan". */
export function describeChildStatus(status: ChildStatus): string {
  return status === "looked-after" ? "a child in care" : "a child on a child protection plan";
}
