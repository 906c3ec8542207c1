import { testRule } from "../test-rule.js";
import { caseFile, escalation, lookedAfterReview } from "../../../test/fixtures/records.js";
import type { Escalation } from "../../types/index.js";
import rule from "./kiro-placement-escalated.js";

// The fixture review is on 10 December 2026.
const notMeeting = () => {
  const r = lookedAfterReview();
  r.placement.meetsNeeds = false;
  r.placement.iroView = "The carers cannot manage the child's health needs.";
  return r;
};
/** An escalation first raised on `date`, optionally naming the review. */
const escalatedOn = (date: string, linkedRecordId?: string): Escalation => {
  const e = escalation();
  e.events[0]!.date = date;
  delete e.linkedDecisionIds;
  if (linkedRecordId) e.linkedRecordId = linkedRecordId;
  return e;
};
const inCaseFile = (...escalations: Escalation[]) => {
  const cf = caseFile();
  cf.records = [notMeeting(), ...escalations];
  return cf;
};

testRule(rule, {
  profile: "knowsley",
  valid: [
    { why: "the placement meets the child's needs", record: lookedAfterReview() },
    { why: "in a case file, an escalation raised on the day of the review", record: inCaseFile(escalatedOn("2026-12-10")) },
    { why: "in a case file, an escalation raised a week later", record: inCaseFile(escalatedOn("2026-12-17")) },
    { why: "in a case file, an escalation raised before the review that names it", record: inCaseFile(escalatedOn("2026-12-01", "LAR-2026-12-10")) },
  ],
  invalid: [
    {
      why: "on its own the review cannot see escalations: please check",
      record: notMeeting(),
      errors: [{ messageId: "checkEscalated", path: "/placement/meetsNeeds", severity: "warning" }],
    },
    {
      why: "in a case file with no escalation at all",
      record: inCaseFile(),
      errors: [{ messageId: "notEscalated", path: "/records/0/placement/meetsNeeds", severity: "error" }],
    },
    {
      why: "in a case file, the only escalation was raised the day before the review and does not name it",
      record: inCaseFile(escalatedOn("2026-12-09")),
      errors: [{ messageId: "notEscalated", path: "/records/0/placement/meetsNeeds" }],
    },
    {
      why: "the IRO's view is only spaces",
      record: (() => {
        const r = lookedAfterReview();
        r.placement.iroView = " ";
        return r;
      })(),
      errors: [{ messageId: "noView", path: "/placement/iroView" }],
    },
  ],
});
