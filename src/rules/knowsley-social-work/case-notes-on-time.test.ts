import { testRule } from "../test-rule.js";
import { blankCaseFile, ev } from "../../../test/fixtures/timeline.js";
import rule from "./case-notes-on-time.js";

// A visit on Wed 23 Dec 2026 → its case note within 5 working days: 24, 29, 30, 31 Dec, 4 Jan → Mon 4 Jan 2027.
const note = (recordedOn?: string) => blankCaseFile({ events: [ev("case-note", "2026-12-23", recordedOn ? { recordedOn } : {})] });

testRule(rule, {
  profile: "knowsley",
  valid: [
    { why: "recorded on day 5, Mon 4 Jan 2027", record: note("2027-01-04"), asOf: "2027-01-05" },
    { why: "not recorded yet, due today", record: note(), asOf: "2027-01-04" },
    { why: "a visit whose note date is tracked and on time", record: blankCaseFile({ events: [ev("lac-visit", "2026-12-23", { recordedOn: "2026-12-24" })] }), asOf: "2027-01-05" },
  ],
  invalid: [
    { why: "recorded on day 6, Tue 5 Jan 2027", record: note("2027-01-05"), asOf: "2027-01-06", errors: [{ messageId: "late", path: "/events/0/recordedOn" }] },
    { why: "not recorded by Tue 5 Jan 2027", record: note(), asOf: "2027-01-05", errors: [{ messageId: "overdue", path: "/events/0" }] },
  ],
});
