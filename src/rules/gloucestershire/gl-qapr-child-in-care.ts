/**
 * Gloucestershire PRP Protocol, Section 5 Quality Assurance and progress monitoring (GL-5-CIC):
 *   "For children in care the first QAPR should be completed between the 1st and 2nd Care Review for
 *   the child and between each subsequent Care Review. These do not need to be completed between the
 *   Initial and 1st Care Review."
 *
 * The Initial review is the child's first statutory review (review number 1), so the 1st Care Review
 * is review number 2: a QAPR (a `qapr` event, or an IRO-form QA progress review record) falls
 * strictly between each pair of consecutive looked-after reviews from review 2 on. Review numbers come
 * from the linked review records where the case file has them, else from the reviews' order. Only
 * periods that have ended (the later review held) are judged.
 */
import { defineRule } from "../define-rule.js";
import { compareIsoDates } from "../../calendar/index.js";
import { eventsOfType, longDate, qaprDates, recordsOfType, strictlyBetween } from "../helpers/index.js";

export default defineRule({
  id: "gl-qapr-child-in-care",
  appliesTo: ["case-file"],
  severity: "error",
  description: "A child in care has a QA progress review between each pair of Care Reviews from the 1st Care Review on.",
  source: { document: "003_d67215d843be25d1.txt", paragraph: "Section 5", requirement: "GL-5-CIC" },
  messages: {
    missing: "No QA progress review is recorded between review {{fromNumber}} on {{from}} and review {{toNumber}} on {{to}}.",
  },
  check(caseFile, ctx) {
    const reviews = eventsOfType(caseFile, "looked-after-review");
    const numbers = reviewNumbers(caseFile, reviews.map(({ event }) => event.recordId));
    const qaprs = qaprDates(caseFile, "iro");
    let periods = 0;
    for (let i = 1; i < reviews.length; i++) {
      const from = reviews[i - 1]!;
      const to = reviews[i]!;
      if ((numbers[i - 1] ?? 0) < 2 || compareIsoDates(from.event.date, to.event.date) >= 0) continue;
      periods++;
      if (!qaprs.some((d) => strictlyBetween(d, from.event.date, to.event.date))) {
        ctx.report({
          messageId: "missing",
          path: `/events/${to.index}`,
          data: { from: longDate(from.event.date), to: longDate(to.event.date), fromNumber: numbers[i - 1]!, toNumber: numbers[i]! },
        });
      }
    }
    if (!periods) ctx.notApplicable("no period between Care Reviews has ended");
  },
});

/** Each review's number: from its linked record where one is in the case file, else counted on from the nearest known. */
function reviewNumbers(caseFile: Parameters<typeof recordsOfType>[0], recordIds: (string | undefined)[]): number[] {
  const known = new Map(recordsOfType(caseFile, "looked-after-review").map(({ record }) => [record.id, record.reviewNumber]));
  const anchor = recordIds.findIndex((id) => id !== undefined && known.has(id));
  const offset = anchor < 0 ? 1 : known.get(recordIds[anchor]!)! - anchor;
  return recordIds.map((id, i) => (id !== undefined && known.has(id) ? known.get(id)! : i + offset));
}
