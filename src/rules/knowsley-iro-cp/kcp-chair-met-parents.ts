/**
 * Knowsley CP Chair Standard 2.1 (Engaging with Children and Families):
 *   "CP Chair to meet with parents before the Child Protection Conference so they fully understand
 *   the process."
 *
 * Judgement calls:
 *  - "Before" counts the conference day itself: chairs usually meet parents just before the
 *    conference starts, and the record holds a date, not a time. A meeting dated after the
 *    conference is an error.
 *  - In a case file, a meeting on or before the previous conference was for that conference, not
 *    this one (a date copied forward), so it does not count for this conference.
 *  - No record of a meeting at all is an error. A recorded reason the chair could not meet the
 *    parents (a parent who would not meet, or could not be found) is a warning, for the chair's
 *    manager to look at: the standard expects the meeting but a parent cannot be made to attend.
 */
import { defineRule } from "../define-rule.js";
import { compareIsoDates } from "../../calendar/index.js";
import { longDate, previousConferenceDate } from "../helpers/index.js";

export default defineRule({
  id: "kcp-chair-met-parents",
  appliesTo: ["cp-conference"],
  severity: "error",
  description: "The chair met the parents before the conference (on the day at the latest), so they understood the process.",
  source: { document: "000_e97c8872ca661401.txt", paragraph: "CP Chair Standard 2.1", requirement: "KCP-2.1" },
  messages: {
    notRecorded: "There is no record that the chair met the parents before the conference on {{conference}}. Record the date they met, or why they could not.",
    after: "The chair met the parents on {{metOn}}, after the conference on {{conference}}; the standard is to meet them before it, so they understand the process.",
    stale: "The chair's meeting with the parents is dated {{metOn}}, on or before the previous conference on {{previous}}, so it was not for this conference on {{conference}}.",
    notMet: "The chair did not meet the parents before the conference on {{conference}}; a reason is recorded. Please check whether the parents understood the process another way.",
  },
  check(conf, ctx) {
    const met = conf.chairMetParents;
    const metOn = met?.metOn;
    // The conference's date is written out only for a finding (most conferences pass).
    if (metOn === undefined) {
      if (met?.notMetReason !== undefined) {
        ctx.report({ messageId: "notMet", path: "/chairMetParents/notMetReason", data: { conference: longDate(conf.conferenceDate) }, severity: "warning" });
      } else {
        ctx.report({ messageId: "notRecorded", path: "/chairMetParents/metOn", data: { conference: longDate(conf.conferenceDate) } });
      }
      return;
    }
    if (compareIsoDates(metOn, conf.conferenceDate) > 0) {
      ctx.report({ messageId: "after", path: "/chairMetParents/metOn", data: { conference: longDate(conf.conferenceDate), metOn: longDate(metOn) } });
      return;
    }
    const previous = ctx.caseFile === undefined ? undefined : previousConferenceDate(ctx.caseFile, conf.conferenceDate);
    if (previous !== undefined && compareIsoDates(metOn, previous) <= 0) {
      ctx.report({
        messageId: "stale",
        path: "/chairMetParents/metOn",
        data: { conference: longDate(conf.conferenceDate), metOn: longDate(metOn), previous: longDate(previous) },
      });
    }
  },
});
