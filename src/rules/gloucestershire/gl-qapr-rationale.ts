/**
 * Gloucestershire PRP Protocol, Section 5.1 IRO Quality Assurance Progress Review (GL-5.1):
 *   "Section 1, 2 and 3: These provide multiple-choice drop-down boxes under the headings of
 *   'participation/views of the child', 'progress for the child/to what extent is permanence,
 *   stability and safety being achieved', and 'timely and appropriate records'. These need to be
 *   completed with a rational for each answer provided."
 *   "Grading: Rationale must be provided to explain the grading given and explanation of the impact
 *   for the child of their current care arrangements."
 *
 * The schema requires the grade's rationale and the impact, and a rationale in every section given;
 * it cannot require the IRO form's three sections (the CP form has others), or see a rationale that
 * is only spaces. This rule does both. The grade's follow-up is gl-qapr-grade-follow-up.
 */
import { defineRule } from "../define-rule.js";

const SECTIONS = [
  ["participation", "Section 1 (participation and views of the child)"],
  ["progress", "Section 2 (progress for the child)"],
  ["records", "Section 3 (timely and appropriate records)"],
] as const;

export default defineRule({
  id: "gl-qapr-rationale",
  appliesTo: ["qa-progress-review"],
  severity: "error",
  description: "A QA progress review gives a rationale for its grade and the impact for the child, and the IRO form answers sections 1 to 3 each with a rationale.",
  source: { document: "003_d67215d843be25d1.txt", paragraph: "Section 5.1", requirement: "GL-5.1" },
  messages: {
    sectionsMissing: "The IRO form's sections 1 to 3 are not completed; each needs an answer and a rationale.",
    blank: "The {{field}} is blank; the protocol asks for a rationale for each answer and for the grade.",
  },
  check(review, ctx) {
    if (review.gradeRationale.trim() === "") ctx.report({ messageId: "blank", path: "/gradeRationale", data: { field: "reason for the grade" } });
    if (review.impactForChild.trim() === "") ctx.report({ messageId: "blank", path: "/impactForChild", data: { field: "impact for the child" } });
    if (review.form !== "iro") return;
    const sections = review.iroSections;
    if (!sections) {
      ctx.report({ messageId: "sectionsMissing", path: "/iroSections" });
      return;
    }
    for (const [key, label] of SECTIONS) {
      if (sections[key].rationale.trim() === "") {
        ctx.report({ messageId: "blank", path: `/iroSections/${key}/rationale`, data: { field: `rationale for ${label}` } });
      }
    }
  },
});
