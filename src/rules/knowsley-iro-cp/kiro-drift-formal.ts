/**
 * Knowsley IRO Standard 3.3 (Working with Partners):
 *   "The IRO will challenge where there is drift in care planning and alert using the local authority
 *   formal dispute resolution process."
 *
 * Checked on each escalation. Informal challenge first is fine; drift that lasts must reach the
 * formal process. "Lasts" is measured with the profile's "decision-monitoring" interval (3 months in
 * Knowsley, IRO Standard 2.2): by the time a decision is that far past its due date the IRO has
 * checked it at least once since and found it still not done.
 *   - In a case file, for each decision the escalation names (linkedDecisionIds) that is still open
 *     and more than that interval past its due date, some escalation naming the decision must have a
 *     formal step (raised formally, escalated, or at a formal stage): otherwise an error.
 *   - Otherwise (validated alone, or no named decision found), an unresolved "Drift and Delay"
 *     escalation still informal more than that interval after it was raised gets a warning: the rule
 *     cannot see the decisions, so it asks the IRO to check.
 * A decision drifting with no escalation at all is kiro-drift-escalated's finding, not repeated here.
 * The finding cites this standard; the interval only measures "lasting".
 */
import { replayOnce } from "../../case-index/replays.js";
import { defineRule } from "../define-rule.js";
import { compareIsoDates } from "../../calendar/index.js";
import { describeTimescale, longDate, raisedOn, recordsOfType, reviewDecisions } from "../helpers/index.js";

export default defineRule({
  id: "kiro-drift-formal",
  appliesTo: ["escalation"],
  severity: "error",
  description: "Drift that lasts longer than the monitoring interval is challenged through the formal dispute resolution process.",
  source: { document: "000_e97c8872ca661401.txt", paragraph: "IRO Standard 3.3", requirement: "KIRO-3.3" },
  messages: {
    decisionInformal: "Decision {{decisionId}} was due by {{due}} and is still not done as of {{asOf}}, more than {{limit}} late, but its escalation has not gone beyond the informal stage; drift is challenged through the formal dispute resolution process.",
    staleInformal: "This drift escalation was raised on {{raised}} and is still informal and unresolved as of {{asOf}}, more than {{limit}} on; please check whether it should go to the formal dispute resolution process.",
  },
  check(escalation, ctx) {
    const limit = describeTimescale(ctx.timescale("decision-monitoring"));
    // The formal start as the escalation state machine replays it (one definition for rules and CLI).
    // Replayed once per escalation, however many decisions it is checked against.
    const formal = new Map<typeof escalation, boolean>();
    const isFormal = (e: typeof escalation): boolean => {
      let f = formal.get(e);
      if (f === undefined) formal.set(e, (f = replayOnce(ctx.caseFile ?? e, e, ctx.profile, ctx.calendar).formalStart !== undefined));
      return f;
    };
    const asOf = longDate(ctx.asOf);
    const linked = escalation.linkedDecisionIds ?? [];
    const cf = ctx.caseFile;
    const named = cf ? reviewDecisions(cf, ctx.asOf).filter((d) => linked.includes(d.decision.id)) : [];
    if (cf && named.length > 0) {
      const escalations = recordsOfType(cf, "escalation").map((e) => e.record);
      for (const { decision, progress } of named) {
        const lasting = ctx.dueDate(decision.dueDate, "decision-monitoring");
        if (progress.status !== "open" || compareIsoDates(ctx.asOf, lasting) <= 0) continue;
        const formal = escalations.some((e) => (e.linkedDecisionIds ?? []).includes(decision.id) && isFormal(e));
        if (!formal) {
          ctx.report({ messageId: "decisionInformal", path: "/events", data: { decisionId: decision.id, due: longDate(decision.dueDate), asOf, limit } });
        }
      }
      return;
    }
    if (escalation.category !== "Drift and Delay" || escalation.outcome !== undefined || isFormal(escalation)) {
      ctx.notApplicable("not an open, informal drift escalation");
      return;
    }
    const raised = raisedOn(escalation);
    if (compareIsoDates(ctx.asOf, ctx.dueDate(raised, "decision-monitoring")) > 0) {
      ctx.report({ messageId: "staleInformal", path: "/events", data: { raised: longDate(raised), asOf, limit }, severity: "warning" });
    }
  },
});
