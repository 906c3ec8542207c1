/**
 * What can be checked of "SMART" in a child protection plan without reading its words for meaning
 * (KCP-1.1, WB-1.CP). The schema already makes every action name a person, a due date and a measure;
 * these are the ways a plan can have all three fields and still not be SMART.
 */
import type { CpPlan } from "../../types/index.js";
import { datePart, isoSortKey } from "../../calendar/index.js";
import type { RuleContext } from "../define-rule.js";
import { longDate } from "../../dates/describe.js";
import { progressOn } from "../../records/progress.js";
import { leadingAlphanumeric, sameWords } from "./same-words.js";

/**
 * - `untimed`: an action still open when the plan was written was already past its due date at the
 *   conference, so it has no real timescale (a carried-over action must be given a new date).
 * - `unmeasured`: "how we will know it is done" only repeats the action, so nothing can be measured.
 * - `noLiveAction`: every action for an outcome was dropped (as of the day checked), so nothing is
 *   being done to achieve it.
 */
export type SmartProblemKind = "untimed" | "unmeasured" | "noLiveAction";

export interface SmartProblem {
  kind: SmartProblemKind;
  /** JSON Pointer inside the plan. */
  path: string;
  /** The outcome's id (an identifier, never its text). */
  outcomeId: string;
  /** 1-based action number within the outcome, where the problem is one action's. */
  action?: number;
  /** The action's due date, for `untimed`. */
  dueDate?: string;
}

/** Text as compared for "the same words": case, spacing and final punctuation ignored. */
function sameText(a: string, b: string): boolean {
  // Most measures do not start with their action's first letter, and then the texts differ whatever
  // normalising does (it never moves or drops a leading letter or digit): decided at once.
  const x = leadingAlphanumeric(a);
  const y = leadingAlphanumeric(b);
  if (x !== -1 && y !== -1 && x !== y) return false;
  return sameWords(a, b);
}

/**
 * The SMART problems in a plan, in plan order.
 * @example smartPlanProblems(plan, "2026-12-21") // [{ kind: "untimed", path: "/outcomes/0/actions/1/dueDate", outcomeId: "O1", action: 2, dueDate: "2026-12-01" }]
 */
export function smartPlanProblems(plan: CpPlan, asOf: string): SmartProblem[] {
  const made = datePart(plan.conferenceDate);
  const written = datePart(plan.completedAt);
  // The conference date's sort key once for the plan, not once per action (compareIsoDates(due, made) < 0).
  const madeKey = isoSortKey(made);
  const out: SmartProblem[] = [];
  plan.outcomes.forEach((outcome, o) => {
    const base = `/outcomes/${o}`;
    if (outcome.actions.every((a) => progressOn(a, asOf).status === "dropped")) {
      out.push({ kind: "noLiveAction", path: `${base}/actions`, outcomeId: outcome.id });
    }
    outcome.actions.forEach((action, a) => {
      const stood = progressOn(action, written).status;
      if (stood !== "done" && stood !== "dropped" && isoSortKey(action.dueDate) < madeKey) {
        out.push({ kind: "untimed", path: `${base}/actions/${a}/dueDate`, outcomeId: outcome.id, action: a + 1, dueDate: action.dueDate });
      }
      if (sameText(action.measure, action.text)) {
        out.push({ kind: "unmeasured", path: `${base}/actions/${a}/measure`, outcomeId: outcome.id, action: a + 1 });
      }
    });
  });
  return out;
}

/**
 * Reports each SMART problem of a plan under its message id ("untimed", "unmeasured",
 * "noLiveAction"); the rules citing Knowsley CP Chair Standard 1.1 and West Berkshire Standard 1 say
 * it in their own words and severities.
 * @example check(plan, ctx) { reportSmartPlanProblems(plan, ctx); }
 */
export function reportSmartPlanProblems(plan: CpPlan, ctx: Pick<RuleContext, "report" | "asOf">): void {
  for (const p of smartPlanProblems(plan, ctx.asOf)) {
    const data: Record<string, string | number> = { outcome: p.outcomeId, conference: longDate(plan.conferenceDate) };
    if (p.action !== undefined) data["action"] = p.action;
    if (p.dueDate !== undefined) data["due"] = longDate(p.dueDate);
    ctx.report({ messageId: p.kind, path: p.path, data });
  }
}
