/**
 * Knowsley IRO Standard 2.2 (Monitoring the Child's Plan to Permanence):
 *   "All decisions to have a timescale attached that meets the child's needs and a named person to
 *   implement them and to be monitored at least 3 monthly."
 *
 * This rule is the first half: each decision has a named person and a timescale. The schema makes
 * both fields required, so the rule catches what still fails the standard: an owner that is not a
 * named person (a blank, a placeholder such as "TBC" or "unallocated", or a role such as "Social
 * Worker" instead of a name) and a due date before the review that made the decision, which cannot
 * be a timescale for carrying it out. Whether a date "meets the child's needs" is the IRO's judgement,
 * not a check. The 3-monthly monitoring is kiro-decisions-monitored.
 */
import { defineRule } from "../define-rule.js";
import { isoSortKey } from "../../calendar/index.js";
import { longDate, notANamedPerson } from "../helpers/index.js";

export default defineRule({
  id: "kiro-decision-named-person",
  appliesTo: ["looked-after-review"],
  severity: "error",
  description: "Every review decision has a named person to carry it out and a due date after the review.",
  source: { document: "000_e97c8872ca661401.txt", paragraph: "IRO Standard 2.2", requirement: "KIRO-2.2" },
  messages: {
    noNamedPerson: "Decision {{decisionId}} has no named person to carry it out: the owner is blank, a placeholder or a role, not a person's name.",
    dueBeforeReview: "Decision {{decisionId}} is due on {{due}}, before the review on {{review}} that made it; give it a timescale that meets the child's needs.",
  },
  check(review, ctx) {
    if (review.decisions.length === 0) {
      ctx.notApplicable("no decisions");
      return;
    }
    // A plain loop, and the review's date read once (after the first due date, as comparing read them).
    const decisions = review.decisions;
    let reviewKey: number | undefined;
    for (let i = 0; i < decisions.length; i++) {
      const d = decisions[i]!;
      if (notANamedPerson(d.owner.name, d.owner.role)) {
        ctx.report({ messageId: "noNamedPerson", path: `/decisions/${i}/owner/name`, data: { decisionId: d.id } });
      }
      const dueKey = isoSortKey(d.dueDate);
      if (dueKey - (reviewKey ??= isoSortKey(review.reviewDate)) < 0) {
        ctx.report({
          messageId: "dueBeforeReview",
          path: `/decisions/${i}/dueDate`,
          data: { decisionId: d.id, due: longDate(d.dueDate), review: longDate(review.reviewDate) },
        });
      }
    }
  },
});
