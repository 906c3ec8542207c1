import { testRule } from "../test-rule.js";
import { cpPlan } from "../../../test/fixtures/records.js";
import rule from "./kcp-plan-smart.js";

// The fixture plan was made at the conference on 14 December 2026 (10:00).
const withAction = (change: (a: ReturnType<typeof cpPlan>["outcomes"][number]["actions"][number]) => void) => {
  const p = cpPlan();
  change(p.outcomes[0]!.actions[0]!);
  return p;
};

testRule(rule, {
  profile: "knowsley",
  valid: [
    { why: "the fixture's action is open, due 18 December, with its own measure", record: cpPlan() },
    { why: "an open action due on the conference day itself is still timed", record: withAction((a) => (a.dueDate = "2026-12-14")) },
    {
      why: "a done action from before the conference is history, not an untimed action",
      record: withAction((a) => {
        a.dueDate = "2026-11-30";
        a.updates = [{ on: "2026-11-30", status: "done" }];
      }),
    },
    {
      why: "one dropped action is fine while another is still open",
      record: (() => {
        const p = cpPlan();
        const a = p.outcomes[0]!.actions[0]!;
        p.outcomes[0]!.actions.push({ ...a, updates: [{ on: "2026-12-15", status: "dropped" }] });
        return p;
      })(),
      asOf: "2026-12-21",
    },
  ],
  invalid: [
    {
      why: "an open action due 13 December, the day before the conference",
      record: withAction((a) => (a.dueDate = "2026-12-13")),
      errors: [{ messageId: "untimed", path: "/outcomes/0/actions/0/dueDate" }],
    },
    {
      why: "the measure only repeats the action",
      record: withAction((a) => (a.measure = "arrange emergency heating repair with the landlord")),
      errors: [{ messageId: "unmeasured", path: "/outcomes/0/actions/0/measure" }],
    },
    {
      why: "the outcome's only action was dropped",
      record: withAction((a) => (a.updates = [{ on: "2026-12-15", status: "dropped" }])),
      asOf: "2026-12-21",
      errors: [{ messageId: "noLiveAction", path: "/outcomes/0/actions" }],
    },
  ],
});
