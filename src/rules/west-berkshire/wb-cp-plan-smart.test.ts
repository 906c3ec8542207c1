import { testRule } from "../test-rule.js";
import { cpPlan } from "../../../test/fixtures/records.js";
import rule from "./wb-cp-plan-smart.js";

// The fixture plan was made at the conference on 14 December 2026: an open action due that day is
// timed; one due 13 December is not.
const withAction = (change: (a: ReturnType<typeof cpPlan>["outcomes"][number]["actions"][number]) => void) => {
  const p = cpPlan();
  change(p.outcomes[0]!.actions[0]!);
  return p;
};

testRule(rule, {
  profile: "west-berkshire",
  valid: [
    { why: "the fixture plan: open action due 18 December with its own measure", record: cpPlan() },
    { why: "an open action due on the conference day", record: withAction((a) => (a.dueDate = "2026-12-14")) },
  ],
  invalid: [
    {
      why: "an open action due on 13 December, before the plan was made",
      record: withAction((a) => (a.dueDate = "2026-12-13")),
      errors: [{ messageId: "untimed", path: "/outcomes/0/actions/0/dueDate", severity: "warning" }],
    },
    {
      why: "the measure repeats the action",
      record: withAction((a) => (a.measure = a.text)),
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
