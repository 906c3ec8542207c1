/**
 * Gloucestershire PRP Protocol, Section 5.2 Child Protection Chair: Quality Assurance Reviews (GL-5.2):
 *   "Outcome of quality assurance review: Outstanding progress/good progress/progress requires
 *   improvement/progress is inadequate. … The overall rating given at the end of the QAR is a rating
 *   in relation to the impact of practice for the child; critically responding to the question 'Is
 *   the child safer as a result of our interventions?'."
 *
 * So the CP Chair's form rates the plan's progress and answers "is the child safer?", each with its
 * reason. The schema holds the shape when the sections are there; this rule asks for them on the CP
 * form and for reasons that are not blank.
 */
import { defineRule } from "../define-rule.js";

export default defineRule({
  id: "gl-qapr-child-safer",
  appliesTo: ["qa-progress-review"],
  severity: "error",
  description: "A child protection QA review rates the plan's progress and answers whether the child is safer as a result of our interventions, with reasons.",
  source: { document: "003_d67215d843be25d1.txt", paragraph: "Section 5.2", requirement: "GL-5.2" },
  messages: {
    sectionsMissing: "The CP Chair's QA review does not rate the plan's progress or answer \"Is the child safer as a result of our interventions?\".",
    blank: "The {{field}} is blank; the CP Chair's QA review gives its reasons.",
  },
  check(review, ctx) {
    if (review.form !== "cp") {
      ctx.notApplicable("the IRO form");
      return;
    }
    const sections = review.cpSections;
    if (!sections) {
      ctx.report({ messageId: "sectionsMissing", path: "/cpSections" });
      return;
    }
    if (sections.planProgress.rationale.trim() === "") {
      ctx.report({ messageId: "blank", path: "/cpSections/planProgress/rationale", data: { field: "reason for the plan's progress rating" } });
    }
    if (sections.childSafer.rationale.trim() === "") {
      ctx.report({ messageId: "blank", path: "/cpSections/childSafer/rationale", data: { field: "reason for the answer to \"is the child safer?\"" } });
    }
  },
});
