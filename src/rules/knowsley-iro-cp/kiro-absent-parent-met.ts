/**
 * Knowsley IRO Standard 4.3 (Working with Parents):
 *   "IROs will meet with parents if they cannot attend CLA reviews to ensure that they are fully
 *   informed of what is happening with their child/ren."
 *
 * For each parent who did not attend: the record should give the date the IRO met them separately
 * (metSeparatelyOn) or why not (notMetReason, for example whereabouts unknown or declined). For a
 * person with parental responsibility, neither is a breach. A parent listed without parental
 * responsibility (a birth parent who never had it or lost it) is still a parent in the standard's
 * words, but whether meeting them is right depends on the child's plan, so that is a warning.
 */
import { defineRule } from "../define-rule.js";

export default defineRule({
  id: "kiro-absent-parent-met",
  appliesTo: ["looked-after-review"],
  severity: "error",
  description: "A parent who did not attend the review was met separately by the IRO, or the record says why not.",
  source: { document: "000_e97c8872ca661401.txt", paragraph: "IRO Standard 4.3", requirement: "KIRO-4.3" },
  messages: {
    notMet: "Parent {{n}} has parental responsibility and did not attend; the record shows neither a date the IRO met them separately nor why not: write the date in metSeparatelyOn, or the reason in notMetReason.",
    notMetNoPr: "Parent {{n}} did not attend and has no parental responsibility; please record whether the IRO met them separately (metSeparatelyOn), or why not (notMetReason).",
  },
  check(review, ctx) {
    const absent = review.parents.map((p, i) => ({ p, i })).filter(({ p }) => !p.attended);
    if (absent.length === 0) {
      ctx.notApplicable("every parent attended, or none is listed");
      return;
    }
    for (const { p, i } of absent) {
      if (p.metSeparatelyOn !== undefined || p.notMetReason !== undefined) continue;
      ctx.report({
        messageId: p.parentalResponsibility ? "notMet" : "notMetNoPr",
        path: `/parents/${i}/metSeparatelyOn`,
        data: { n: i + 1 },
        ...(p.parentalResponsibility ? {} : { severity: "warning" as const }),
      });
    }
  },
});
