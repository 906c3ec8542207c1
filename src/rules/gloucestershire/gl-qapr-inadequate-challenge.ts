/**
 * Gloucestershire PRP Protocol, Section 5.1, Grading (GL-5.1):
 *   "Where a case is inadequate IRO's must raise a formal challenge."
 *
 * Across the case file: a QA progress review graded Inadequate is followed by a formal escalation
 * (one linked to the review by its linkedRecordId, or any escalation that went formal on or after
 * the review's date) within the profile's qapr-rated-inadequate-challenge timescale (the protocol
 * sets no time; the profile's unitNote explains its five working days). When the escalation went
 * formal is read by the escalation state machine. A review checked on its own, outside a case file,
 * cannot show this (not applicable).
 */
import { replayOnce } from "../../case-index/replays.js";
import { defineRule } from "../define-rule.js";
import { compareIsoDates } from "../../calendar/index.js";
import { checkWithin, recordsOfType } from "../helpers/index.js";

export default defineRule({
  id: "gl-qapr-inadequate-challenge",
  appliesTo: ["qa-progress-review"],
  severity: "error",
  description: "A QA progress review graded Inadequate is followed by a formal challenge in the child's case file.",
  source: { document: "003_d67215d843be25d1.txt", paragraph: "Section 5.1", requirement: "GL-5.1" },
  owns: ["qapr-rated-inadequate-challenge"],
  messages: {
    late: "The review on {{trigger}} graded the case Inadequate and the formal challenge was raised on {{done}}; it was due by {{due}} ({{limit}}).",
    overdue: "The review on {{trigger}} graded the case Inadequate and no formal challenge is recorded in the case file; it was due by {{due}} ({{limit}}).",
  },
  check(review, ctx) {
    if (review.grade !== "Inadequate" || !ctx.caseFile) {
      ctx.notApplicable(review.grade === "Inadequate" ? "checked outside a case file" : "not graded Inadequate");
      return;
    }
    const starts: string[] = [];
    for (const { record } of recordsOfType(ctx.caseFile, "escalation")) {
      const formal = replayOnce(ctx.caseFile ?? record, record, ctx.profile, ctx.calendar).formalStart;
      if (!formal) continue;
      const afterReview = compareIsoDates(formal.date, review.date) >= 0;
      // A linked escalation already formal before the review answers it from the review's own date.
      if (record.linkedRecordId === review.id) starts.push(afterReview ? formal.date : review.date);
      else if (afterReview) starts.push(formal.date);
    }
    const done = starts.sort(compareIsoDates)[0];
    checkWithin(ctx, {
      trigger: review.date,
      done,
      timescale: "qapr-rated-inadequate-challenge",
      path: "/grade",
      messages: { late: "late", overdue: "overdue" },
    });
  },
});
