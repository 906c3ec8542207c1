/**
 * West Berkshire Standard 2, Encourage participation and engagement:
 *   "Always ensure that the young person and family have been consulted and seen information written
 *   about them. If necessary cancel the meeting and allow for additional time with the agreement of
 *   the service managers for operations and QA."
 *
 * The record says whether the family and the young person saw what is written about them before the
 * meeting (seenBeforeMeeting). Judgement calls:
 *  - The family not having seen it, or the record not saying, is an error: the standard says
 *    "always", and the remedy is to put the meeting off.
 *  - The child not having seen it, or the record not saying, is a warning: the standard sets no age,
 *    and a baby or young child cannot read reports; the chair judges whether the child should have.
 *  - A report the record says was shared with the family after the meeting began contradicts
 *    "seen before the meeting" and is an error. With bare dates, a report shared on the meeting day
 *    is taken as before it (the time is unknown).
 */
import { defineRule } from "../define-rule.js";
import { compareMoments, longDate } from "../helpers/index.js";

export default defineRule({
  id: "wb-seen-before-meeting",
  appliesTo: ["looked-after-review", "cp-conference"],
  severity: "error",
  description: "The young person and family saw what is written about them before the meeting.",
  source: { document: "002_eca72b624649d413.txt", paragraph: "Standard 2", requirement: "WB-2.SEEN" },
  messages: {
    familyNotSeen: "The record does not show the family saw what is written about them before the meeting. If they have not, the meeting can be put back to give them time.",
    childNotSeen: "The record does not show the young person saw what is written about them before the meeting. Please check whether, for their age and understanding, they should have.",
    sharedAfter: "Report {{report}} in the list of reports received was shared with the family on {{shared}}, after the meeting on {{meeting}}, so they had not seen it beforehand.",
  },
  check(record, ctx) {
    const seen = record.seenBeforeMeeting;
    if (seen?.family !== true) ctx.report({ messageId: "familyNotSeen", path: "/seenBeforeMeeting/family" });
    if (seen?.child !== true) {
      ctx.report({ messageId: "childNotSeen", path: "/seenBeforeMeeting/child", severity: "warning" });
    }
    const meeting = record.recordType === "looked-after-review" ? record.reviewDate : (record.conferenceStartedAt ?? record.conferenceDate);
    record.reportsReceived.forEach((r, i) => {
      if (r.sharedWithFamilyOn !== undefined && compareMoments(r.sharedWithFamilyOn, meeting) > 0) {
        ctx.report({
          messageId: "sharedAfter",
          path: `/reportsReceived/${i}/sharedWithFamilyOn`,
          data: { report: i + 1, shared: longDate(r.sharedWithFamilyOn), meeting: longDate(meeting) },
        });
      }
    });
  },
});
