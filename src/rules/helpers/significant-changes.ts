/**
 * Significant changes derived from a case file's own facts. Knowsley IRO Standard 2.7 ("The IRO will
 * determine whether a review needs to be convened when there is a significant change/event in the
 * child's life") and Gloucestershire Section 6.1 (quoting IRO Handbook 3.74: "Proposed change of
 * placements, and where unavoidable, actual change of placements … Court Orders … Any missing from
 * care episodes") make some facts significant changes by definition. The profile lists which
 * (significantChanges.changes) and which significant-change record codes tell the IRO of each; a
 * fact with no such record, or whose record's decision came after the next review, is a breach.
 *
 * The decision's timing is the profile's reading (decisionBy "next-review"): by the next looked-after
 * review after the change, the day it was held, or the day it is due when none has been held yet.
 */
import { compareIsoDates, datePart } from "../../calendar/index.js";
import type { SignificantChangePolicy, SignificantChangeKind } from "../../profiles/types.js";
import { LOOKED_AFTER_STATUSES } from "../../timeline/periods.js";
import type { CaseFileRecord } from "../record-map.js";
import type { SignificantChange } from "../../types/index.js";
import { eventsOfType, lookedAfterPeriods, recordsOfType } from "./case-file.js";

/** One fact in the case file that is a significant change, with where it is recorded. */
export interface DerivedChange {
  kind: SignificantChangeKind;
  /** The day the change happened: the new placement's start, the new legal status, the day the child went missing. */
  date: string;
  /** JSON Pointer to the fact. */
  path: string;
  /** The policy entry that makes it significant. */
  policy: SignificantChangePolicy["changes"][number];
}

/**
 * The facts in the case file that the profile's policy calls significant changes, in date order.
 * A placement change is any placement after the first in one time in care; a legal-status change is
 * a move from one looked-after status to a different one; a missing episode counts while looked after.
 * @example derivedChanges(caseFile, loadProfile("knowsley").significantChanges!).map((c) => c.kind) // ["placement-change"]
 */
export function derivedChanges(caseFile: CaseFileRecord, policy: SignificantChangePolicy): DerivedChange[] {
  const out: DerivedChange[] = [];
  const periods = lookedAfterPeriods(caseFile);
  const inCare = (date: string): boolean =>
    periods.some((p) => compareIsoDates(p.from, date) <= 0 && (p.to === undefined || compareIsoDates(date, p.to) <= 0));
  for (const entry of policy.changes) {
    if (entry.kind === "placement-change") {
      for (const p of periods) {
        const moves = caseFile.placements
          .map((placement, index) => ({ placement, index }))
          .filter(({ placement }) => compareIsoDates(placement.startDate, p.from) >= 0 && (p.to === undefined || compareIsoDates(placement.startDate, p.to) <= 0))
          .sort((a, b) => compareIsoDates(a.placement.startDate, b.placement.startDate));
        for (const { placement, index } of moves.slice(1)) {
          out.push({ kind: entry.kind, date: placement.startDate, path: `/placements/${index}/startDate`, policy: entry });
        }
      }
    } else if (entry.kind === "legal-status-change") {
      const sorted = caseFile.legalStatus.map((s, index) => ({ s, index })).sort((a, b) => compareIsoDates(a.s.from, b.s.from));
      sorted.forEach(({ s, index }, n) => {
        const prev = sorted[n - 1]?.s;
        if (prev && LOOKED_AFTER_STATUSES.has(prev.status) && LOOKED_AFTER_STATUSES.has(s.status) && prev.status !== s.status) {
          out.push({ kind: entry.kind, date: s.from, path: `/legalStatus/${index}/from`, policy: entry });
        }
      });
    } else {
      for (const { event, index } of eventsOfType(caseFile, "missing-episode")) {
        if (inCare(event.date)) out.push({ kind: entry.kind, date: event.date, path: `/events/${index}/date`, policy: entry });
      }
    }
  }
  return out.sort((a, b) => compareIsoDates(a.date, b.date));
}

/**
 * The day the IRO's decision about a change is due: the next looked-after review after it, held
 * (its date) or not yet held (its due date). `reviews` is each looked-after review item's done date,
 * or its due date where not done (doneOrDueOf(caseFile, ctx, ["lac-review"])), in any order.
 * Undefined when there is no review after it.
 * @example decisionDue(["2026-06-26", "2026-11-12"], "2026-10-05") // "2026-11-12"
 */
export function decisionDue(reviews: readonly string[], changeDate: string): string | undefined {
  const next = reviews
    .map((d) => datePart(d))
    .filter((d) => compareIsoDates(d, changeDate) > 0)
    .sort(compareIsoDates)[0];
  return next;
}

/**
 * Pairs each derived change with the significant-change record that tells the IRO of it: a record
 * to the IRO whose code the policy accepts for the fact, which happened on or before the change and
 * after the previous change of the same kind (so one record does not stand for two moves). Each
 * record is used once.
 * @example matchRecords(caseFile, changes).get(changes[0]) // { record, index } or undefined
 */
export function matchRecords(
  caseFile: CaseFileRecord,
  changes: readonly DerivedChange[],
): Map<DerivedChange, { record: SignificantChange; index: number }> {
  const records = recordsOfType(caseFile, "significant-change").filter(({ record }) => record.audience === "iro");
  const used = new Set<number>();
  const out = new Map<DerivedChange, { record: SignificantChange; index: number }>();
  const lastOfKind = new Map<SignificantChangeKind, string>();
  for (const change of changes) {
    const after = lastOfKind.get(change.kind);
    const candidates = records
      .filter(({ record, index }) => !used.has(index) && change.policy.recordAs.includes(record.event))
      .filter(({ record }) => compareIsoDates(record.occurredOn, change.date) <= 0 && (after === undefined || compareIsoDates(record.occurredOn, after) > 0))
      .sort((a, b) => compareIsoDates(b.record.occurredOn, a.record.occurredOn));
    const found = candidates[0];
    if (found) {
      used.add(found.index);
      out.set(change, found);
    }
    lastOfKind.set(change.kind, change.date);
  }
  return out;
}

/** The messages a significant-changes-from-events rule reports; both authorities' rules share them. */
export const SIGNIFICANT_CHANGE_MESSAGES = {
  noRecord:
    "{{change}} on {{date}} is a significant change, but no significant-change record tells the IRO of it; the IRO's decision on an early review was due by {{due}}, the next review.",
  noRecordYet:
    "{{change}} on {{date}} is a significant change, but no significant-change record tells the IRO of it yet; the IRO's decision on an early review is due by {{due}}, the next review.",
  noRecordNoReview: "{{change}} on {{date}} is a significant change, but no significant-change record tells the IRO of it.",
  decisionLate:
    "The IRO decided on {{decided}} whether to call an early review after {{change}} on {{date}}; the decision was due by {{due}}, the next review.",
  decisionPending:
    "The IRO's decision on an early review after {{change}} on {{date}} is still pending on {{asOf}}; it was due by {{due}}, the next review.",
} as const;

/** What the check needs from a rule's context (a subset of RuleContext, so helpers stay below rules). */
interface CheckContext {
  asOf: string;
  profile: { significantChanges?: SignificantChangePolicy | undefined };
  report(input: { messageId: keyof typeof SIGNIFICANT_CHANGE_MESSAGES; path: string; data: Record<string, string>; severity?: "warning" }): void;
  notApplicable(reason?: string): void;
}

/**
 * Reports each derived significant change with no record telling the IRO (a warning before the
 * next review, an error after it) and each matched record whose decision is late or still pending
 * after the next review. A record with no decision at all is kiro/gl-significant-change-*'s to report.
 * `reviews`: each looked-after review item's done or due date (see decisionDue).
 * @example checkSignificantChanges(caseFile, doneOrDueOf(caseFile, ctx, ["lac-review"]), ctx, longDate)
 */
export function checkSignificantChanges(
  caseFile: CaseFileRecord,
  reviews: readonly string[],
  ctx: CheckContext,
  longDate: (d: string) => string,
): void {
  const policy = ctx.profile.significantChanges;
  const changes = policy ? derivedChanges(caseFile, policy) : [];
  if (!changes.length) {
    ctx.notApplicable(policy ? "no placement change, legal status change or missing episode while looked after" : "the profile lists no significant changes");
    return;
  }
  const matched = matchRecords(caseFile, changes);
  for (const change of changes) {
    const due = decisionDue(reviews, change.date);
    // The message's facts, written only for a change that is reported.
    const facts = (): Record<string, string> => {
      const data: Record<string, string> = { change: capitalise(change.policy.description), date: longDate(change.date), asOf: longDate(ctx.asOf) };
      if (due !== undefined) data["due"] = longDate(due);
      return data;
    };
    const passed = due !== undefined && compareIsoDates(ctx.asOf, due) > 0;
    const found = matched.get(change);
    if (!found) {
      if (due === undefined) ctx.report({ messageId: "noRecordNoReview", path: change.path, data: facts(), severity: "warning" });
      else if (passed) ctx.report({ messageId: "noRecord", path: change.path, data: facts() });
      else ctx.report({ messageId: "noRecordYet", path: change.path, data: facts(), severity: "warning" });
      continue;
    }
    const decision = found.record.decision;
    if (due === undefined || decision === undefined) continue;
    const at = `/records/${found.index}/decision`;
    if (decision.outcome === "pending") {
      if (passed) ctx.report({ messageId: "decisionPending", path: `${at}/outcome`, data: facts() });
    } else if (decision.decidedOn !== undefined && compareIsoDates(decision.decidedOn, due) > 0) {
      ctx.report({ messageId: "decisionLate", path: `${at}/decidedOn`, data: { ...facts(), decided: longDate(decision.decidedOn) } });
    }
  }
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
