import { testRule } from "../test-rule.js";
import { cpCaseFile } from "../../../test/fixtures/records.js";
import type { CaseFile } from "../../types/index.js";
import rule from "./wb-dip-audit-chronology.js";

// Initial conference 14 December 2026, review conference 12 March 2027. A chronology update counts
// for the review if it is after 14 December and on or before 12 March; a dip audit counts if it is
// on or after the conference it is about.
type Event = CaseFile["events"][number];
const file = (...events: Partial<Event>[]) => {
  const cf = cpCaseFile();
  cf.authority = "west-berkshire";
  cf.events.push({ id: "R", type: "review-conference", date: "2027-03-12" });
  events.forEach((e, i) => cf.events.push({ id: `X${i}`, type: "chronology-updated", date: "2026-12-10", ...e }));
  return cf;
};
const chron = (date: string): Partial<Event> => ({ type: "chronology-updated", date });
const dip = (date: string): Partial<Event> => ({ type: "dip-audit", date });

testRule(rule, {
  profile: "west-berkshire",
  valid: [
    { why: "updated before each conference, the second on the review day itself", record: file(chron("2026-12-10"), chron("2027-03-12")), asOf: "2027-03-20" },
    { why: "updated on 15 December 2026, the day after the first conference, counts for the review", record: file(chron("2026-12-10"), chron("2026-12-15")), asOf: "2027-03-20" },
    { why: "not updated before the review, but a dip audit on the review day", record: file(chron("2026-12-10"), dip("2027-03-12")), asOf: "2027-03-20" },
    {
      why: "only the initial conference has happened yet (today is 1 March 2027), and it had an update",
      record: file(chron("2026-12-10")),
      asOf: "2027-03-01",
    },
  ],
  invalid: [
    {
      why: "last updated on 14 December 2026, the first conference's day, so not since; no dip audit",
      record: file(chron("2026-12-10"), chron("2026-12-14")),
      asOf: "2027-03-20",
      errors: [{ messageId: "noDipAudit", path: "/events" }],
    },
    {
      why: "never updated; the dip audit on 11 March 2027 covers the first conference but not the review",
      record: file(dip("2027-03-11")),
      asOf: "2027-03-20",
      errors: [{ messageId: "noDipAudit", path: "/events" }],
    },
    {
      why: "never updated and no dip audits: both conferences",
      record: file(),
      asOf: "2027-03-20",
      errors: [
        { messageId: "noDipAudit", path: "/events" },
        { messageId: "noDipAudit", path: "/events" },
      ],
    },
  ],
});
