import { testRule } from "../test-rule.js";
import { escalation } from "../../../test/fixtures/records.js";
import type { ChildStatus, Escalation, EscalationEvent } from "../../types/index.js";
import rule from "./lei-cafcass-referral.js";

const chair = { name: "Siân Llŷr", role: "Independent Reviewing Officer" };

/** Stage Four on 4 January 2027, then the given steps (Cafcass, a senior managers' meeting). */
function stageFour(status: ChildStatus, ...steps: Pick<EscalationEvent, "type" | "date">[]): Escalation {
  const e = escalation();
  e.childStatus = status;
  e.events = [
    { type: "raise-formal", date: "2027-01-04", stage: "formal-4", by: chair, text: "Stage Four." },
    ...steps.map((s) => ({ ...s, by: chair, text: "Step." })),
  ];
  return e;
}

const meeting = (date: string) => ({ type: "senior-meeting" as const, date });
const cafcass = (date: string) => ({ type: "refer-cafcass" as const, date });

testRule(rule, {
  profile: "leicestershire",
  valid: [
    { why: "a looked-after child, referred after the meeting with the Assistant Director", record: stageFour("looked-after", meeting("2027-01-05"), cafcass("2027-01-06")) },
    { why: "the meeting and the referral on the same day", record: stageFour("looked-after", meeting("2027-01-05"), cafcass("2027-01-05")) },
    { why: "no Cafcass referral (not applicable)", record: stageFour("child-protection") },
  ],
  invalid: [
    { why: "referred with no meeting first", record: stageFour("looked-after", cafcass("2027-01-05")), errors: [{ messageId: "noSeniorMeeting", path: "/events/1" }] },
    {
      why: "the meeting was held only after the referral",
      record: stageFour("looked-after", cafcass("2027-01-05"), meeting("2027-01-06")),
      errors: [{ messageId: "noSeniorMeeting", path: "/events/1" }],
    },
    {
      why: "a child on a child protection plan referred to Cafcass, even after a meeting",
      record: stageFour("child-protection", meeting("2027-01-05"), cafcass("2027-01-06")),
      errors: [{ messageId: "notLookedAfter", path: "/events/2" }],
    },
  ],
});
