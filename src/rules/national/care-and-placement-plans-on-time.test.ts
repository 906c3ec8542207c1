import { testRule } from "../test-rule.js";
import { ev, lookedAfterFrom } from "../../../test/fixtures/timeline.js";
import rule from "./care-and-placement-plans-on-time.js";

// Placed Tue 15 Dec 2026. Placement plan 5 working days → Tue 22 Dec. Care plan 10 working days:
// 16–24 Dec = 7, 29–31 Dec = 10 → Thu 31 Dec (25 and 28 Dec are bank holidays).
const plans = (ppm: string, carePlan: string) =>
  lookedAfterFrom("2026-12-15", { events: [ev("placement-planning-meeting", ppm), ev("care-plan", carePlan)] });

testRule(rule, {
  profile: "england",
  valid: [
    { why: "placement plan on day 5 and care plan on day 10", record: plans("2026-12-22", "2026-12-31"), asOf: "2027-01-05" },
    { why: "care plan made on the day the child became looked after", record: plans("2026-12-22", "2026-12-15"), asOf: "2027-01-05" },
    { why: "Knowsley cites its own standards for both (care-plan-on-time, placement-planning-meeting-on-time)", record: lookedAfterFrom("2026-12-15"), asOf: "2027-02-01", profile: "knowsley" },
  ],
  invalid: [
    { why: "placement plan on day 6, Wed 23 Dec", record: plans("2026-12-23", "2026-12-31"), asOf: "2027-01-05", errors: [{ messageId: "late", path: "/events/0" }] },
    { why: "care plan on day 11, Mon 4 Jan 2027 (1 Jan skipped)", record: plans("2026-12-22", "2027-01-04"), asOf: "2027-01-05", errors: [{ messageId: "late", path: "/events/1" }] },
    {
      why: "neither by Mon 4 Jan 2027",
      record: lookedAfterFrom("2026-12-15"),
      asOf: "2027-01-04",
      errors: [
        { messageId: "overdue", path: "/placements/0/startDate" },
        { messageId: "overdue", path: "/placements/0/startDate" },
      ],
    },
  ],
});
