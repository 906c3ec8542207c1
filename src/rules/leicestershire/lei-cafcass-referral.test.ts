import { testRule } from "../test-rule.js";
import { escalation } from "../../../test/fixtures/records.js";
import type { ChildStatus, Escalation, EscalationEvent } from "../../types/index.js";
import rule from "./lei-cafcass-referral.js";

const chair = { name: "Siân Llŷr", role: "Independent Reviewing Officer" };

/** Stage Four on 4 January 2027, then the given steps (Cafcass, a senior managers' meeting). */
function stageFour(status: ChildStatus, ...steps: Pick<EscalationEvent, "type" | "date" | "attendees">[]): Escalation {
  const e = escalation();
  e.childStatus = status;
  e.events = [
    { type: "raise-formal", date: "2027-01-04", stage: "formal-4", by: chair, text: "Stage Four." },
    ...steps.map((s) => ({ ...s, by: chair, text: "Step." })),
  ];
  return e;
}

const EVERYONE = ["Assistant Director", "Head of Service", "Head of Service for Safeguarding and Performance"];
/** A senior managers' meeting attended by `roles` (by default all three LEI-CAF names); `null`: attendees not recorded. */
const meeting = (date: string, roles: string[] | null = EVERYONE) => ({
  type: "senior-meeting" as const,
  date,
  ...(roles ? { attendees: roles.map((role, i) => ({ role, name: ["Grace Oyelaran", "Tomasz Kowalczyk", "Meera Shah"][i] ?? "Ama Owusu" })) } : {}),
});
const cafcass = (date: string) => ({ type: "refer-cafcass" as const, date });

testRule(rule, {
  profile: "leicestershire",
  valid: [
    { why: "a looked-after child, referred after the meeting with the Assistant Director", record: stageFour("looked-after", meeting("2027-01-05"), cafcass("2027-01-06")) },
    { why: "the meeting and the referral on the same day", record: stageFour("looked-after", meeting("2027-01-05"), cafcass("2027-01-05")) },
    { why: "no Cafcass referral (not applicable)", record: stageFour("child-protection") },
    {
      why: "roles written in other cases still match, and an earlier full meeting counts though a later one was smaller",
      record: stageFour(
        "looked-after",
        meeting("2027-01-05", ["assistant director", "head of service", "Head of Service for Safeguarding and Performance"]),
        meeting("2027-01-06", ["Assistant Director"]),
        cafcass("2027-01-07"),
      ),
    },
  ],
  invalid: [
    { why: "referred with no meeting first", record: stageFour("looked-after", cafcass("2027-01-05")), errors: [{ messageId: "noSeniorMeeting", path: "/events/1" }] },
    {
      why: "the meeting was held only after the referral",
      record: stageFour("looked-after", cafcass("2027-01-05"), meeting("2027-01-06")),
      errors: [{ messageId: "noSeniorMeeting", path: "/events/1" }],
    },
    {
      why: "the meeting was held without the Head of Service for Safeguarding and Performance",
      record: stageFour("looked-after", meeting("2027-01-05", ["Assistant Director", "Head of Service"]), cafcass("2027-01-06")),
      errors: [{ messageId: "attendeesMissing", path: "/events/1/attendees" }],
    },
    {
      why: "the meeting is recorded but not who attended it",
      record: stageFour("looked-after", meeting("2027-01-05", null), cafcass("2027-01-06")),
      errors: [{ messageId: "attendeesNotRecorded", path: "/events/1" }],
    },
    {
      why: "a child on a child protection plan referred to Cafcass, even after a meeting",
      record: stageFour("child-protection", meeting("2027-01-05"), cafcass("2027-01-06")),
      errors: [{ messageId: "notLookedAfter", path: "/events/2" }],
    },
  ],
});
