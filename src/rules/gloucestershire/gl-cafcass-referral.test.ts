import { testRule } from "../test-rule.js";
import { escalation } from "../../../test/fixtures/records.js";
import type { ChildStatus, Escalation } from "../../types/index.js";
import rule from "./gl-cafcass-referral.js";

const iro = { name: "Siân Llŷr", role: "Independent Reviewing Officer" };
const everyone = [
  "IRO Service Manager",
  "Head of Service for the Independent Reviewing Service",
  "Appropriate Assistant Director",
  "Director of Safeguarding and Care",
  "Director of Children's Services",
];

/** Level 2 on 4 January 2027, and a Cafcass referral on 6 January telling the given roles. */
function referred(status: ChildStatus, roles: string[]): Escalation {
  const e = escalation();
  e.childStatus = status;
  e.events = [
    { type: "raise-formal", date: "2027-01-04", stage: "formal-2", by: iro, text: "Level 2." },
    { type: "refer-cafcass", date: "2027-01-06", stage: "formal-2", by: iro, text: "Referred to Cafcass.", notified: roles.map((role) => ({ role })) },
  ];
  return e;
}

testRule(rule, {
  profile: "gloucestershire",
  valid: [
    { why: "a child in care, the IRO Service Manager consulted and senior colleagues informed", record: referred("looked-after", everyone) },
    { why: "no referral (not applicable)", record: escalation() },
  ],
  invalid: [
    { why: "a child on a child protection plan", record: referred("child-protection", everyone), errors: [{ messageId: "notInCare", path: "/events/1" }] },
    { why: "the IRO Service Manager not consulted", record: referred("looked-after", everyone.slice(1)), errors: [{ messageId: "notConsulted", path: "/events/1/notified" }] },
    {
      why: "the Director of Children's Services not informed",
      record: referred("looked-after", everyone.slice(0, 4)),
      errors: [{ messageId: "notInformed", path: "/events/1/notified" }],
    },
  ],
});
