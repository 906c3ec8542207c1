import { testRule } from "../test-rule.js";
import { lookedAfterReview } from "../../../test/fixtures/records.js";
import type { Person } from "../../types/index.js";
import rule from "./kiro-decision-named-person.js";

// The fixture review is on 10 December 2026.
const withOwner = (owner: Person, dueDate = "2027-01-15") => {
  const r = lookedAfterReview();
  r.decisions[1]!.owner = owner;
  r.decisions[1]!.dueDate = dueDate;
  return r;
};

testRule(rule, {
  profile: "knowsley",
  valid: [
    { why: "both decisions name a person and fall due after the review", record: lookedAfterReview() },
    { why: "a decision due on the day of the review itself", record: withOwner({ name: "Grace Mensah", role: "Foster Carer" }, "2026-12-10") },
    { why: "a name with no role", record: withOwner({ name: "Tomás Ó Briain" }) },
    {
      why: "no decisions (not applicable)",
      record: (() => {
        const r = lookedAfterReview();
        r.decisions = [];
        return r;
      })(),
    },
  ],
  invalid: [
    { why: "owner is TBC", record: withOwner({ name: "TBC" }), errors: [{ messageId: "noNamedPerson", path: "/decisions/1/owner/name" }] },
    { why: "owner is a role, written as the name", record: withOwner({ name: "social-worker" }), errors: [{ messageId: "noNamedPerson", path: "/decisions/1/owner/name" }] },
    { why: "owner's name is the same as their role", record: withOwner({ name: "Designated Teacher", role: "designated teacher" }), errors: [{ messageId: "noNamedPerson", path: "/decisions/1/owner/name" }] },
    { why: "owner's name is only spaces", record: withOwner({ name: "  " }), errors: [{ messageId: "noNamedPerson", path: "/decisions/1/owner/name" }] },
    {
      why: "due on 9 December 2026, the day before the review",
      record: withOwner({ name: "Grace Mensah" }, "2026-12-09"),
      errors: [{ messageId: "dueBeforeReview", path: "/decisions/1/dueDate" }],
    },
  ],
});
