import { testRule } from "../test-rule.js";
import { ev, lookedAfterFrom } from "../../../test/fixtures/timeline.js";
import rule from "./social-worker-visits-on-time.js";

// Placed Tue 15 Dec 2026: first visit within 1 week → Tue 22 Dec; then 6 weeks → Tue 2 Feb 2027.
const visits = (...dates: string[]) => lookedAfterFrom("2026-12-15", { events: dates.map((d) => ev("lac-visit", d)) });

// Reg 28(4): a regulation 24 placement (kinship, temporary approval), or a child at home with a parent
// on an interim care order, is visited at least once a week until the first review (held Tue 12 Jan
// 2027 here; visits 22 Dec, 29 Dec, 5 Jan, 12 Jan). After it, at home on the interim care order, at
// least every 4 weeks (12 Jan → Tue 9 Feb); a regulation 24 placement falls back to 6 weeks (the
// case file does not say when the temporary approval ended).
const REVIEW = "2027-01-12";
const regulation24 = (...dates: string[]) =>
  lookedAfterFrom("2026-12-15", {
    placements: [{ id: "P1", type: "kinship", startDate: "2026-12-15", outOfBorough: false, regulation24: true }],
    events: [ev("looked-after-review", REVIEW), ...dates.map((d) => ev("lac-visit", d))],
  });
const atHomeOnIco = (...dates: string[]) =>
  lookedAfterFrom("2026-12-15", {
    legalStatus: [{ status: "interim-care-order", from: "2026-12-15" }],
    placements: [{ id: "P1", type: "placed-with-parents", startDate: "2026-12-15", outOfBorough: false }],
    events: [ev("looked-after-review", REVIEW), ...dates.map((d) => ev("lac-visit", d))],
  });
const WEEKLY = ["2026-12-22", "2026-12-29", "2027-01-05", "2027-01-12"];

testRule(rule, {
  profile: "england",
  valid: [
    { why: "first visit on day 7, 22 Dec", record: visits("2026-12-22"), asOf: "2027-01-05" },
    { why: "second visit exactly 6 weeks later, 2 Feb 2027", record: visits("2026-12-22", "2027-02-02"), asOf: "2027-02-03" },
    { why: "Knowsley cites its own section 8 for visits (visits-to-child-in-care)", record: visits(), asOf: "2027-03-01", profile: "knowsley" },
    { why: "regulation 24: weekly to the first review, then 6 weeks (12 Jan → 23 Feb)", record: regulation24(...WEEKLY, "2027-02-23"), asOf: "2027-02-24" },
    { why: "regulation 24: second visit on 29 Dec, 7 days after the first", record: regulation24("2026-12-22", "2026-12-29"), asOf: "2027-01-05" },
    { why: "at home on an interim care order: weekly, then exactly 4 weeks after the first review's week (9 Feb)", record: atHomeOnIco(...WEEKLY, "2027-02-09"), asOf: "2027-02-10" },
    { why: "regulation 24 under Knowsley: the national reg 28(4) weekly visits still apply", record: regulation24(...WEEKLY), asOf: "2027-01-13", profile: "knowsley" },
  ],
  invalid: [
    { why: "first visit on day 8, 23 Dec", record: visits("2026-12-23"), asOf: "2027-01-05", errors: [{ messageId: "late", path: "/events/0" }] },
    { why: "second visit on 3 Feb, a day past 6 weeks", record: visits("2026-12-22", "2027-02-03"), asOf: "2027-02-04", errors: [{ messageId: "late", path: "/events/1" }] },
    { why: "no visit by 23 Dec", record: visits(), asOf: "2026-12-23", errors: [{ messageId: "overdue", path: "/placements/0/startDate" }] },
    { why: "regulation 24: second visit on 30 Dec, 8 days after the first", record: regulation24("2026-12-22", "2026-12-30"), asOf: "2027-01-05", errors: [{ messageId: "late", path: "/events/2" }] },
    { why: "regulation 24: no second visit by 30 Dec, before the first review", record: regulation24("2026-12-22"), asOf: "2026-12-30", errors: [{ messageId: "overdue", path: "/placements/0/startDate" }] },
    { why: "at home on an interim care order: visit on 10 Feb, 4 weeks and a day after 12 Jan", record: atHomeOnIco(...WEEKLY, "2027-02-10"), asOf: "2027-02-11", errors: [{ messageId: "late", path: "/events/5" }] },
    {
      why: "regulation 24 under Knowsley: a fortnight between visits before the first review",
      record: regulation24("2026-12-22", "2027-01-05"),
      asOf: "2027-01-06",
      profile: "knowsley",
      errors: [{ messageId: "late", path: "/events/2" }],
    },
  ],
});
