import { testRule } from "../test-rule.js";
import { ev, lookedAfterFrom } from "../../../test/fixtures/timeline.js";
import rule from "./looked-after-reviews-on-time.js";

// Looked after from Tue 15 Dec 2026. First review: 20 working days, skipping 25 and 28 Dec and 1 Jan:
// 16–24 Dec = 7, 29–31 Dec = 10, 4–8 Jan = 15, 11–15 Jan = 20 → Fri 15 Jan 2027.
// Second: 3 months after the first (15 Jan → Thu 15 Apr 2027).
const reviews = (...dates: string[]) => lookedAfterFrom("2026-12-15", { events: dates.map((d) => ev("looked-after-review", d)) });

testRule(rule, {
  profile: "england",
  valid: [
    { why: "first review on day 20, Fri 15 Jan 2027", record: reviews("2027-01-15"), asOf: "2027-01-20" },
    { why: "no review yet, due today", record: reviews(), asOf: "2027-01-15" },
    { why: "second review exactly 3 months after the first", record: reviews("2027-01-15", "2027-04-15"), asOf: "2027-04-20" },
    { why: "under Knowsley the review timescales are still the national ones", record: reviews("2027-01-15"), asOf: "2027-01-20", profile: "knowsley" },
  ],
  invalid: [
    { why: "first review on day 21, Mon 18 Jan 2027", record: reviews("2027-01-18"), asOf: "2027-01-20", errors: [{ messageId: "late", path: "/events/0" }] },
    { why: "no first review by Mon 18 Jan 2027", record: reviews(), asOf: "2027-01-18", errors: [{ messageId: "overdue", path: "/legalStatus/0/from" }] },
    { why: "second review on Fri 16 Apr, a day past 3 months", record: reviews("2027-01-15", "2027-04-16"), asOf: "2027-04-20", errors: [{ messageId: "late", path: "/events/1" }] },
  ],
});
