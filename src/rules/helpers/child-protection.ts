/**
 * Child protection facts read from a case file: when the child was on a plan, and when conferences
 * were held. A case file may hold them in several places (the cpPlans list, the legal status history,
 * conference events, conference records), so rules read them here, one way.
 */
import type { CaseFileRecord } from "../record-map.js";
import { compareIsoDates, parseDay } from "../../calendar/index.js";
import { caseIndexOf } from "../../case-index/active-index.js";
import type { CpConference } from "../../types/index.js";

const CONFERENCE_EVENTS = ["initial-conference", "review-conference"] as const;

/** A period on a child protection plan; `to` is undefined while the plan continues. */
export interface PlanPeriod {
  from: string;
  to: string | undefined;
}

/** One conference in the case file, from its event or its record (or both, on the same date). */
export interface ConferenceOnFile {
  date: string;
  kind: "initial" | "review";
  /** Whether the case file's child is (or stays) on a plan after it; undefined when the file does not say. */
  subjectToPlan: boolean | undefined;
}

/**
 * Every conference in the case file: "initial-conference" and "review-conference" events and
 * cp-conference records, one per date (a record and its event are the same conference), oldest first.
 * @example conferencesOnFile(cf).map((c) => c.date) // ["2026-12-14", "2027-03-12"]
 */
export function conferencesOnFile(caseFile: CaseFileRecord): ConferenceOnFile[] {
  const byDate = new Map<string, ConferenceOnFile>();
  // Conference events, then conference records, each in file order: the index's positions of those
  // types rather than walks of every event and record.
  const index = caseIndexOf(caseFile);
  for (const i of index.eventIndexesOf(CONFERENCE_EVENTS)) {
    const e = caseFile.events[i]!;
    if (!byDate.has(e.date)) {
      byDate.set(e.date, { date: e.date, kind: e.type === "initial-conference" ? "initial" : "review", subjectToPlan: undefined });
    }
  }
  for (const i of index.recordIndexes("cp-conference")) {
    const r = caseFile.records[i] as CpConference;
    const child = r.children.find((c) => c.id === caseFile.child.id);
    // The record is the better source: it says which kind of conference it was and what it decided.
    byDate.set(r.conferenceDate, { date: r.conferenceDate, kind: r.conferenceType, subjectToPlan: child?.outcome.subjectToPlan });
  }
  return [...byDate.values()].sort((a, b) => compareIsoDates(a.date, b.date));
}

/**
 * The periods the case file's child was on a child protection plan, oldest first: the cpPlans list
 * and legal status "child-protection-plan", merged where they overlap or one starts the day after
 * another ends (a change of category at a review is still one continuous time on a plan). When the
 * file has neither, the periods are read from its conferences: an initial or review conference
 * starts one (a review conference reviews a plan that exists), and a conference record that did
 * not keep the child on a plan ends it.
 * @example cpPlanPeriods(cf) // [{ from: "2025-12-14", to: undefined }]
 */
export function cpPlanPeriods(caseFile: CaseFileRecord): PlanPeriod[] {
  const stated: PlanPeriod[] = [
    ...(caseFile.cpPlans ?? []).map((p) => ({ from: p.startDate, to: p.endDate })),
    ...caseFile.legalStatus.filter((s) => s.status === "child-protection-plan").map((s) => ({ from: s.from, to: s.to })),
  ];
  if (stated.length > 0) return mergePeriods(stated);
  const out: PlanPeriod[] = [];
  let current: string | undefined;
  for (const c of conferencesOnFile(caseFile)) {
    if (c.subjectToPlan === false) {
      if (current !== undefined) out.push({ from: current, to: c.date });
      current = undefined;
    } else if (current === undefined) {
      current = c.date;
    }
  }
  if (current !== undefined) out.push({ from: current, to: undefined });
  return out;
}

/** Sorts periods and joins those that overlap or follow on the next day. */
function mergePeriods(periods: PlanPeriod[]): PlanPeriod[] {
  const sorted = [...periods].sort((a, b) => compareIsoDates(a.from, b.from));
  const out: PlanPeriod[] = [];
  for (const p of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && (last.to === undefined || parseDay(p.from) <= parseDay(last.to) + 1)) {
      if (last.to !== undefined && (p.to === undefined || compareIsoDates(p.to, last.to) > 0)) last.to = p.to;
    } else {
      out.push({ ...p });
    }
  }
  return out;
}

/**
 * The latest conference held before a date, if any (for "since the last conference" checks).
 * @example previousConferenceDate(cf, "2027-03-12") // "2026-12-14"
 */
export function previousConferenceDate(caseFile: CaseFileRecord, date: string): string | undefined {
  const before = conferencesOnFile(caseFile).filter((c) => compareIsoDates(c.date, date) < 0);
  return before[before.length - 1]?.date;
}

