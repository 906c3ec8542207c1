import { testRule } from "../test-rule.js";
import { escalation } from "../../../test/fixtures/records.js";
import type { Escalation, EscalationEvent } from "../../types/index.js";
import rule from "./lei-formal-escalation-notified.js";

const chair = { name: "Siân Llŷr", role: "Independent Reviewing Officer" };
const told = (...roles: string[]) => roles.map((role) => ({ role }));

/** Stage Three reached on 4 January 2027 telling `stage`, and a response on 8 January telling `response`. */
function stageThree(stage: EscalationEvent["notified"], response?: EscalationEvent["notified"]): Escalation {
  const e = escalation();
  e.events = [
    { type: "raise-formal", date: "2027-01-04", stage: "formal-3", by: chair, text: "Stage Three.", ...(stage ? { notified: stage } : {}) },
    { type: "respond", date: "2027-01-08", by: { name: "Helen Osei", role: "Head of Service" }, text: "Response.", ...(response ? { notified: response } : {}) },
  ];
  return e;
}

const stageThreeRoles = ["Head of Service", "Service Manager", "Team Manager", "Safeguarding and Performance Service Manager"];

testRule(rule, {
  profile: "leicestershire",
  valid: [
    { why: "Stage Three and its response told everyone the stage names", record: stageThree(told(...stageThreeRoles), told(...stageThreeRoles)) },
    {
      why: "roles written in other case and with hyphens, plus someone extra",
      record: stageThree(
        told("head-of-service", "SERVICE MANAGER", "team manager", "Safeguarding and Performance Service Manager", "Social Worker"),
        told(...stageThreeRoles),
      ),
    },
    { why: "a Positive Challenge only (not applicable)", record: escalation() },
  ],
  invalid: [
    {
      why: "the Safeguarding and Performance Service Manager was not told of Stage Three",
      record: stageThree(told("Head of Service", "Service Manager", "Team Manager"), told(...stageThreeRoles)),
      errors: [{ messageId: "stage", path: "/events/0/notified" }],
    },
    { why: "no one recorded as told of Stage Three or its response", record: stageThree(undefined), errors: [{ messageId: "stage", path: "/events/0/notified" }, { messageId: "response", path: "/events/1/notified" }] },
    {
      why: "a Stage Two response not sent to the Social Worker (Stage Two: the Team Manager and Social Worker hear of the response)",
      record: (() => {
        const e = stageThree(told("Service Manager", "Team Manager"), told("Team Manager"));
        e.events[0]!.stage = "formal-2";
        return e;
      })(),
      errors: [{ messageId: "response", path: "/events/1/notified" }],
    },
  ],
});
