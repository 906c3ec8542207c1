import { testRule } from "../test-rule.js";
import { ev, lookedAfterFrom } from "../../../test/fixtures/timeline.js";
import rule from "./social-worker-visits-on-time.js";

// Placed Tue 15 Dec 2026: first visit within 1 week → Tue 22 Dec; then 6 weeks → Tue 2 Feb 2027.
const visits = (...dates: string[]) => lookedAfterFrom("2026-12-15", { events: dates.map((d) => ev("lac-visit", d)) });

testRule(rule, {
  profile: "england",
  valid: [
    { why: "first visit on day 7, 22 Dec", record: visits("2026-12-22"), asOf: "2027-01-05" },
    { why: "second visit exactly 6 weeks later, 2 Feb 2027", record: visits("2026-12-22", "2027-02-02"), asOf: "2027-02-03" },
    { why: "Knowsley cites its own section 8 for visits (visits-to-child-in-care)", record: visits(), asOf: "2027-03-01", profile: "knowsley" },
  ],
  invalid: [
    { why: "first visit on day 8, 23 Dec", record: visits("2026-12-23"), asOf: "2027-01-05", errors: [{ messageId: "late", path: "/events/0" }] },
    { why: "second visit on 3 Feb, a day past 6 weeks", record: visits("2026-12-22", "2027-02-03"), asOf: "2027-02-04", errors: [{ messageId: "late", path: "/events/1" }] },
    { why: "no visit by 23 Dec", record: visits(), asOf: "2026-12-23", errors: [{ messageId: "overdue", path: "/placements/0/startDate" }] },
  ],
});
