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
import { longDate } from "../helpers/index.js";

/** Lower case, no spaces, hyphens, dots or slashes: "Social-Worker" and "social worker" match, "N/A" is "na". */
function key(s: string): string {
  // Owners' names and roles repeat from record to record: each is rewritten once, not at every decision.
  let k = keys.get(s);
  if (k === undefined) {
    if (keys.size >= KEYS_KEPT) keys.clear();
    keys.set(s, (k = s.toLowerCase().replace(/[\s\-./]+/g, "")));
  }
  return k;
}

/** Names and roles already rewritten, up to KEYS_KEPT of them (free text: a long run must not keep every one). */
const keys = new Map<string, string>();
const KEYS_KEPT = 2000;

/** Owners that are not a named person. */
const NOT_A_NAME = new Set(
  [
    "", "tbc", "tba", "tbd", "to be confirmed", "to be allocated", "unallocated", "unknown", "n/a", "none", "?", "-",
    "social worker", "sw", "team manager", "foster carer", "foster carers", "carer", "carers", "iro", "parent",
    "parents", "school", "local authority", "la", "health", "all",
  ].map(key),
);

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
      const name = key(d.owner.name);
      if (NOT_A_NAME.has(name) || (d.owner.role !== undefined && name === key(d.owner.role))) {
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
