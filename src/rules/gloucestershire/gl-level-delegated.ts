/**
 * Gloucestershire PRP Protocol, Section 4.2, the flow chart and the stage table (GL-4.2):
 *   "IRO/CP Chair completes the comments section on the PRP Form and delegates to the Relevant
 *   Manager as indicated in the below table."
 *   Stage    | [lost] Form Delegated to:         | Child in Care PRP Form Delegated to:
 *   Informal | Team Manager                      | Team Manager
 *   Formal 1 | Team Manager                      | Team Manager
 *   Formal 2 | Group Manager                     | Head of Service
 *   Formal 3 | Appropriate Assistant Director    | Appropriate Assistant Director
 *   Formal 4 | Director of Safeguarding and Care | Director of Safeguarding and Care
 *
 * Read column by column: the third column is the Child in Care form, so the second (its header's
 * first words lost) is the Child Protection form. Formal 2 goes to a Head of Service on the child in
 * care form and a Group Manager on the child protection form. Section 4.2's prose names the
 * accountable manager (the Assistant Director at Level 2, who "may delegate responsibility to a Head
 * of Service, Service Manager, or Group Manager"); this rule checks who the form was delegated to,
 * which the table governs (the profile's reading "gl-prp-stage-table" quotes both texts and says why).
 * A formal level must be delegated to someone named, in the table's role; the informal form is often
 * completed by the IRO or chair after agreeing it with the Team Manager (Section 4.1), so only a
 * delegation that is recorded is checked there.
 */
import { replayOnce } from "../../case-index/replays.js";
import { defineRule } from "../define-rule.js";
import { isFormalStage, sameRole, stageLabel } from "../../escalation/index.js";
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
    const replay = replayOnce(ctx.caseFile ?? escalation, escalation, ctx.profile, ctx.calendar);
    if (!replay.visits.length) {
      ctx.notApplicable("not raised yet");
      return;
    }
    const form = FORM[escalation.childStatus];
    for (const visit of replay.visits) {
      const event = escalation.events[visit.eventIndex]!;
      // The message's facts are written only for a finding: most stages are taken by the right role.
      const data = () => ({ stage: stageLabel(replay.ladder, visit.stage), date: longDate(event.date), expected: visit.role, form });
      const delegated = event.delegatedTo;
      if (!delegated) {
        if (isFormalStage(visit.stage)) ctx.report({ messageId: "notDelegated", path: `/events/${visit.eventIndex}/delegatedTo`, data: data() });
      } else if (!sameRole(delegated.role, visit.role)) {
        ctx.report({
          messageId: "wrongRole",
          path: `/events/${visit.eventIndex}/delegatedTo/role`,
          data: { ...data(), role: delegated.role },
        });
      }
    }
  },
});
