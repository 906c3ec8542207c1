/**
 * Gloucestershire PRP Protocol, Section 4.3 Categories of practice quality (GL-4.3):
 *   "Good practice and progress concerns will be categorised as follows: Safeguarding; Drift and
 *   Delay; Process."
 *
 * The schema already holds every escalation, good practice note and concern note to one of the three
 * categories, so a record that reaches this rule has one. What is left to check is that the category
 * fits: an escalation about review or conference decisions that drifted (its linked decisions) is,
 * in the protocol's words, a matter of Drift and Delay. Another category may be right (a drifting
 * safety action is Safeguarding), so this is a warning to check, not an error.
 */
import { defineRule } from "../define-rule.js";

const DRIFT = "Drift and Delay";

export default defineRule({
  id: "gl-category",
  appliesTo: ["escalation"],
  severity: "warning",
  description: "An escalation about decisions that drifted is categorised Drift and Delay, or the other category is a deliberate choice.",
  source: { document: "003_d67215d843be25d1.txt", paragraph: "Section 4.3", requirement: "GL-4.3" },
  messages: {
    drift: "This concern is about {{count}} review or conference decision(s) that drifted but is categorised {{category}}; please check whether Drift and Delay is the right category.",
  },
  check(escalation, ctx) {
    const linked = escalation.linkedDecisionIds ?? [];
    if (!linked.length) {
      ctx.notApplicable("no linked decisions");
      return;
    }
    if (escalation.category !== DRIFT) {
      ctx.report({ messageId: "drift", path: "/category", data: { count: linked.length, category: escalation.category } });
    }
  },
});
