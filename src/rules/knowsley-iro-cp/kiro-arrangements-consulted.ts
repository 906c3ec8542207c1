/**
 * Knowsley IRO Standard 1.5 (Working in a Child Centred Manner):
 *   "Arrangements for reviews will be based on need of the child and consult them on their views and
 *   wishes."
 *
 * Two things in the record: the child was consulted on the arrangements (arrangements.consultedChild)
 * and how the arrangements met the child's needs (arrangements.basedOnNeeds, required by the schema
 * but could be left as spaces). Not consulting is a breach: the standard has no "where appropriate".
 */
import { defineRule } from "../define-rule.js";

export default defineRule({
  id: "kiro-arrangements-consulted",
  appliesTo: ["looked-after-review"],
  severity: "error",
  description: "The child was consulted on the review arrangements, and the record says how they were based on the child's needs.",
  source: { document: "000_e97c8872ca661401.txt", paragraph: "IRO Standard 1.5", requirement: "KIRO-1.5" },
  messages: {
    notConsulted: "The review record says the child was not consulted on the arrangements for the review (where, when and who comes).",
    noNeeds: "The review record does not say how the arrangements were based on the child's needs.",
  },
  check(review, ctx) {
    if (!review.arrangements.consultedChild) ctx.report({ messageId: "notConsulted", path: "/arrangements/consultedChild" });
    if (review.arrangements.basedOnNeeds.trim() === "") ctx.report({ messageId: "noNeeds", path: "/arrangements/basedOnNeeds" });
  },
});
