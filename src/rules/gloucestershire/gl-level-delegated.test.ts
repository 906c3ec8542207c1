import { testRule } from "../test-rule.js";
import { escalation } from "../../../test/fixtures/records.js";
import type { ChildStatus, Escalation, EscalationEvent } from "../../types/index.js";
import rule from "./gl-level-delegated.js";

const iro = { name: "Siân Llŷr", role: "Independent Reviewing Officer" };

/** A concern raised at `stage` on 4 January 2027 for a child of `status`, delegated as given. */
function raised(status: ChildStatus, stage: NonNullable<EscalationEvent["stage"]>, delegatedRole?: string): Escalation {
  const e = escalation();
  e.childStatus = status;
  e.events = [
    {
      type: stage === "informal" ? "raise-informal" : "raise-formal",
      date: "2027-01-04",
      stage,
      by: iro,
      text: "Raised.",
      ...(delegatedRole ? { delegatedTo: { name: "Kim Lee", role: delegatedRole } } : {}),
    },
  ];
  return e;
}

testRule(rule, {
  profile: "gloucestershire",
  valid: [
    { why: "Child in Care form (the table's third column), Level 2 to the Head of Service", record: raised("looked-after", "formal-2", "head of service") },
    { why: "Child Protection form (the table's second column), Level 2 to the Group Manager", record: raised("child-protection", "formal-2", "Group Manager") },
    { why: "Level 4 to the Director of Safeguarding and Care", record: raised("looked-after", "formal-4", "Director of Safeguarding and Care") },
    { why: "the informal form completed by the IRO, not delegated", record: raised("looked-after", "informal") },
    {
      why: "escalated from Level 1 (Team Manager) to Level 3 (Appropriate Assistant Director)",
      record: (() => {
        const e = raised("child-protection", "formal-1", "Team Manager");
        e.events.push({ type: "escalate", date: "2027-01-11", stage: "formal-3", by: iro, delegatedTo: { name: "Ola Ade", role: "Appropriate Assistant Director" }, text: "Level 3." });
        return e;
      })(),
    },
  ],
  invalid: [
    {
      why: "Child in Care form, Level 2 to a Group Manager (that is the Child Protection form's role)",
      record: raised("looked-after", "formal-2", "Group Manager"),
      errors: [{ messageId: "wrongRole", path: "/events/0/delegatedTo/role" }],
    },
    {
      why: "Child Protection form, Level 2 to a Head of Service (that is the Child in Care form's role)",
      record: raised("child-protection", "formal-2", "Head of Service"),
      errors: [{ messageId: "wrongRole", path: "/events/0/delegatedTo/role" }],
    },
    { why: "a formal level delegated to no one", record: raised("looked-after", "formal-1"), errors: [{ messageId: "notDelegated", path: "/events/0/delegatedTo" }] },
    {
      why: "Level 2 delegated to the accountable Assistant Director rather than the table's delegate",
      record: raised("child-protection", "formal-2", "Appropriate Assistant Director"),
      errors: [{ messageId: "wrongRole", path: "/events/0/delegatedTo/role" }],
    },
    { why: "the informal form delegated to a Service Manager, not the Team Manager", record: raised("looked-after", "informal", "Service Manager"), errors: [{ messageId: "wrongRole" }] },
  ],
});
