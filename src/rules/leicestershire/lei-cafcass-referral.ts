/**
 * Leicestershire, Stage Four – Assistant Director (LEI-CAF):
 *   "the IRO may consider it necessary to make a concurrent referral to CAFCASS at the same time that
 *   they instigate the dispute resolution process, and this can be done at any of the stages within
 *   the process. Referrals to CAFCASS only apply to Looked After Children.
 *   A meeting with the Assistant Director and relevant Head of Service and Head Of Service for
 *   Safeguarding and Performance will always be convened prior to escalation to CAFCASS to set out
 *   issues that cannot be resolved."
 *
 * Which children may be referred and whether the meeting must come first are the profile's ladder
 * (cafcass.allowedFor, cafcass.requiresSeniorMeeting); the check is the one the escalation state
 * machine uses to refuse the step (cafcassProblems), so both say the same. The meeting counts when
 * it is recorded (a senior-meeting step) on or before the referral's date with its attendees, and
 * every role the ladder names (cafcass.seniorMeetingWith: the Assistant Director, the relevant Head of
 * Service, the Head of Service for Safeguarding and Performance) among them. "relevant Head of
 * Service" is read as any Head of Service (the record cannot say which service is relevant); a
 * meeting whose attendees are not recorded does not show the meeting the standard asks for.
 */
import { replayOnce } from "../../case-index/replays.js";
import { defineRule } from "../define-rule.js";
import { cafcassProblems, describeChildStatus, listRoles } from "../../escalation/index.js";
import { longDate } from "../helpers/index.js";

export default defineRule({
  id: "lei-cafcass-referral",
  appliesTo: ["escalation"],
  severity: "error",
  description: "A Cafcass referral is made only for a looked-after child, and only after a meeting recorded as attended by the Assistant Director and Heads of Service.",
  source: { document: "001_184c5097ab010ef4.txt", paragraph: "Stage Four – Assistant Director", requirement: "LEI-CAF" },
  messages: {
    notLookedAfter: "The escalation was referred to Cafcass on {{date}}, but it is about {{status}}; referrals to Cafcass only apply to looked-after children.",
    noSeniorMeeting:
      "The escalation was referred to Cafcass on {{date}} with no meeting recorded before it with {{meetingWith}}; that meeting is always held before a referral to Cafcass.",
    attendeesMissing:
      "The escalation was referred to Cafcass on {{date}} after the senior managers' meeting on {{meetingDate}}, but {{missing}} {{verb}} not recorded as attending; the meeting before a referral is with {{meetingWith}}.",
    attendeesNotRecorded:
      "The escalation was referred to Cafcass on {{date}} after the senior managers' meeting on {{meetingDate}}, which does not record who attended; the meeting before a referral is with {{meetingWith}}.",
  },
  check(escalation, ctx) {
    const replay = replayOnce(ctx.caseFile ?? escalation, escalation, ctx.profile, ctx.calendar);
    if (!replay.cafcassReferrals.length) {
      ctx.notApplicable("no Cafcass referral");
      return;
    }
    for (const referral of replay.cafcassReferrals) {
      const date = longDate(referral.date);
      for (const problem of cafcassProblems(replay.ladder, escalation.childStatus, replay.seniorMeetings, referral.date)) {
        if (problem.kind === "not-looked-after") {
          ctx.report({ messageId: "notLookedAfter", path: `/events/${referral.eventIndex}`, data: { date, status: describeChildStatus(problem.childStatus) } });
        } else if (problem.kind === "senior-meeting-incomplete") {
          const meeting = replay.seniorMeetings.filter((m) => m.date === problem.meetingDate).at(-1);
          const at = meeting ? `/events/${meeting.eventIndex}` : `/events/${referral.eventIndex}`;
          const data = { date, meetingDate: longDate(problem.meetingDate), meetingWith: listRoles(problem.meetingWith) };
          if (problem.attendeesRecorded) {
            const verb = problem.missing.length === 1 ? "is" : "are";
            ctx.report({ messageId: "attendeesMissing", path: `${at}/attendees`, data: { ...data, missing: listRoles(problem.missing), verb } });
          } else {
            ctx.report({ messageId: "attendeesNotRecorded", path: at, data });
          }
        } else {
          ctx.report({ messageId: "noSeniorMeeting", path: `/events/${referral.eventIndex}`, data: { date, meetingWith: listRoles(problem.meetingWith) } });
        }
      }
    }
  },
});
