/**
 * Gloucestershire PRP Protocol, Section 4.2 (GL-4.2-CAF):
 *   "The Independent Reviewing Officer also has the authority to refer a concern to CAFCASS if they
 *   consider it necessary to do so (regulation 45). … Where an IRO believes this is necessary, they
 *   will do so in consultation with the IRO Service Manager and, they will inform relevant colleagues
 *   including the Head of Service for the Independent Reviewing Service, the relevant Assistant
 *   Director, the Director of Safeguarding and Care, and the Director of Children's Services."
 *
 * Cafcass is for children in care: the Independent Reviewing Officer's power under regulation 45,
 * which is about looked-after children (the ladder's cafcass.allowedFor, checked by the same
 * function the escalation state machine uses). Who is consulted and informed is the ladder's
 * cafcass.consult and cafcass.inform; the referral step's "notified" list shows they were.
 */
import { replayOnce } from "../../case-index/replays.js";
import { defineRule } from "../define-rule.js";
import { cafcassProblems, describeChildStatus, listRoles, missingRoles } from "../../escalation/index.js";
import { longDate } from "../helpers/index.js";

export default defineRule({
  id: "gl-cafcass-referral",
  appliesTo: ["escalation"],
  severity: "error",
  description: "A Cafcass referral is made only for a child in care, in consultation with the IRO Service Manager, with senior colleagues informed.",
  source: { document: "003_d67215d843be25d1.txt", paragraph: "Section 4.2", requirement: "GL-4.2-CAF" },
  messages: {
    notInCare: "The concern was referred to Cafcass on {{date}}, but it is about {{status}}; a Cafcass referral is for children in care.",
    notConsulted: "The Cafcass referral on {{date}} does not show {{missing}} consulted.",
    notInformed: "The Cafcass referral on {{date}} does not show {{missing}} informed.",
  },
  check(escalation, ctx) {
    const replay = replayOnce(ctx.caseFile ?? escalation, escalation, ctx.profile, ctx.calendar);
    if (!replay.cafcassReferrals.length) {
      ctx.notApplicable("no Cafcass referral");
      return;
    }
    const { cafcass } = replay.ladder;
    for (const referral of replay.cafcassReferrals) {
      const event = escalation.events[referral.eventIndex]!;
      const date = longDate(referral.date);
      const path = `/events/${referral.eventIndex}`;
      for (const problem of cafcassProblems(replay.ladder, escalation.childStatus, replay.seniorMeetings, referral.date)) {
        if (problem.kind === "not-looked-after") {
          ctx.report({ messageId: "notInCare", path, data: { date, status: describeChildStatus(problem.childStatus) } });
        }
      }
      const notConsulted = missingRoles(cafcass.consult, event.notified);
      if (notConsulted.length) ctx.report({ messageId: "notConsulted", path: `${path}/notified`, data: { date, missing: listRoles(notConsulted) } });
      const notInformed = missingRoles(cafcass.inform, event.notified);
      if (notInformed.length) ctx.report({ messageId: "notInformed", path: `${path}/notified`, data: { date, missing: listRoles(notInformed) } });
    }
  },
});
