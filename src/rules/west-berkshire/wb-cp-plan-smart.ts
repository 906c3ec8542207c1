/**
 * West Berkshire Standard 1, For children subject to Child Protection plans:
 *   "Strive for SMART outcome focussed plans which prioritise and indentify the key tasks to achieve
 *   outcomes, and which are accessible for children and young families."
 *
 * The schema already makes every plan outcome name its risk and actions, and every action name a
 * person, a due date and a measure. This rule catches a plan that fills those fields and is still not
 * SMART (helpers/smart-plan.ts, shared with Knowsley's kcp-plan-smart):
 *  - an open action already past its due date when the plan was made is not timed;
 *  - a measure that only repeats the action cannot be measured;
 *  - an outcome whose every action was dropped has no key task working towards it.
 * "Strive for" is an aim rather than a rule, so these are warnings for the chair to look at.
 * Whether the plan is accessible to the family is for the plain-language checker.
 */
import { defineRule } from "../define-rule.js";
import { reportSmartPlanProblems } from "../helpers/index.js";

export default defineRule({
  id: "wb-cp-plan-smart",
  appliesTo: ["cp-plan"],
  severity: "warning",
  description: "The child protection plan is SMART and outcome focused: every action timed from the conference with its own measure, and a live key task for every outcome.",
  source: { document: "002_eca72b624649d413.txt", paragraph: "Standard 1, For children subject to Child Protection plans", requirement: "WB-1.CP" },
  messages: {
    untimed:
      "Action {{action}} of outcome {{outcome}} is open with a due date of {{due}}, before the conference on {{conference}} that made the plan. Give it a new date so the plan is timed.",
    unmeasured:
      "Action {{action}} of outcome {{outcome}}: \"how we will know it is done\" repeats the action. Say what will show it is done and has made a difference.",
    noLiveAction:
      "Every action for outcome {{outcome}} has been dropped, so no key task is working towards it. Add one with a named person and a date, or remove the outcome.",
  },
  check(plan, ctx) {
    reportSmartPlanProblems(plan, ctx);
  },
});
