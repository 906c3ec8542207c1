import { testRule } from "../test-rule.js";
import { ev, lookedAfterFrom } from "../../../test/fixtures/timeline.js";
import rule from "./child-seen-after-placement.js";

// Placed Thu 24 Dec 2026 → seen within 3 calendar days (Christmas does not stretch it) → Sun 27 Dec.
const placed = (...events: ReturnType<typeof ev>[]) => lookedAfterFrom("2026-12-24", { events });

testRule(rule, {
  profile: "knowsley",
  valid: [
    { why: "seen on day 3, Sun 27 Dec", record: placed(ev("child-seen-after-placement", "2026-12-27")), asOf: "2026-12-29" },
    { why: "a social worker visit on day 1 counts", record: placed(ev("lac-visit", "2026-12-25")), asOf: "2026-12-29" },
    { why: "under England there is no such timescale", record: placed(), asOf: "2027-01-29", profile: "england" },
    {
      why: "a move on Mon 4 Jan 2027 is not a placement into care: seen on day 5 of the move (the week of reg 28 times it)",
      record: lookedAfterFrom("2026-12-24", {
        placements: [
          { id: "P1", type: "foster-care", startDate: "2026-12-24", endDate: "2027-01-04", outOfBorough: false },
          { id: "P2", type: "foster-care", startDate: "2027-01-04", outOfBorough: false },
        ],
        events: [ev("child-seen-after-placement", "2026-12-27"), ev("lac-visit", "2027-01-09")],
      }),
      asOf: "2027-01-12",
    },
  ],
  invalid: [
    { why: "seen on day 4, Mon 28 Dec", record: placed(ev("child-seen-after-placement", "2026-12-28")), asOf: "2026-12-29", errors: [{ messageId: "late", path: "/events/0" }] },
    { why: "not seen by Mon 28 Dec", record: placed(), asOf: "2026-12-28", errors: [{ messageId: "overdue", path: "/placements/0/startDate" }] },
  ],
});
