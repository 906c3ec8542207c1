import { testRule } from "../test-rule.js";
import { ev, onPlanFrom } from "../../../test/fixtures/timeline.js";
import rule from "./cp-visits-on-time.js";

// Plan from Wed 7 Apr 2027 → a visit at least every 4 weeks: by Wed 5 May, then 4 weeks after each.
const plan = (...events: ReturnType<typeof ev>[]) => onPlanFrom("2027-04-07", { events: [ev("initial-conference", "2027-04-07"), ...events] });

testRule(rule, {
  profile: "knowsley",
  valid: [
    { why: "visit on the last day, Wed 5 May", record: plan(ev("cp-visit", "2027-05-05")), asOf: "2027-05-06" },
    { why: "visits 14 Apr then 12 May, 4 weeks apart", record: plan(ev("cp-visit", "2027-04-14"), ev("cp-visit", "2027-05-12")), asOf: "2027-05-13" },
  ],
  invalid: [
    { why: "first visit on Thu 6 May, a day past 4 weeks", record: plan(ev("cp-visit", "2027-05-06")), asOf: "2027-05-07", errors: [{ messageId: "late", path: "/events/1" }] },
    { why: "visits 14 Apr then 13 May", record: plan(ev("cp-visit", "2027-04-14"), ev("cp-visit", "2027-05-13")), asOf: "2027-05-14", errors: [{ messageId: "late", path: "/events/2" }] },
    { why: "no visit by Thu 6 May", record: plan(), asOf: "2027-05-06", errors: [{ messageId: "overdue", path: "/cpPlans/0/startDate" }] },
  ],
});
