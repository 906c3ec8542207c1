/**
 * NAT-WT-ICPC — Working Together to Safeguard Children 2023: the first core group (10 working days)
 * and the first review conference (3 months) are counted from the conference date, as are the
 * minutes (Knowsley CP Chair Standard 1.4). A date before the conference it follows cannot be true and
 * would make those due dates meaningless; it is usually a typing slip. (No date-of-birth check: a
 * pre-birth conference is about a child not yet born.)
 */
import { defineRule } from "../define-rule.js";

export default defineRule({
  id: "conference-dates-in-order",
  appliesTo: ["cp-conference"],
  severity: "error",
  description: "A conference's minutes, first core group and next review conference are dated after the conference, and the strategy discussion before it.",
  source: { document: "Working-Together-2023", paragraph: "Chapter 3", requirement: "NAT-WT-ICPC" },
  messages: {
    beforeConference: "{{field}} is {{date}}, before the conference was held on {{conferenceDate}}; check both dates.",
    strategyAfter: "The strategy discussion is dated {{date}}, after the conference on {{conferenceDate}}; check both dates.",
  },
  check(conference, ctx) {
    const held = conference.conferenceDate;
    // ISO dates compare correctly as strings.
    const after: [string, string, string | undefined][] = [
      ["/minutes/readyOn", "Minutes ready on", conference.minutes?.readyOn],
      ["/minutes/distributedOn", "Minutes distributed on", conference.minutes?.distributedOn],
      ["/firstCoreGroupDate", "First core group date", conference.firstCoreGroupDate],
      ["/nextReviewConferenceDate", "Next review conference date", conference.nextReviewConferenceDate],
    ];
    for (const [path, field, date] of after) {
      if (date !== undefined && date < held) ctx.report({ messageId: "beforeConference", path, data: { field, date, conferenceDate: held } });
    }
    const strategy = conference.strategyDiscussionDate;
    if (strategy !== undefined && strategy > held) {
      ctx.report({ messageId: "strategyAfter", path: "/strategyDiscussionDate", data: { date: strategy, conferenceDate: held } });
    }
  },
});
