/**
 * Knowsley CP Chair Standard 1.1 (Monitoring the Child's Plan):
 *   "CP Chair to ensure that the child's Child Protection Plan/permanence plan is fully focussed,
 *   SMART, fully reflects the current risks and circumstances of the child and each child has an
 *   individual plan."
 *
 * This rule is the SMART part, on the plan itself; kcp-plan-for-each-child is the "individual plan"
 * part, across the case file. The schema already makes every action name a person, a due date and a
 * measure, and every outcome name the risk it addresses; this rule catches a plan that fills those
 * fields and is still not SMART (helpers/smart-plan.ts):
 *  - an open action already past its due date when the plan was made is not timed;
 *  - a measure that only repeats the action cannot be measured;
 *  - an outcome whose every action was dropped has nothing being done to achieve it.
 * Whether the words "reflect the current risks" is a judgement for the chair, not for a checker.
 */
import { defineRule } from "../define-rule.js";
import { reportSmartPlanProblems } from "../helpers/index.js";

export default defineRule({
  id: "kcp-plan-smart",
  appliesTo: ["cp-plan"],
  severity: "error",
  description: "Every action in the child protection plan is timed from the conference, has its own measure, and every outcome has an action still being worked on.",
  source: { document: "000_e97c8872ca661401.txt", paragraph: "CP Chair Standard 1.1", requirement: "KCP-1.1" },
  messages: {
    untimed:
      "Action {{action}} of outcome {{outcome}} is open with a due date of {{due}}, before the conference on {{conference}} that made the plan: give it a new date so the plan is timed.",
    unmeasured:
      "Action {{action}} of outcome {{outcome}}: \"how we will know it is done\" repeats the action, so it cannot be measured. Say what will show it is done and has made a difference.",
    noLiveAction:
      "Every action for outcome {{outcome}} has been dropped, so nothing in the plan is working towards it. Add an action with a named person and a date, or remove the outcome.",
  },
  check(plan, ctx) {
    reportSmartPlanProblems(plan, ctx);
  },
});
