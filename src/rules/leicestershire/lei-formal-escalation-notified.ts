/**
 * Leicestershire, Stage One to Stage Four (LEI-FE-N):
 *   Stage One: "The Team Manager and Social Worker should be notified by email of this escalation being sent."
 *   Stage Two: "The Service Manager and Team Manager should be notified by email of the escalation. …
 *   the Team Manager and Social Worker should be notified of the response by email."
 *   Stage Three: "The Head of Service, Service Manager and Team Manager should be notified by email.
 *   The Service Manager for the Safeguarding and Performance Service should also be notified by email.
 *   … the parties as above should be notified of the response by email."
 *   Stage Four: "The Assistant Director, Head of Service, the Service Manager and Team Manager should be
 *   notified by email. The Service Manager for the Safeguarding and Performance Service should also be
 *   notified by email. … the parties as above should be notified of the response by email."
 *
 * The roles are the profile's ladder (each stage's `notify`, and `notifyOnResponse` for a response),
 * so the rule holds no list of its own. Roles are compared ignoring case, spaces and hyphens. The
 * step that reached a stage must show everyone the stage names as notified; a response at a stage
 * whose ladder step names who hears of responses must show them.
 */
import { replayOnce } from "../../case-index/replays.js";
import { defineRule } from "../define-rule.js";
import { isFormalStage, listRoles, missingRoles, stageLabel, stepFor } from "../../escalation/index.js";
import { longDate } from "../helpers/index.js";

export default defineRule({
  id: "lei-formal-escalation-notified",
  appliesTo: ["escalation"],
  severity: "error",
  description: "Each Formal Escalation stage, and each response where the stage says so, is notified to the roles Leicestershire's ladder names.",
  source: { document: "001_184c5097ab010ef4.txt", paragraph: "Stage One to Stage Four", requirement: "LEI-FE-N" },
  messages: {
    stage: "The step on {{date}} took the escalation to {{stage}}, but the people notified do not include {{missing}}.",
    response: "The response on {{date}} at {{stage}} was not notified to {{missing}}, as the stage asks.",
  },
  check(escalation, ctx) {
    const replay = replayOnce(ctx.caseFile ?? escalation, escalation, ctx.profile, ctx.calendar);
    const formal = replay.visits.filter((v) => isFormalStage(v.stage));
    if (!formal.length) {
      ctx.notApplicable("the escalation never went formal");
      return;
    }
    for (const visit of formal) {
      const step = stepFor(replay.ladder, visit.stage);
      if (!step) continue;
      const stage = stageLabel(replay.ladder, visit.stage);
      const reached = escalation.events[visit.eventIndex]!;
      const missing = missingRoles(step.notify, reached.notified);
      if (missing.length) {
        ctx.report({
          messageId: "stage",
          path: `/events/${visit.eventIndex}/notified`,
          data: { date: longDate(reached.date), stage, missing: listRoles(missing) },
        });
      }
      for (const response of visit.responses) {
        const event = escalation.events[response.eventIndex]!;
        const missingOnResponse = missingRoles(step.notifyOnResponse ?? [], event.notified);
        if (missingOnResponse.length) {
          ctx.report({
            messageId: "response",
            path: `/events/${response.eventIndex}/notified`,
            data: { date: longDate(event.date), stage, missing: listRoles(missingOnResponse) },
          });
        }
      }
    }
  },
});
