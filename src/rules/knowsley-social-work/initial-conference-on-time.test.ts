import { testRule } from "../test-rule.js";
import { blankCaseFile, ev } from "../../../test/fixtures/timeline.js";
import rule from "./initial-conference-on-time.js";

// Strategy discussion Mon 15 Mar 2027 → 15 working days (26 and 29 Mar are Easter bank holidays):
// 16–19 Mar = 4, 22–25 Mar = 8, 30 Mar–2 Apr = 12, 5–7 Apr = 15 → Wed 7 Apr 2027.
// Thu 10 Dec 2026 → 11–24 Dec = 10, 29–31 Dec = 13, 4–5 Jan = 15 → Tue 5 Jan 2027.
const enquiry = (sd: string, icpc?: string) =>
  blankCaseFile({ events: [ev("strategy-discussion", sd), ...(icpc ? [ev("initial-conference", icpc)] : [])] });

testRule(rule, {
  profile: "knowsley",
  valid: [
    { why: "conference on day 15, Wed 7 Apr", record: enquiry("2027-03-15", "2027-04-07"), asOf: "2027-04-08" },
    { why: "conference on day 15 across Christmas, Tue 5 Jan", record: enquiry("2026-12-10", "2027-01-05"), asOf: "2027-01-06" },
    { why: "a child in need plan followed instead", record: blankCaseFile({ events: [ev("strategy-discussion", "2027-03-15"), ev("cin-start", "2027-03-30")] }), asOf: "2027-05-01" },
  ],
  invalid: [
    { why: "conference on day 16, Thu 8 Apr", record: enquiry("2027-03-15", "2027-04-08"), asOf: "2027-04-09", errors: [{ messageId: "late", path: "/events/1" }] },
    { why: "conference on day 16, Wed 6 Jan", record: enquiry("2026-12-10", "2027-01-06"), asOf: "2027-01-07", errors: [{ messageId: "late", path: "/events/1" }] },
    { why: "no conference by Thu 8 Apr", record: enquiry("2027-03-15"), asOf: "2027-04-08", errors: [{ messageId: "overdue", path: "/events/0" }] },
  ],
});
