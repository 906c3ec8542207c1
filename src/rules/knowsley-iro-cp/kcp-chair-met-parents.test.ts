import { testRule } from "../test-rule.js";
import { cpCaseFile, cpConference } from "../../../test/fixtures/records.js";
import type { CpConference } from "../../types/index.js";
import rule from "./kcp-chair-met-parents.js";

// Conference on 14 December 2026: a meeting on 14 December (the same day) passes, on 15 December fails.
const met = (chairMetParents: CpConference["chairMetParents"]) => {
  const c = cpConference();
  if (chairMetParents === undefined) delete c.chairMetParents;
  else c.chairMetParents = chairMetParents;
  return c;
};
// A review conference on 12 March 2027 in a case file whose initial conference was 14 December 2026.
const review = (metOn: string) => {
  const cf = cpCaseFile();
  const r = cpConference();
  r.id = "RCPC-2027-03-12";
  r.conferenceType = "review";
  r.conferenceDate = "2027-03-12";
  r.chairMetParents = { metOn, parents: ["Olga Sokolova"] };
  delete r.minutes;
  cf.records.push(r);
  return cf;
};

testRule(rule, {
  profile: "knowsley",
  valid: [
    { why: "the fixture: the chair met the mother on the conference day", record: cpConference() },
    { why: "met the parents three days before", record: met({ metOn: "2026-12-11", parents: ["Olga Sokolova"] }) },
    { why: "review conference: met the parents on 10 March 2027, after the last conference", record: review("2027-03-10"), asOf: "2027-03-20" },
  ],
  invalid: [
    {
      why: "met the parents on 15 December 2026, the day after the conference",
      record: met({ metOn: "2026-12-15" }),
      errors: [{ messageId: "after", path: "/chairMetParents/metOn" }],
    },
    { why: "no record of a meeting", record: met(undefined), errors: [{ messageId: "notRecorded", path: "/chairMetParents/metOn" }] },
    { why: "a meeting entry with no date and no reason", record: met({ parents: ["Olga Sokolova"] }), errors: [{ messageId: "notRecorded", path: "/chairMetParents/metOn" }] },
    {
      why: "not met, with a reason: a warning to check",
      record: met({ notMetReason: "Mother declined to meet before the conference." }),
      errors: [{ messageId: "notMet", path: "/chairMetParents/notMetReason", severity: "warning" }],
    },
    {
      why: "review conference: the meeting date is the previous conference's day, 14 December 2026",
      record: review("2026-12-14"),
      asOf: "2027-03-20",
      errors: [{ messageId: "stale", path: "/records/2/chairMetParents/metOn" }],
    },
  ],
});
