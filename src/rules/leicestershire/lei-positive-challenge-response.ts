/**
 * Leicestershire, Positive Challenge / informal process (LEI-PC):
 *   "Any concerns that are identified are addressed with the Social Worker and/or their Team Manager
 *   either by phone or email. All actions should be recorded on the Chairs Activity (Positive
 *   Challenge) on the child's file in Mosaic. The Team have 5 days to respond to the concerns/actions
 *   requested. If the matter is not resolved to the IRO's satisfaction, then the IRO decides whether
 *   to access the Formal Escalation Process."
 *
 * The informal stage of the escalation is the Positive Challenge. "5 days" is read as working days
 * (the profile's unitNote: the same document counts every formal stage in working days). The due
 * date comes from the escalation state machine (the ladder's informal response time), so this rule
 * and `reviewkit escalate` agree. A challenge the chair moved to the formal process before the due
 * date needed no response; one resolved after it with no response recorded is a warning to check.
 */
import { defineRule } from "../define-rule.js";
import { checkStageResponses } from "../helpers/index.js";

export default defineRule({
  id: "lei-positive-challenge-response",
  appliesTo: ["escalation"],
  severity: "error",
  description: "The team responds to a Positive Challenge within {positive-challenge-response} of it being raised.",
  source: { document: "001_184c5097ab010ef4.txt", paragraph: "Positive Challenge / informal process", requirement: "LEI-PC" },
  owns: ["positive-challenge-response"],
  messages: {
    late: "The team responded to the Positive Challenge raised on {{trigger}} on {{done}}; the response was due by {{due}} ({{limit}}).",
    unanswered:
      "No response to the Positive Challenge raised on {{trigger}} is recorded before it went to the Formal Escalation Process on {{ended}}; the response was due by {{due}} ({{limit}}).",
    overdue: "No response to the Positive Challenge raised on {{trigger}} is recorded; it was due by {{due}} ({{limit}}).",
    resolvedUnanswered:
      "No response to the Positive Challenge raised on {{trigger}} is recorded, and it was resolved on {{ended}}, after the response was due by {{due}}; please record when the team responded.",
  },
  check(escalation, ctx) {
    checkStageResponses(ctx, escalation, {
      stages: "informal",
      timescale: "positive-challenge-response",
      messages: { late: "late", unanswered: "unanswered", overdue: "overdue", resolvedUnanswered: "resolvedUnanswered" },
    });
  },
});
