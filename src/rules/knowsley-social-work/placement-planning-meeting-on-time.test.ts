import { testRule } from "../test-rule.js";
import { ev, lookedAfterFrom } from "../../../test/fixtures/timeline.js";
import rule from "./placement-planning-meeting-on-time.js";

// Placed Tue 22 Dec 2026 → meeting within 5 working days: 23, 24, 29, 30, 31 Dec → Thu 31 Dec.
const placed = (...events: ReturnType<typeof ev>[]) => lookedAfterFrom("2026-12-22", { events });

testRule(rule, {
  profile: "knowsley",
  valid: [
    { why: "meeting on day 5, Thu 31 Dec", record: placed(ev("placement-planning-meeting", "2026-12-31")), asOf: "2027-01-04" },
    { why: "not held yet, due today", record: placed(), asOf: "2026-12-31" },
  ],
  invalid: [
    { why: "meeting on day 6, Mon 4 Jan 2027", record: placed(ev("placement-planning-meeting", "2027-01-04")), asOf: "2027-01-05", errors: [{ messageId: "late", path: "/events/0" }] },
    { why: "no meeting by Mon 4 Jan 2027", record: placed(), asOf: "2027-01-04", errors: [{ messageId: "overdue", path: "/placements/0/startDate" }] },
  ],
});
