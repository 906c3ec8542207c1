/**
 * Where a decision or action stands, read in one place: from its dated history of updates
 * (records/progress.ts) as it stood on the report's as-of date, never from later entries.
 */
import type { CaseFileDecision } from "../rules/helpers/review-decisions.js";
import { reviewDecisions } from "../rules/helpers/review-decisions.js";
import { doneOn, isClosed, progressOn, type Tracked } from "../records/progress.js";
import type { CaseFile } from "../types/index.js";

/** Open, done or dropped. @example const s: WorkState = "open"; */
export type WorkState = "open" | "done" | "dropped";

/**
 * Every review decision in the case file with where it stands on `asOf` (its own history and every
 * later review's report on it: the rules' one reading, helpers/review-decisions.ts), and the day its
 * history records it done, if it does by then.
 * @example decisionsOf(caseFile, "2026-11-23").filter((d) => d.state === "open")
 */
export function decisionsOf(caseFile: CaseFile, asOf: string): (CaseFileDecision & { state: WorkState; doneOn: string | undefined })[] {
  return reviewDecisions(caseFile, asOf).map((d) => ({ ...d, state: d.progress.status, doneOn: doneOn(d.decision, asOf) }));
}

/**
 * An action's state on `asOf`, from its dated history.
 * @example actionState({ updates: [{ on: "2027-01-04", status: "done" }] }, "2027-01-10") // "done"
 */
export function actionState(action: Tracked, asOf: string): WorkState {
  const status = progressOn(action, asOf).status;
  return isClosed(status) ? status : "open";
}
