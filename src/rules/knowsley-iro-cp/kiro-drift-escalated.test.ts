import { testRule } from "../test-rule.js";
import { caseFile, escalation, lookedAfterReview } from "../../../test/fixtures/records.js";
import type { CaseFile, Escalation } from "../../types/index.js";
import rule from "./kiro-drift-escalated.js";

// The fixture review (10 December 2026) made D1, due 26 February 2027, and D2, due 15 January 2027.
// The fixture escalation is about D2, raised informally on 18 January 2027.
const withRecords = (...extra: CaseFile["records"]): CaseFile => {
  const cf = caseFile();
  cf.records.push(...extra);
  return cf;
};
const unlinkedOn = (date: string): Escalation => {
  const e = escalation();
  delete e.linkedDecisionIds;
  e.events[0]!.date = date;
  return e;
};

testRule(rule, {
  profile: "knowsley",
  valid: [
    { why: "today 15 January 2027 is D2's due date: not yet past it", record: caseFile(), asOf: "2027-01-15" },
    { why: "D2 is past due and the escalation names it; D1 not yet due", record: withRecords(escalation()), asOf: "2027-02-26" },
    { why: "an escalation naming no decisions, raised on D2's due date", record: withRecords(unlinkedOn("2027-01-15")), asOf: "2027-02-01" },
    {
      why: "D2 was done late but is done",
      record: (() => {
        const cf = caseFile();
        const r = cf.records[0] as ReturnType<typeof lookedAfterReview>;
        r.decisions[1]!.updates = [{ on: "2027-01-29", status: "done" }];
        return cf;
      })(),
      asOf: "2027-02-01",
    },
    { why: "no decisions at all (not applicable)", record: (() => { const cf = caseFile(); cf.records = []; return cf; })(), asOf: "2027-06-01" },
  ],
  invalid: [
    {
      why: "today 16 January 2027, the day after D2 fell due, with no escalation",
      record: caseFile(),
      asOf: "2027-01-16",
      errors: [{ messageId: "notEscalated", path: "/records/0/decisions/1" }],
    },
    {
      why: "an escalation naming no decisions, raised the day before D2 fell due",
      record: withRecords(unlinkedOn("2027-01-14")),
      asOf: "2027-02-01",
      errors: [{ messageId: "notEscalated", path: "/records/0/decisions/1" }],
    },
    {
      why: "today 27 February 2027: D1 is past due too, and the escalation names only D2",
      record: withRecords(escalation()),
      asOf: "2027-02-27",
      errors: [{ messageId: "notEscalated", path: "/records/0/decisions/0" }],
    },
  ],
});
