/**
 * West Berkshire Standard 1, For children subject to Child Protection plans:
 *   "Encourage review of written agreements on a regular basis as part of the plan to evidence
 *   partnership working that is accountable and restorative in approach."
 *
 * Checked at review conferences, where the plan is looked at again: if a written agreement is in
 * place, it should have been reviewed. Judgement calls (the standard says "regular" with no number):
 *  - An agreement in place with no review date at all at a review conference is an error: it has
 *    never been reviewed as part of the plan.
 *  - In a case file, an agreement last reviewed on or before the previous conference has not been
 *    reviewed in this cycle of the plan: a warning ("encourage" is not "must").
 *  - An initial conference is where an agreement may first be made, so it is not checked.
 */
import { defineRule } from "../define-rule.js";
import { compareIsoDates } from "../../calendar/index.js";
import { longDate, previousConferenceDate } from "../helpers/index.js";

export default defineRule({
  id: "wb-written-agreement-reviewed",
  appliesTo: ["cp-conference"],
  severity: "error",
  description: "At a review conference, a written agreement in place has been reviewed, and since the previous conference.",
  source: { document: "002_eca72b624649d413.txt", paragraph: "Standard 1, For children subject to Child Protection plans", requirement: "WB-1.CP" },
  messages: {
    neverReviewed: "A written agreement is in place, but no date it was reviewed is recorded at the review conference on {{conference}}. Review it as part of the plan.",
    notSinceLast:
      "The written agreement was last reviewed on {{reviewed}}, on or before the previous conference on {{previous}}. Please check it has been reviewed as part of the plan since then.",
  },
  check(conf, ctx) {
    const agreement = conf.writtenAgreement;
    if (conf.conferenceType !== "review" || agreement?.inPlace !== true) {
      ctx.notApplicable("no written agreement at a review conference");
      return;
    }
    const reviewed = agreement.lastReviewedOn;
    if (reviewed === undefined) {
      ctx.report({ messageId: "neverReviewed", path: "/writtenAgreement/lastReviewedOn", data: { conference: longDate(conf.conferenceDate) } });
      return;
    }
    const previous = ctx.caseFile === undefined ? undefined : previousConferenceDate(ctx.caseFile, conf.conferenceDate);
    if (previous !== undefined && compareIsoDates(reviewed, previous) <= 0) {
      ctx.report({
        messageId: "notSinceLast",
        path: "/writtenAgreement/lastReviewedOn",
        data: { reviewed: longDate(reviewed), previous: longDate(previous) },
        severity: "warning",
      });
    }
  },
});
