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
import { missingRoles } from "./ladder.js";

/** A senior managers' meeting as the Cafcass check reads it: its date and, where recorded, who attended. */
export interface SeniorMeeting {
  date: string;
  /** Roles recorded as attending; undefined when the record does not say. */
  attendees?: readonly { role: string }[] | undefined;
}

/** Why a Cafcass referral on a date is not open to this escalation. */
export type CafcassProblem =
  | { kind: "not-looked-after"; childStatus: ChildStatus; allowedFor: ChildStatus[] }
  | { kind: "no-senior-meeting"; meetingWith: string[] }
  | { kind: "senior-meeting-incomplete"; meetingWith: string[]; meetingDate: string; missing: string[]; attendeesRecorded: boolean };

/**
 * The problems with a Cafcass referral on `date`: the child's status is not one the ladder allows,
 * or the ladder requires a senior managers' meeting first and none is on or before the date, or
 * none of those meetings is recorded as attended by every role the ladder names (then the latest
 * meeting's missing roles are given). A meeting with no attendees recorded does not show that the
 * Assistant Director and Heads of Service were there, which is what LEI-CAF asks for.
 * @example cafcassProblems(ladder, "child-protection", [{ date: "2027-02-01", attendees: [{ role: "Assistant Director" }] }], "2027-02-04") // [{ kind: "not-looked-after", … }]
 */
export function cafcassProblems(
  ladder: Ladder,
  childStatus: ChildStatus,
  seniorMeetings: readonly SeniorMeeting[],
  date: string,
): CafcassProblem[] {
  const problems: CafcassProblem[] = [];
  const { cafcass } = ladder;
  if (!cafcass.allowedFor.includes(childStatus)) {
    problems.push({ kind: "not-looked-after", childStatus, allowedFor: [...cafcass.allowedFor] });
  }
  if (!cafcass.requiresSeniorMeeting) return problems;
  const before = seniorMeetings.filter((m) => compareIsoDates(m.date, date) <= 0);
  const latest = before.reduce<SeniorMeeting | undefined>((a, m) => (a === undefined || compareIsoDates(m.date, a.date) >= 0 ? m : a), undefined);
  if (latest === undefined) {
    problems.push({ kind: "no-senior-meeting", meetingWith: [...cafcass.seniorMeetingWith] });
  } else if (!before.some((m) => m.attendees !== undefined && missingRoles(cafcass.seniorMeetingWith, m.attendees).length === 0)) {
    problems.push({
      kind: "senior-meeting-incomplete",
      meetingWith: [...cafcass.seniorMeetingWith],
      meetingDate: latest.date,
      missing: missingRoles(cafcass.seniorMeetingWith, latest.attendees ?? []),
      attendeesRecorded: latest.attendees !== undefined,
    });
  }
  return problems;
}

/** "a child in care" / "a child on a child protection plan". */
export function describeChildStatus(status: ChildStatus): string {
  return status === "looked-after" ? "a child in care" : "a child on a child protection plan";
}
