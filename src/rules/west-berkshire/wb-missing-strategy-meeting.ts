/**
 * West Berkshire Standard 1, Practice standards for Conference Chairs and IRO's:
 *   "Where Children in Care are missing for over 5 days chair the strategy meeting to ensure robust
 *   plans are in place."
 *
 * For each "missing-episode" event while the child is looked after, the episode lasts from its date
 * to its end date, or to today (ctx.asOf) while the child is still missing. "Over 5 days" uses the
 * profile's "missing-strategy-threshold" (5 calendar days: a child is missing at weekends too): an
 * episode is over the threshold when it runs past the day 5 days after it began (missing on
 * 20 December and back on 25 December is 5 days, not over; back on 26 December is over).
 * Such an episode needs a "missing-strategy-meeting" event, held while the child was missing (from
 * the day the episode began to the day it ended, or to today), chaired by the IRO. Judgement calls:
 *  - A meeting after the child came back is a return discussion, not the strategy meeting that
 *    makes plans to find and protect a missing child, so it does not count.
 *  - The meeting may be held before day 5 (a child at high risk may need one sooner); it counts.
 *  - "Chaired by the IRO": the chair's role is Independent Reviewing Officer (or IRO), or the chair
 *    is the child's IRO named in the case file. A meeting with no chair recorded does not show it.
 *  - While the child is still missing past the threshold and no meeting is recorded, the meeting is
 *    due now: that is an error, not a warning, because the child is missing.
 */
import { defineRule } from "../define-rule.js";
import { compareIsoDates } from "../../calendar/index.js";
import { describeTimescale, eventsOfType, isLookedAfterOn, longDate, roleIsOneOf } from "../helpers/index.js";

const IRO_ROLES = ["Independent Reviewing Officer", "IRO"] as const;

export default defineRule({
  id: "wb-missing-strategy-meeting",
  appliesTo: ["case-file"],
  severity: "error",
  description: "A child in care missing for over {missing-strategy-threshold} has a strategy meeting, held while they are missing and chaired by their IRO.",
  source: { document: "002_eca72b624649d413.txt", paragraph: "Standard 1, Practice standards for Conference Chairs and IRO's", requirement: "WB-1.MS" },
  owns: ["missing-strategy-threshold"],
  messages: {
    noMeeting:
      "The child was missing from {{start}} {{until}}, over {{limit}}, and no strategy meeting is recorded while they were missing. The IRO chairs a strategy meeting to make sure robust plans are in place.",
    notChairedByIro:
      "The child was missing from {{start}} {{until}}, over {{limit}}. A strategy meeting is recorded, but not as chaired by the IRO; the standard is that the IRO chairs it.",
  },
  check(caseFile, ctx) {
    const limit = describeTimescale(ctx.timescale("missing-strategy-threshold"));
    const meetings = eventsOfType(caseFile, "missing-strategy-meeting").map((e) => e.event);
    const iroName = caseFile.child.iro?.name;
    let any = false;
    for (const { event, index } of eventsOfType(caseFile, "missing-episode")) {
      if (!isLookedAfterOn(caseFile, event.date)) continue;
      const end = event.endDate ?? ctx.asOf;
      const threshold = ctx.dueDate(event.date, "missing-strategy-threshold");
      if (compareIsoDates(end, threshold) <= 0) continue; // not (yet) over 5 days
      any = true;
      const during = meetings.filter((m) => compareIsoDates(m.date, event.date) >= 0 && compareIsoDates(m.date, end) <= 0);
      const chairedByIro = during.some(
        (m) => roleIsOneOf(m.chairedBy?.role, IRO_ROLES) || (iroName !== undefined && m.chairedBy?.name === iroName),
      );
      if (chairedByIro) continue;
      const data = {
        start: longDate(event.date),
        until: event.endDate !== undefined ? `to ${longDate(event.endDate)}` : `and was still missing on ${longDate(ctx.asOf)}`,
        limit,
      };
      ctx.report({ messageId: during.length === 0 ? "noMeeting" : "notChairedByIro", path: `/events/${index}`, data });
    }
    if (!any) ctx.notApplicable("no child in care missing over the threshold");
  },
});
