import { testRule } from "../test-rule.js";
import { caseFile, escalation, lookedAfterReview } from "../../../test/fixtures/records.js";
import type { CaseFile, Escalation } from "../../types/index.js";
import rule from "./kiro-drift-formal.js";

// D2 (fixture review, 10 December 2026) was due 15 January 2027. Knowsley's monitoring interval is
// 3 months, worked by hand: 15 January + 3 months = 15 April 2027, so drift "lasts" from 16 April.
// The fixture escalation about D2 was raised informally on 18 January 2027; + 3 months = 18 April 2027.
const formal = (): Escalation => {
  const e = escalation();
  e.events.push({ ...e.events[0]!, type: "raise-formal", stage: "formal-1", date: "2027-02-15", text: "Raised formally." });
  return e;
};
const inCaseFile = (...escalations: Escalation[]): CaseFile => {
  const cf = caseFile();
  cf.records.push(...escalations);
  return cf;
};

testRule(rule, {
  profile: "knowsley",
  valid: [
    { why: "in a case file, still informal on 15 April 2027, exactly 3 months after D2 fell due", record: inCaseFile(escalation()), asOf: "2027-04-15" },
    { why: "in a case file, D2 long overdue but the escalation went formal", record: inCaseFile(formal()), asOf: "2027-06-01" },
    {
      why: "in a case file, an informal escalation, but a second one about D2 went formal",
      record: inCaseFile(escalation(), (() => { const e = formal(); e.id = "ESC-2027-02"; return e; })()),
      asOf: "2027-06-01",
    },
    {
      why: "in a case file, D2 was done, so the drift ended",
      record: (() => {
        const cf = inCaseFile(escalation());
        (cf.records[0] as ReturnType<typeof lookedAfterReview>).decisions[1]!.updates = [{ on: "2027-05-20", status: "done" }];
        return cf;
      })(),
      asOf: "2027-06-01",
    },
    { why: "alone, informal on 18 April 2027, exactly 3 months after it was raised", record: escalation(), asOf: "2027-04-18" },
    {
      why: "alone, informal for months but resolved",
      record: (() => { const e = escalation(); e.outcome = { resolvedOn: "2027-02-01", summary: "Contact started." }; return e; })(),
      asOf: "2027-06-01",
    },
    {
      why: "alone, a safeguarding escalation is not about drift (not applicable)",
      record: (() => { const e = escalation(); e.category = "Safeguarding"; return e; })(),
      asOf: "2027-06-01",
    },
  ],
  invalid: [
    {
      why: "in a case file, still informal on 16 April 2027, more than 3 months after D2 fell due",
      record: inCaseFile(escalation()),
      asOf: "2027-04-16",
      errors: [{ messageId: "decisionInformal", path: "/records/1/events", severity: "error" }],
    },
    {
      why: "alone, still informal on 19 April 2027, more than 3 months after it was raised",
      record: escalation(),
      asOf: "2027-04-19",
      errors: [{ messageId: "staleInformal", path: "/events", severity: "warning" }],
    },
  ],
});
