/**
 * Gloucestershire PRP Protocol, Section 4.2 and the stage table (GL-4.2):
 *   "IRO/CP Chair completes the comments section on the PRP Form and delegates to the Relevant
 *   Manager as indicated in the below table."
 *   Stage | Child in Care PRP Form delegated to | Child Protection PRP Form delegated to
 *   Informal | Team Manager | Team Manager
 *   Formal 1 | Team Manager | Team Manager
 *   Formal 2 | Group Manager | Head of Service
 *   Formal 3 | Appropriate Assistant Director | Appropriate Assistant Director
 *   Formal 4 | Director of Safeguarding and Care | Director of Safeguarding and Care
 *
 * The roles come from the profile's ladder for the child's status (the two forms), which follows the
 * table rather than the prose of 4.2 (see the profile's overrides). A formal level must be delegated
 * to someone named, in the table's role; the informal form is often completed by the IRO or chair
 * after agreeing it with the Team Manager (Section 4.1), so only a delegation that is recorded is checked there.
 */
import { defineRule } from "../define-rule.js";
import { isFormalStage, replayEscalation, sameRole, stageLabel } from "../../escalation/index.js";
import { longDate } from "../helpers/index.js";

const FORM = { "looked-after": "Child in Care", "child-protection": "Child Protection" } as const;

export default defineRule({
  id: "gl-level-delegated",
  appliesTo: ["escalation"],
  severity: "error",
  description: "Each PRP level is delegated to the manager the stage table names for the child's form.",
  source: { document: "003_d67215d843be25d1.txt", paragraph: "Section 4.2 and the stage table", requirement: "GL-4.2" },
  messages: {
    notDelegated: "{{stage}} was reached on {{date}} but the PRP form is not recorded as delegated to anyone; the {{form}} PRP form goes to the {{expected}}.",
    wrongRole: "{{stage}} was delegated on {{date}} to a {{role}}; the {{form}} PRP form goes to the {{expected}} at this level.",
  },
  check(escalation, ctx) {
    const replay = replayEscalation(escalation, ctx.profile, ctx.calendar);
    if (!replay.visits.length) {
      ctx.notApplicable("not raised yet");
      return;
    }
    const form = FORM[escalation.childStatus];
    for (const visit of replay.visits) {
      const event = escalation.events[visit.eventIndex]!;
      const data = { stage: stageLabel(replay.ladder, visit.stage), date: longDate(event.date), expected: visit.role, form };
      const delegated = event.delegatedTo;
      if (!delegated) {
        if (isFormalStage(visit.stage)) ctx.report({ messageId: "notDelegated", path: `/events/${visit.eventIndex}/delegatedTo`, data });
      } else if (!sameRole(delegated.role, visit.role)) {
        ctx.report({
          messageId: "wrongRole",
          path: `/events/${visit.eventIndex}/delegatedTo/role`,
          data: { ...data, role: delegated.role },
        });
      }
    }
  },
});
