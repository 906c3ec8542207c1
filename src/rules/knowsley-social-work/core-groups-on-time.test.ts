import { testRule } from "../test-rule.js";
import { ev, onPlanFrom } from "../../../test/fixtures/timeline.js";
import rule from "./core-groups-on-time.js";

// Plan from Wed 7 Apr 2027; first core group Wed 21 Apr (KSW-4.CG1's). The next within 28 days → Wed 19 May.
// Minutes within 5 working days of Wed 21 Apr: 22, 23, 26, 27, 28 Apr → Wed 28 Apr.
const plan = (...events: ReturnType<typeof ev>[]) => onPlanFrom("2027-04-07", { events: [ev("initial-conference", "2027-04-07"), ...events] });

testRule(rule, {
  profile: "knowsley",
  valid: [
    {
      why: "second core group on day 28 and minutes on day 5",
      record: plan(ev("core-group", "2027-04-21", { minutesDistributedOn: "2027-04-28" }), ev("core-group", "2027-05-19", { minutesDistributedOn: "2027-05-20" })),
      asOf: "2027-05-20",
    },
  ],
  invalid: [
    {
      why: "second core group on day 29, Thu 20 May",
      record: plan(ev("core-group", "2027-04-21", { minutesDistributedOn: "2027-04-28" }), ev("core-group", "2027-05-20", { minutesDistributedOn: "2027-05-21" })),
      asOf: "2027-05-21",
      errors: [{ messageId: "late", path: "/events/2" }],
    },
    {
      why: "minutes on the 6th working day, Thu 29 Apr",
      record: plan(ev("core-group", "2027-04-21", { minutesDistributedOn: "2027-04-29" })),
      asOf: "2027-04-30",
      errors: [{ messageId: "late", path: "/events/1/minutesDistributedOn" }],
    },
    {
      why: "no second core group by Thu 20 May",
      record: plan(ev("core-group", "2027-04-21", { minutesDistributedOn: "2027-04-28" })),
      asOf: "2027-05-20",
      errors: [{ messageId: "overdue", path: "/cpPlans/0/startDate" }],
    },
  ],
});
