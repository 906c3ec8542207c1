/**
 * Gloucestershire PRP Protocol, Section 4.1 Informal resolution (GL-4.1):
 *   "If resolution can be reached, the actions agreed should be completed within 5 days or within a
 *   timescale mutually agreed as in the child's interests."
 *   Section 4.2: "If the matters cannot be resolved informally within 5 days, or a timescale that is
 *   in line with the child's needs, the Independent Reviewing Officer or Child Protection Chair
 *   should take formal action."
 *
 * So an informal concern ends (resolved, or taken formal) by its due date: the timescale agreed for
 * its actions where actions were agreed (the latest action's due date, as the protocol lets the
 * chair and manager agree one), else the ladder's informal response time, 5 working days from the
 * day it was raised ("5 days" read as working days: the profile's unitNote), from the escalation
 * state machine. Each agreed action is also done by its own due date: the date of the update that
 * records it done, as its history stands on ctx.asOf.
 */
import { replayOnce } from "../../case-index/replays.js";
import { defineRule } from "../define-rule.js";
import { compareIsoDates } from "../../calendar/index.js";
import { isFormalStage } from "../../escalation/index.js";
import { describeTimescale, longDate } from "../helpers/index.js";
import { progressOn } from "../../records/progress.js";

export default defineRule({
  id: "gl-informal-timely",
  appliesTo: ["escalation"],
  severity: "error",
  description: "An informal concern is resolved, or taken formal, within {informal-resolution} or the timescale agreed for its actions, and each agreed action is done by its date.",
  source: { document: "003_d67215d843be25d1.txt", paragraph: "Section 4.1", requirement: "GL-4.1" },
  owns: ["informal-resolution"],
  messages: {
    late: "The informal concern raised on {{trigger}} stayed informal until {{done}}; it should have been resolved, or taken formal, by {{due}} ({{basis}}).",
    overdue: "The informal concern raised on {{trigger}} is still informal; it should have been resolved, or taken formal, by {{due}} ({{basis}}).",
    actionLate: "An action agreed on {{trigger}} was due by {{due}} and done on {{done}}.",
    actionOverdue: "An action agreed on {{trigger}} was due by {{due}} and is not recorded as done.",
  },
  check(escalation, ctx) {
    const replay = replayOnce(ctx.caseFile ?? escalation, escalation, ctx.profile, ctx.calendar);
    const informal = replay.visits.filter((v) => !isFormalStage(v.stage));
    if (!informal.length) {
      ctx.notApplicable("no informal stage");
      return;
    }
    for (const visit of informal) {
      const event = escalation.events[visit.eventIndex]!;
      const actions = event.agreedActions ?? [];
      const agreed = actions.map((a) => a.dueDate).sort(compareIsoDates).pop();
      const due = agreed ?? visit.responseDue;
      // The message's facts are written only for a finding: most informal stages end in time.
      const data = () => ({
        trigger: longDate(visit.reachedOn),
        due: longDate(due),
        basis:
          agreed !== undefined
            ? "the timescale agreed for its actions"
            : `${describeTimescale(replay.ladder.informal.responseTime)}, as no other timescale was agreed`,
      });
      if (visit.ended) {
        if (compareIsoDates(visit.ended.on, due) > 0) {
          const path = visit.ended.eventIndex === undefined ? "/outcome/resolvedOn" : `/events/${visit.ended.eventIndex}/date`;
          ctx.report({ messageId: "late", path, data: { ...data(), done: longDate(visit.ended.on) }, timescale: "informal-resolution", due });
        }
      } else if (compareIsoDates(ctx.asOf, due) > 0) {
        ctx.report({ messageId: "overdue", path: `/events/${visit.eventIndex}`, data: data(), timescale: "informal-resolution", due });
      }
      actions.forEach((action, i) => {
        const actionData = () => ({ trigger: longDate(visit.reachedOn), due: longDate(action.dueDate) });
        const path = `/events/${visit.eventIndex}/agreedActions/${i}`;
        const progress = progressOn(action, ctx.asOf);
        if (progress.status === "done" && progress.update !== undefined) {
          if (compareIsoDates(progress.update.on, action.dueDate) > 0) {
            ctx.report({ messageId: "actionLate", path: `${path}/updates/${progress.index}/on`, data: { ...actionData(), done: longDate(progress.update.on) } });
          }
        } else if (progress.status !== "dropped" && replay.state === "open" && compareIsoDates(ctx.asOf, action.dueDate) > 0) {
          ctx.report({ messageId: "actionOverdue", path, data: actionData() });
        }
      });
    }
  },
});
