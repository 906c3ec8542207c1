/**
 * The escalation clocks as rule checks: each stage answered within its response time, and the
 * formal process ended within its total time. The dates and judgements come from the escalation
 * state machine (src/escalation: replayEscalation, responseTiming, formalTiming), so a rule and
 * `reviewkit escalate` never disagree about a due date.
 */
import { replayOnce } from "../../case-index/replays.js";
import type { RuleContext } from "../define-rule.js";
import type { Escalation } from "../../types/index.js";
import {
  formalTiming,
  isFormalStage,
  responseTiming,
  stageLabel,
  stageResponseTime,
  type EscalationReplay,
} from "../../escalation/index.js";
import { describeTimescale, longDate } from "../../dates/describe.js";

export interface StageResponseCheck {
  /** Which stages to judge: the informal challenge, or the formal stages. */
  stages: "informal" | "formal";
  /** The profile timescale the findings cite (its number matches the ladder's response time). */
  timescale: string;
  /**
   * `late`: answered after the due date. `unanswered`: escalated after the due date with no response.
   * `overdue`: still waiting past the due date. `resolvedUnanswered` (a warning, optional): resolved
   * after the due date with no response recorded, so please check.
   */
  messages: { late: string; unanswered: string; overdue: string; resolvedUnanswered?: string };
}

/**
 * The messages of a formal stage response check, shared by the rules that judge the same clock
 * under different standards (NAT-HB-6.2 dispute-stage-response-in-time, LEI-FE-5
 * lei-formal-stage-response): one wording, so the findings read the same whichever rule owns the
 * timescale. Spread into a rule's `messages`, then pass STAGE_RESPONSE_MESSAGE_IDS to the check.
 * @example messages: { ...STAGE_RESPONSE_MESSAGES }
 */
export const STAGE_RESPONSE_MESSAGES = {
  late: "{{stage}} was reached on {{trigger}} and the manager responded on {{done}}; the response was due by {{due}} ({{limit}}).",
  unanswered: "{{stage}} was reached on {{trigger}} and no response is recorded before it was escalated on {{ended}}; the response was due by {{due}} ({{limit}}).",
  overdue: "{{stage}} was reached on {{trigger}} and no response is recorded; it was due by {{due}} ({{limit}}).",
  resolvedUnanswered:
    "{{stage}} was reached on {{trigger}} and no response is recorded, though it was resolved on {{ended}}, after the response was due by {{due}}; please record when the manager responded.",
} as const;

/** The message ids of STAGE_RESPONSE_MESSAGES, as `checkStageResponses` takes them. @example checkStageResponses(ctx, e, { stages: "formal", timescale: "escalation-stage-response", messages: STAGE_RESPONSE_MESSAGE_IDS }) */
export const STAGE_RESPONSE_MESSAGE_IDS = { late: "late", unanswered: "unanswered", overdue: "overdue", resolvedUnanswered: "resolvedUnanswered" } as const;

/**
 * Reports each stage whose response came late or not at all. Data for messages: {{stage}} (the
 * ladder's name), {{trigger}} (reached on), {{due}}, {{done}}, {{ended}}, {{limit}}, {{asOf}}.
 * Returns the replay; says "not applicable" when no stage of the kind was reached.
 * @example checkStageResponses(ctx, escalation, { stages: "formal", timescale: "escalation-stage-response",
 *   messages: { late: "late", unanswered: "unanswered", overdue: "overdue" } })
 */
export function checkStageResponses(ctx: RuleContext, escalation: Escalation, check: StageResponseCheck): EscalationReplay {
  const replay = replayOnce(ctx.caseFile ?? escalation, escalation, ctx.profile, ctx.calendar);
  const visits = replay.visits.filter((v) => (check.stages === "formal") === isFormalStage(v.stage));
  if (!visits.length) {
    ctx.notApplicable(`no ${check.stages} stage reached`);
    return replay;
  }
  for (const visit of visits) {
    const timing = responseTiming(visit, ctx.asOf);
    // The message's facts are written only for a finding: most stages are answered in time.
    const report = (messageId: string, path: string, extra: Record<string, string> = {}, severity?: "warning") => {
      const data = {
        stage: stageLabel(replay.ladder, visit.stage),
        trigger: longDate(visit.reachedOn),
        due: longDate(visit.responseDue),
        limit: describeTimescale(stageResponseTime(replay.ladder, visit.stage)),
        asOf: longDate(ctx.asOf),
        ...extra,
      };
      ctx.report({ messageId, path, data, timescale: check.timescale, due: visit.responseDue, ...(severity ? { severity } : {}) });
    };
    switch (timing.kind) {
      case "late":
        report(check.messages.late, `/events/${timing.eventIndex}/date`, { done: longDate(timing.respondedOn) });
        break;
      case "unanswered":
        if (timing.endedBy === "escalate") report(check.messages.unanswered, `/events/${visit.eventIndex}`, { ended: longDate(timing.endedOn) });
        else if (check.messages.resolvedUnanswered) {
          report(check.messages.resolvedUnanswered, `/events/${visit.eventIndex}`, { ended: longDate(timing.endedOn) }, "warning");
        }
        break;
      case "overdue":
        report(check.messages.overdue, `/events/${visit.eventIndex}`);
        break;
      default:
        break;
    }
  }
  return replay;
}

/**
 * Reports a formal process that ended after its total time (`late`) or is still open past it
 * (`overdue`). Data: {{trigger}} (the first formal step), {{due}}, {{done}}, {{limit}}, {{asOf}}.
 * Says "not applicable" when the escalation never went formal.
 * @example checkFormalTotal(ctx, escalation, { timescale: "escalation-total", messages: { late: "late", overdue: "overdue" } })
 */
export function checkFormalTotal(
  ctx: RuleContext,
  escalation: Escalation,
  check: { timescale: string; messages: { late: string; overdue: string } },
): void {
  const replay = replayOnce(ctx.caseFile ?? escalation, escalation, ctx.profile, ctx.calendar);
  const timing = formalTiming(replay, ctx.asOf);
  const start = replay.formalStart;
  if (timing.kind === "none" || !start || replay.formalDue === undefined) {
    ctx.notApplicable("the escalation never went formal");
    return;
  }
  if (timing.kind !== "late" && timing.kind !== "overdue") return;
  // The message's facts are written only for a finding: most formal processes end in time.
  const total = replay.ladder.totalFormalTime;
  const data = {
    trigger: longDate(start.date),
    due: longDate(replay.formalDue),
    limit: describeTimescale({ value: total.value, unit: total.unit }),
    asOf: longDate(ctx.asOf),
  };
  if (timing.kind === "late") {
    const closedAt = replay.closed?.eventIndex;
    const path = closedAt === undefined ? "/outcome/resolvedOn" : `/events/${closedAt}/date`;
    ctx.report({ messageId: check.messages.late, path, data: { ...data, done: longDate(timing.closedOn) }, timescale: check.timescale, due: replay.formalDue });
  } else if (timing.kind === "overdue") {
    ctx.report({ messageId: check.messages.overdue, path: `/events/${start.eventIndex}`, data, timescale: check.timescale, due: replay.formalDue });
  }
}
