import { testRule } from "../test-rule.js";
import { significantChange } from "../../../test/fixtures/records.js";
import type { SignificantChange } from "../../types/index.js";
import rule from "./kiro-significant-change-decided.js";

const decided = (decision: SignificantChange["decision"]) => {
  const c = significantChange();
  if (decision === undefined) delete c.decision;
  else c.decision = decision;
  return c;
};

testRule(rule, {
  profile: "knowsley",
  valid: [
    { why: "considered, and decided no early review was needed", record: significantChange() },
    { why: "considered, and an early review called", record: decided({ earlyMeetingConsidered: true, outcome: "early-review", decidedOn: "2027-02-02" }) },
    {
      why: "told to the CP Chair, not the IRO (not applicable)",
      record: (() => { const c = decided(undefined); c.audience = "cp-chair"; return c; })(),
    },
  ],
  invalid: [
    { why: "no decision recorded", record: decided(undefined), errors: [{ messageId: "noDecision", path: "/decision", severity: "error" }] },
    { why: "recorded as not considered", record: decided({ earlyMeetingConsidered: false, outcome: "no-early-meeting" }), errors: [{ messageId: "notConsidered", path: "/decision/earlyMeetingConsidered", severity: "error" }] },
    { why: "considered but still pending", record: decided({ earlyMeetingConsidered: true, outcome: "pending" }), errors: [{ messageId: "pending", path: "/decision/outcome", severity: "warning" }] },
  ],
});
