import type { Decision, Escalation, LookedAfterReview } from "../../types/index.js";
import type { CaseFileRecord } from "../record-map.js";
import { compareIsoDates } from "../../calendar/index.js";
import { recordsOfType } from "./case-file.js";
import { raisedOn } from "./escalation-steps.js";

/** Where a review decision stands, from the decision itself and every later review that reported on it. */
export interface DecisionProgress {
  /**
   * "done" or "dropped" once the decision says so, has a completion date, or a later review in the
   * case file reported it done or dropped; otherwise "open". Any of these sources closing it is
   * enough: a record that was not updated must not turn a finished decision into drift.
   */
  status: "open" | "done" | "dropped";
  /** Dates the IRO checked progress, oldest first: `lastMonitoredOn` and each later review that reported on it. */
  checkedOn: string[];
}

/**
 * A decision of a looked-after review with where it stands; `caseFile` adds what later reviews said.
 * @example decisionProgress(review.decisions[0], review, ctx.caseFile) // { status: "open", checkedOn: ["2027-02-01"] }
 */
export function decisionProgress(decision: Decision, review: LookedAfterReview, caseFile?: CaseFileRecord): DecisionProgress {
  let status: DecisionProgress["status"] = decision.status;
  if (status === "open" && decision.completedOn !== undefined) status = "done";
  const checkedOn: string[] = decision.lastMonitoredOn !== undefined ? [decision.lastMonitoredOn] : [];
  if (caseFile) {
    for (const { record: later } of recordsOfType(caseFile, "looked-after-review")) {
      if (compareIsoDates(later.reviewDate, review.reviewDate) <= 0) continue;
      for (const p of later.previousDecisions ?? []) {
        if (p.decisionId !== decision.id) continue;
        checkedOn.push(later.reviewDate);
        if (status === "open" && (p.status === "done" || p.status === "dropped")) status = p.status;
      }
    }
  }
  return { status, checkedOn: [...new Set(checkedOn)].sort(compareIsoDates) };
}

/** One decision of one looked-after review in a case file, with JSON Pointer indexes and its progress. */
export interface CaseFileDecision {
  review: LookedAfterReview;
  /** Index of the review under /records. */
  reviewIndex: number;
  decision: Decision;
  /** Index of the decision under /records/<reviewIndex>/decisions. */
  decisionIndex: number;
  progress: DecisionProgress;
}

/**
 * Every decision of every looked-after review in the case file, with its progress.
 * @example reviewDecisions(cf).filter((d) => d.progress.status === "open")
 */
export function reviewDecisions(caseFile: CaseFileRecord): CaseFileDecision[] {
  return recordsOfType(caseFile, "looked-after-review").flatMap(({ record: review, index: reviewIndex }) =>
    review.decisions.map((decision, decisionIndex) => ({
      review,
      reviewIndex,
      decision,
      decisionIndex,
      progress: decisionProgress(decision, review, caseFile),
    })),
  );
}

/**
 * Whether an escalation answers a drifting decision: it names the decision (linkedDecisionIds) or,
 * naming no decisions at all, was raised on or after the decision's due date (older records may not
 * link decisions, so they get the benefit of the doubt). One reading for KIRO-2.6's rule and the
 * caseload report's "overdue and not escalated".
 * @example escalationCovers(escalation, decision) // true when escalation.linkedDecisionIds includes decision.id
 */
export function escalationCovers(escalation: Escalation, decision: Pick<Decision, "id" | "dueDate">): boolean {
  const linked = escalation.linkedDecisionIds ?? [];
  if (linked.length > 0) return linked.includes(decision.id);
  return compareIsoDates(raisedOn(escalation), decision.dueDate) >= 0;
}
