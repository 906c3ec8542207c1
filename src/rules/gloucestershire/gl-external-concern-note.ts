/**
 * Gloucestershire PRP Protocol, Section 4.4 Raising and recording external progress concerns (GL-4.4):
 *   "In this situation, it is expected that informal discussions take place between the IRO/CP Chair
 *   and the external agency professional involved. If this cannot be resolved directly with them, the
 *   IRO/CP Chair should follow the procedure of the external agency in raising matters to a more
 *   senior level. All concerns relating to external agencies whether informal or formal must be
 *   recorded in Liquid Logic in a 'Concern Case note'."
 *
 * The concern note is the record the protocol asks for; this rule checks it tells that story: an
 * informal discussion with the professional first (expected, so a warning when the note says there
 * was none, and when one held has no date), and a formal concern raised through the agency's own
 * procedure (an error when the note does not say it was).
 */
import { defineRule } from "../define-rule.js";

export default defineRule({
  id: "gl-external-concern-note",
  appliesTo: ["concern-note"],
  severity: "error",
  description: "A concern about an external agency is discussed informally with its professional first, and a formal one goes through the agency's own procedure.",
  source: { document: "003_d67215d843be25d1.txt", paragraph: "Section 4.4", requirement: "GL-4.4" },
  messages: {
    noInformalDiscussion: "The note does not record an informal discussion with the agency's professional; the protocol expects one before the concern goes further.",
    discussionUndated: "The note says an informal discussion with the agency's professional was held, but not when; please add its date.",
    formalNotViaAgency: "This is a formal concern, but the note does not say it was raised through the agency's own procedure, as the protocol asks.",
  },
  check(note, ctx) {
    const discussion = note.informalDiscussion;
    if (!discussion.held) {
      ctx.report({ messageId: "noInformalDiscussion", path: "/informalDiscussion/held", severity: "warning" });
    } else if (discussion.date === undefined) {
      ctx.report({ messageId: "discussionUndated", path: "/informalDiscussion/date", severity: "warning" });
    }
    if (note.level === "formal" && note.escalatedViaAgencyProcedure !== true) {
      ctx.report({ messageId: "formalNotViaAgency", path: "/escalatedViaAgencyProcedure" });
    }
  },
});
