/**
 * Where a decision or action stands, read in one place. Decisions are moving from one `status` to a
 * dated history of updates; when they do, only this file changes for the report.
 */
import type { CaseFileDecision } from "../rules/helpers/review-decisions.js";
import { reviewDecisions } from "../rules/helpers/review-decisions.js";
import type { CaseFile } from "../types/index.js";

/** Open, done or dropped. @example const s: WorkState = "open"; */
export type WorkState = "open" | "done" | "dropped";

/**
 * Every review decision in the case file with where it stands (its own record and every later
 * review's report on it: the rules' one reading, helpers/review-decisions.ts).
 * @example decisionsOf(caseFile).filter((d) => d.state === "open")
 */
export function decisionsOf(caseFile: CaseFile): (CaseFileDecision & { state: WorkState })[] {
  return reviewDecisions(caseFile).map((d) => ({ ...d, state: d.progress.status }));
}

/**
 * An action's state: its own status, or done once it has a completion date.
 * @example actionState({ status: "open", completedOn: "2027-01-04" }) // "done"
 */
export function actionState(action: { status?: WorkState | undefined; completedOn?: string | undefined }): WorkState {
  const status = action.status ?? "open";
  return status === "open" && action.completedOn !== undefined ? "done" : status;
}
