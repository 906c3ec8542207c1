import { testRule } from "../test-rule.js";
import { qaProgressReview } from "../../../test/fixtures/records.js";
import type { QaProgressReview } from "../../types/index.js";
import rule from "./gl-qapr-grade-follow-up.js";

const review = (change: (r: QaProgressReview) => void) => {
  const r = qaProgressReview();
  change(r);
  return r;
};
const shared = [
  { role: "Social Worker", date: "2027-03-11" },
  { role: "Team Manager", name: "Fatima Al-Sayed", date: "2027-03-11" },
];

testRule(rule, {
  profile: "gloucestershire",
  valid: [
    { why: "Good, shared with the social worker and team manager", record: review((r) => (r.sharedWith = shared)) },
    { why: "Requires Improvement, with an informal escalation decided", record: review((r) => ((r.grade = "Requires Improvement"), (r.escalationDecision = { decision: "informal", reason: "Minor delay." }))) },
    { why: "Inadequate, with a formal challenge decided", record: review((r) => ((r.grade = "Inadequate"), (r.escalationDecision = { decision: "formal", reason: "Significant harm." }))) },
    { why: "Good on the CP form: sharing is asked of the IRO form (not applicable)", record: review((r) => (r.form = "cp")) },
  ],
  invalid: [
    { why: "Good, shared with no one", record: qaProgressReview(), errors: [{ messageId: "notShared", path: "/sharedWith" }] },
    { why: "Outstanding, shared with the social worker only", record: review((r) => ((r.grade = "Outstanding"), (r.sharedWith = shared.slice(0, 1)))), errors: [{ messageId: "notShared" }] },
    {
      why: "Requires Improvement with no escalation decision: a warning",
      record: review((r) => (r.grade = "Requires Improvement")),
      errors: [{ messageId: "noDecision", path: "/escalationDecision", severity: "warning" }],
    },
    {
      why: "Inadequate with only an informal escalation decided",
      record: review((r) => ((r.grade = "Inadequate"), (r.escalationDecision = { decision: "informal", reason: "Discuss first." }))),
      errors: [{ messageId: "inadequateNotFormal", path: "/escalationDecision/decision" }],
    },
  ],
});
