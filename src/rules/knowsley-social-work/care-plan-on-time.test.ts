import { testRule } from "../test-rule.js";
import { ev, lookedAfterFrom } from "../../../test/fixtures/timeline.js";
import rule from "./care-plan-on-time.js";

// Placed Tue 15 Dec 2026 → care plan within 10 working days: 16–24 Dec = 7, 29–31 Dec = 10 → Thu 31 Dec.
const placed = (...events: ReturnType<typeof ev>[]) => lookedAfterFrom("2026-12-15", { events });

testRule(rule, {
  profile: "knowsley",
  valid: [
    { why: "care plan on day 10, Thu 31 Dec", record: placed(ev("care-plan", "2026-12-31")), asOf: "2027-01-05" },
    { why: "care plan on the first day", record: placed(ev("care-plan", "2026-12-15")), asOf: "2027-01-05" },
  ],
  invalid: [
    { why: "care plan on day 11, Mon 4 Jan 2027 (1 Jan skipped)", record: placed(ev("care-plan", "2027-01-04")), asOf: "2027-01-05", errors: [{ messageId: "late", path: "/events/0" }] },
    { why: "no care plan by Mon 4 Jan 2027", record: placed(), asOf: "2027-01-04", errors: [{ messageId: "overdue", path: "/placements/0/startDate" }] },
  ],
});
