import type { Decision, Escalation, LookedAfterReview, ProgressUpdate } from "../../types/index.js";
import type { CaseFileRecord } from "../record-map.js";
import { compareIsoDates, isoSortKey } from "../../calendar/index.js";
import { recordsOfType } from "./case-file.js";
import { isClosed, updatesUpTo } from "../../records/progress.js";
import { raisedOn } from "./escalation-steps.js";
import { derivedFrom, sharedFrom } from "../../case-index/active-index.js";
import { memoKey } from "../../case-index/case-index.js";

/** Where a review decision stands on a date, from its own dated history and every later review that reported on it. */
export interface DecisionProgress {
  /**
   * "done" or "dropped" once an update dated on or before the day asked about says so, or a later
   * review held by then reported it done or dropped; otherwise "open". Either source closing it is
   * enough: a history that was not kept up must not turn a finished decision into drift.
   */
  status: "open" | "done" | "dropped";
  /**
   * Dates the IRO checked progress up to the day asked about, oldest first: each update, and each
   * later review that reported on it. Read-only: during a validation every rule asking after the
   * decision is handed the same list.
   */
  checkedOn: readonly string[];
}

/**
 * A decision of a looked-after review as it stood at the end of `asOf`; `caseFile` adds what later
 * reviews said. An update or review dated after `asOf` has not happened yet for this question.
 * @example decisionProgress(review.decisions[0], review, "2027-03-01", ctx.caseFile) // { status: "open", checkedOn: ["2027-02-01"] }
 */
export function decisionProgress(decision: Decision, review: LookedAfterReview, asOf: string, caseFile?: CaseFileRecord): DecisionProgress {
  if (!caseFile) return progressNow(decision, review, asOf, undefined);
  // Several rules ask after the same decision: worked out once per validation of the case file, in
  // one Map per date asked about (a validation asks about one), keyed by decision. A Map, not a
  // WeakMap: it lives only as long as this validation's index, and a WeakMap made for every case
  // file is more work for the garbage collector.
  const memo = derivedFrom(caseFile, memoKey("decision-progress", asOf), () => new Map<Decision, DecisionProgress>());
  let progress = memo.get(decision);
  if (!progress) memo.set(decision, (progress = progressNow(decision, review, asOf, caseFile)));
  // The same object for every rule that asks (its list is read-only), not a copy for each.
  return progress;
}

function progressNow(decision: Decision, review: LookedAfterReview, asOf: string, caseFile: CaseFileRecord | undefined): DecisionProgress {
  // Its own history up to asOf, oldest first, read once: each entry is a check, and the last is where
  // it stood (progressOn's answer). Most decisions have no update yet: nothing to read or list then.
  let status: DecisionProgress["status"] = "open";
  let checkedOn: string[] = [];
  // Whether each check so far falls after the one before (then the list is already distinct and in
  // order, and dropping repeats and sorting would give it back as it is), and the last one's key.
  let rising = true;
  let lastKey = -Infinity;
  const updates = decision.updates;
  if (updates !== undefined && updates.length > 0) {
    // Updates are mostly written in date order: then each date is read once here, in the order
    // updatesUpTo reads them (the first update's, then asOf, then the rest), without its list of
    // pairs and a list of dates made from that. Out of order, updatesUpTo's sort settles it.
    let asOfKey: number | undefined;
    let latest: ProgressUpdate | undefined;
    for (let i = 0; i < updates.length; i++) {
      const update = updates[i]!;
      const key = isoSortKey(update.on);
      asOfKey ??= isoSortKey(asOf);
      if (key - asOfKey > 0) continue;
      if (key < lastKey) {
        rising = false;
        const history = updatesUpTo(decision, asOf);
        checkedOn = history.map(({ update: u }) => u.on);
        latest = history.at(-1)?.update;
        break;
      }
      if (key === lastKey) rising = false;
      lastKey = key;
      checkedOn.push(update.on);
      latest = update;
    }
    const own = latest?.status ?? "open";
    status = isClosed(own) ? own : "open";
  }
  if (caseFile) {
    // Each later review held by asOf that reported on it, in file order: what walking every review's
    // previousDecisions for this decision finds, from lists made once per case file.
    const reports = laterReports(caseFile).get(decision.id);
    if (reports !== undefined) {
      const madeKey = isoSortKey(review.reviewDate);
      const asOfKey = isoSortKey(asOf);
      for (const r of reports) {
        if (r.key - madeKey <= 0 || r.key - asOfKey > 0) continue;
        checkedOn.push(r.reviewDate);
        if (r.key <= lastKey) rising = false;
        lastKey = r.key;
        if (status === "open" && (r.status === "done" || r.status === "dropped")) status = r.status;
      }
    }
  }
  // A list of one or none has nothing to drop or order (and sort would compare nothing).
  return { status, checkedOn: checkedOn.length < 2 || rising ? checkedOn : [...new Set(checkedOn)].sort(compareIsoDates) };
}

/** A review's report on an earlier decision (one of its previousDecisions), with the review's date. */
interface LaterReport {
  reviewDate: string;
  /** isoSortKey(reviewDate). */
  key: number;
  status: string;
}

/**
 * Every looked-after review's reports on earlier decisions, by decision id, in file order (reviews,
 * then each review's previousDecisions): read once per validation of the case file, where each
 * decision's progress used to walk every review.
 */
function laterReports(caseFile: CaseFileRecord): Map<string, LaterReport[]> {
  return derivedFrom(caseFile, "later-decision-reports", () => {
    const byId = new Map<string, LaterReport[]>();
    for (const { record: later } of recordsOfType(caseFile, "looked-after-review")) {
      const previous = later.previousDecisions ?? [];
      if (previous.length === 0) continue;
      const key = isoSortKey(later.reviewDate);
      for (const p of previous) {
        let list = byId.get(p.decisionId);
        if (list === undefined) byId.set(p.decisionId, (list = []));
        list.push({ reviewDate: later.reviewDate, key, status: p.status });
      }
    }
    return byId;
  });
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
 * Every decision of every looked-after review in the case file, with its progress as of `asOf`.
 * @example reviewDecisions(cf, ctx.asOf).filter((d) => d.progress.status === "open")
 */
export function reviewDecisions(caseFile: CaseFileRecord, asOf: string): readonly CaseFileDecision[] {
  // Once per validation, the same list to every caller (read-only); the memo's key is the same
  // string each time (memoKey), and the list is made in plain loops.
  return sharedFrom(caseFile, memoKey("review-decisions", asOf), () => {
    const out: CaseFileDecision[] = [];
    for (const { record: review, index: reviewIndex } of recordsOfType(caseFile, "looked-after-review")) {
      const decisions = review.decisions;
      for (let decisionIndex = 0; decisionIndex < decisions.length; decisionIndex++) {
        const decision = decisions[decisionIndex]!;
        out.push({ review, reviewIndex, decision, decisionIndex, progress: decisionProgress(decision, review, asOf, caseFile) });
      }
    }
    return out;
  });
}

/**
 * Whether an escalation answers a drifting decision: it names the decision (linkedDecisionIds) or,
 * naming no decisions at all, was raised on or after the decision's due date (older records may not
 * link decisions, so they get the benefit of the doubt). One reading for KIRO-2.6's rule and the
 * caseload report's "overdue and not escalated".
 * @example escalationCovers(escalation, decision) // true when escalation.linkedDecisionIds includes decision.id
 */
export function escalationCovers(escalation: Escalation, decision: Pick<Decision, "id" | "dueDate">): boolean {
  return anyEscalationCovers([escalation])(decision);
}

/**
 * `(decision) => escalations.some((e) => escalationCovers(e, decision))`, for asking it of many
 * decisions: each escalation's first date is found and read once, not once per decision, and each
 * decision's due date once, not once per escalation (the same dates read in the same order, so a
 * bad one throws the same DateError).
 * @example const covered = anyEscalationCovers(escalations); drifted.filter((d) => !covered(d.decision))
 */
export function anyEscalationCovers(escalations: readonly Escalation[]): (decision: Pick<Decision, "id" | "dueDate">) => boolean {
  const read = escalations.map((escalation) => ({ escalation, linked: escalation.linkedDecisionIds ?? [], raisedKey: undefined as number | undefined }));
  return (decision) => {
    let dueKey: number | undefined;
    for (const e of read) {
      if (e.linked.length > 0) {
        if (e.linked.includes(decision.id)) return true;
        continue;
      }
      e.raisedKey ??= isoSortKey(raisedOn(e.escalation));
      dueKey ??= isoSortKey(decision.dueDate);
      if (e.raisedKey - dueKey >= 0) return true;
    }
    return false;
  };
}
