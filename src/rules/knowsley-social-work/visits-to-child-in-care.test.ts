import { testRule } from "../test-rule.js";
import { ev, lookedAfterFrom } from "../../../test/fixtures/timeline.js";
import rule from "./visits-to-child-in-care.js";

// Placed Tue 15 Dec 2026 → first visit within 1 week → Tue 22 Dec; then every 6 weeks → Tue 2 Feb 2027;
// out of borough in residential care every 4 weeks → Tue 19 Jan 2027.
const visits = (...dates: string[]) => lookedAfterFrom("2026-12-15", { events: dates.map((d) => ev("lac-visit", d)) });
function residentialOutOfBorough(...dates: string[]) {
  const cf = visits(...dates);
  cf.placements = [{ id: "P1", type: "residential", startDate: "2026-12-15", outOfBorough: true }];
  return cf;
}

testRule(rule, {
  profile: "knowsley",
  valid: [
    { why: "first visit on day 7, next 6 weeks later", record: visits("2026-12-22", "2027-02-02"), asOf: "2027-02-03" },
    { why: "out of borough residential: visits 4 weeks apart", record: residentialOutOfBorough("2026-12-22", "2027-01-19"), asOf: "2027-01-20" },
  ],
  invalid: [
    { why: "first visit on day 8", record: visits("2026-12-23"), asOf: "2026-12-24", errors: [{ messageId: "late", path: "/events/0" }] },
    { why: "second visit a day past 6 weeks", record: visits("2026-12-22", "2027-02-03"), asOf: "2027-02-04", errors: [{ messageId: "late", path: "/events/1" }] },
    { why: "out of borough residential: second visit a day past 4 weeks", record: residentialOutOfBorough("2026-12-22", "2027-01-20"), asOf: "2027-01-21", errors: [{ messageId: "late", path: "/events/1" }] },
    { why: "no visit by Wed 23 Dec", record: visits(), asOf: "2026-12-23", errors: [{ messageId: "overdue", path: "/placements/0/startDate" }] },
  ],
});
