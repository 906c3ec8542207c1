import { testRule } from "../test-rule.js";
import { escalation } from "../../../test/fixtures/records.js";
import rule from "./gl-category.js";

testRule(rule, {
  profile: "gloucestershire",
  valid: [
    { why: "about a drifting decision, categorised Drift and Delay", record: escalation() },
    {
      why: "no linked decisions: any of the three categories fits (not applicable)",
      record: (() => {
        const e = escalation();
        delete e.linkedDecisionIds;
        e.category = "Process";
        return e;
      })(),
    },
  ],
  invalid: [
    {
      why: "about a drifting decision but categorised Process",
      record: (() => {
        const e = escalation();
        e.category = "Process";
        return e;
      })(),
      errors: [{ messageId: "drift", path: "/category", severity: "warning" }],
    },
  ],
});
