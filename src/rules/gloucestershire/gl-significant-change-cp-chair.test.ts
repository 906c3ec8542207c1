import { testRule } from "../test-rule.js";
import { significantChange } from "../../../test/fixtures/records.js";
import type { SignificantChange } from "../../types/index.js";
import rule from "./gl-significant-change-cp-chair.js";

/** A change told to the CP Chair: concerns increased on 1 February 2027, an early conference called. */
const change = (edit: (c: SignificantChange) => void = () => {}) => {
  const c = significantChange();
  c.audience = "cp-chair";
  c.event = "concerns-increased";
  c.decision = { earlyMeetingConsidered: true, outcome: "early-conference", decidedOn: "2027-02-03", reason: "Injury seen at school." };
  edit(c);
  return c;
};

testRule(rule, {
  profile: "gloucestershire",
  valid: [
    { why: "concerns increased and an early conference called", record: change() },
    { why: "the child moved out of county; no early conference", record: change((c) => ((c.event = "moved-out-of-county"), (c.decision = { earlyMeetingConsidered: true, outcome: "no-early-meeting" }))) },
    { why: "told to the IRO (not applicable)", record: significantChange() },
  ],
  invalid: [
    { why: "no decision about an early conference", record: change((c) => delete c.decision), errors: [{ messageId: "noDecision", path: "/decision", severity: "error" }] },
    {
      why: "the decision is still pending: a warning",
      record: change((c) => (c.decision = { earlyMeetingConsidered: true, outcome: "pending" })),
      errors: [{ messageId: "pending", path: "/decision/outcome", severity: "warning" }],
    },
    {
      why: "an IRO's change (missing from care) told to the CP Chair: check the audience",
      record: change((c) => (c.event = "missing-from-care")),
      errors: [{ messageId: "notListed", path: "/event", severity: "warning" }],
    },
    {
      why: "an early looked-after review recorded for a child on a plan",
      record: change((c) => (c.decision = { earlyMeetingConsidered: true, outcome: "early-review" })),
      errors: [{ messageId: "wrongMeeting", path: "/decision/outcome", severity: "warning" }],
    },
  ],
});
