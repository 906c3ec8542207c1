/**
 * Knowsley IRO Standard 1.11 (Working in a Child Centred Manner):
 *   "The IRO will ensure that the child receives a copy of all decisions in a child friendly format
 *   and fully explained to the child according to their age and understanding."
 *
 * "All decisions in a child friendly format": each decision should carry its child-friendly wording
 * (childFriendlyText), which is what the child's decisions letter is built from. "Fully explained":
 * once the letter has gone, the record should say who explained it to the child. Both are warnings,
 * not errors: a very young child may have the decisions explained in person with nothing written
 * for them, so the IRO is asked to check rather than told the standard is breached. Where the child's
 * copy is written (a letter, easy read, pictures, or no format recorded), the wording is needed for
 * the letter itself and kiro-child-letter-wording reports it as an error instead. Whether the
 * letter went on time is kiro-decisions-letter-timely.
 */
import { defineRule } from "../define-rule.js";

export default defineRule({
  id: "kiro-decisions-child-friendly",
  appliesTo: ["looked-after-review"],
  severity: "warning",
  description: "Every decision has wording for the child, and the record says who explained the decisions to the child.",
  source: { document: "000_e97c8872ca661401.txt", paragraph: "IRO Standard 1.11", requirement: "KIRO-1.11" },
  messages: {
    noChildText: "Decision {{decisionId}} has no wording for the child; every decision goes into the child's copy in a child-friendly form.",
    notExplained: "The child's copy of the decisions was sent but the record does not say who explained the decisions to the child.",
  },
  check(review, ctx) {
    if (review.decisions.length === 0) {
      ctx.notApplicable("no decisions");
      return;
    }
    const written = ["letter", "easy-read", "pictures"].includes(review.childDecisionsLetter?.format ?? "letter");
    review.decisions.forEach((d, i) => {
      if (!written && (d.childFriendlyText === undefined || d.childFriendlyText.trim() === "")) {
        ctx.report({ messageId: "noChildText", path: `/decisions/${i}/childFriendlyText`, data: { decisionId: d.id } });
      }
    });
    const letter = review.childDecisionsLetter;
    if (letter?.sentOn !== undefined && (letter.explainedBy === undefined || letter.explainedBy.trim() === "")) {
      ctx.report({ messageId: "notExplained", path: "/childDecisionsLetter/explainedBy" });
    }
  },
});
