import { testRule } from "../test-rule.js";
import { significantChange } from "../../../test/fixtures/records.js";
import type { SignificantChange } from "../../types/index.js";
import rule from "./gl-significant-change-iro.js";

const change = (edit: (c: SignificantChange) => void) => {
  const c = significantChange();
  edit(c);
  return c;
};

testRule(rule, {
  profile: "gloucestershire",
  valid: [
    { why: "a change of social worker, no early review, with the reason", record: significantChange() },
    { why: "a change the list does not name (other): the list is a minimum", record: change((c) => (c.event = "other")) },
    { why: "an early review called after a missing episode", record: change((c) => ((c.event = "missing-from-care"), (c.decision = { earlyMeetingConsidered: true, outcome: "early-review", decidedOn: "2027-02-03" }))) },
    { why: "told to the CP Chair (not applicable)", record: change((c) => (c.audience = "cp-chair")) },
  ],
  invalid: [
    { why: "no decision about an early review", record: change((c) => delete c.decision), errors: [{ messageId: "noDecision", path: "/decision", severity: "error" }] },
    {
      why: "the decision is still pending: a warning",
      record: change((c) => (c.decision = { earlyMeetingConsidered: true, outcome: "pending" })),
      errors: [{ messageId: "pending", path: "/decision/outcome", severity: "warning" }],
    },
    {
      why: "a CP Chair's change (concerns increased) told to the IRO: check the audience",
      record: change((c) => (c.event = "concerns-increased")),
      errors: [{ messageId: "notListed", path: "/event", severity: "warning" }],
    },
    {
      why: "an early conference recorded for a child in care",
      record: change((c) => (c.decision = { earlyMeetingConsidered: true, outcome: "early-conference" })),
      errors: [{ messageId: "wrongMeeting", path: "/decision/outcome", severity: "warning" }],
    },
  ],
});
