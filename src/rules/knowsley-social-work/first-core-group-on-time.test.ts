import { testRule } from "../test-rule.js";
import { ev, onPlanFrom } from "../../../test/fixtures/timeline.js";
import rule from "./first-core-group-on-time.js";

// Plan from the initial conference on Mon 14 Dec 2026 → 10 working days, skipping 25 and 28 Dec:
// 15–18 Dec = 4, 21–24 Dec = 8, 29–30 Dec = 10 → Wed 30 Dec 2026.
const plan = (...events: ReturnType<typeof ev>[]) => onPlanFrom("2026-12-14", { events: [ev("initial-conference", "2026-12-14"), ...events] });

testRule(rule, {
  profile: "knowsley",
  valid: [
    { why: "first core group on day 10, Wed 30 Dec", record: plan(ev("core-group", "2026-12-30")), asOf: "2026-12-31" },
    { why: "no core group yet, due today", record: plan(), asOf: "2026-12-30" },
  ],
  invalid: [
    { why: "first core group on day 11, Thu 31 Dec", record: plan(ev("core-group", "2026-12-31")), asOf: "2027-01-04", errors: [{ messageId: "late", path: "/events/1" }] },
    { why: "no core group by Thu 31 Dec", record: plan(), asOf: "2026-12-31", errors: [{ messageId: "overdue", path: "/cpPlans/0/startDate" }] },
  ],
});
