import { testRule } from "../test-rule.js";
import { caseFile, escalation, qaProgressReview } from "../../../test/fixtures/records.js";
import type { CaseFile, Escalation } from "../../types/index.js";
import rule from "./gl-qapr-inadequate-challenge.js";

const iro = { name: "Siân Llŷr", role: "Independent Reviewing Officer" };

/**
 * Amara's case file with a QA progress review graded Inadequate on Wednesday 23 December 2026.
 * Hand-worked: the challenge is due 5 working days later = 24, 29, 30, 31 December, 4 January →
 * Monday 4 January 2027.
 */
function withChallenge(formalOn?: string, link = true): CaseFile {
  const cf = caseFile();
  cf.authority = "gloucestershire";
  cf.records.push({ ...qaProgressReview(), id: "QAPR-2026-12", date: "2026-12-23", grade: "Inadequate", escalationDecision: { decision: "formal", reason: "Significant concern." } });
  if (formalOn) {
    const e: Escalation = escalation();
    e.id = "ESC-QAPR";
    if (link) e.linkedRecordId = "QAPR-2026-12";
    e.events.push({ type: "raise-formal", date: formalOn, stage: "formal-1", by: iro, text: "Formal challenge." });
    e.events[0]!.date = "2026-12-01"; // the informal step came first
    e.events[0]!.responseDueDate = "2026-12-08";
    cf.records.push(e);
  }
  return cf;
}

testRule(rule, {
  profile: "gloucestershire",
  valid: [
    { why: "the linked formal challenge raised on day 5, Monday 4 January 2027", record: withChallenge("2027-01-04"), asOf: "2027-02-01" },
    { why: "an unlinked escalation that went formal after the review, on day 5", record: withChallenge("2027-01-04", false), asOf: "2027-02-01" },
    { why: "no challenge yet, and today is the due date", record: withChallenge(), asOf: "2027-01-04" },
    { why: "the linked escalation was already formal before the review", record: withChallenge("2026-12-21"), asOf: "2027-02-01" },
    {
      why: "a review checked on its own, outside a case file (not applicable)",
      record: { ...qaProgressReview(), grade: "Inadequate" },
      asOf: "2027-06-01",
    },
  ],
  invalid: [
    { why: "the formal challenge raised on day 6, Tuesday 5 January 2027", record: withChallenge("2027-01-05"), asOf: "2027-02-01", errors: [{ messageId: "late", path: "/records/1/grade" }] },
    { why: "no formal challenge, and the due date has passed", record: withChallenge(), asOf: "2027-01-05", errors: [{ messageId: "overdue", path: "/records/1/grade" }] },
    {
      why: "an unlinked escalation that went formal before the review does not answer it",
      record: withChallenge("2026-12-21", false),
      asOf: "2027-01-05",
      errors: [{ messageId: "overdue", path: "/records/1/grade" }],
    },
  ],
});
