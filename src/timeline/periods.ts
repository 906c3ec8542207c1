/**
 * The periods a child's duties run in: looked after, on a child protection plan, a child in need.
 * Worked out once per timeline. The legal status history is read as a sequence (schemas/case-file:
 * "oldest first"): a status without `to` ends when the next one begins, and consecutive looked-after
 * statuses (section 20, then an interim care order, then a care order) are one period, so the review
 * clock does not restart when the order changes (CPPCR 2010 reg 33 counts from becoming looked after).
 */
import { compareIsoDates, datePart, dayAfter } from "../calendar/index.js";
import type { CaseFile } from "../types/index.js";

/**
 * One period: from its first day to its last (`to` undefined while it continues).
 * @example { key: "la-2026-06-01", from: "2026-06-01", to: undefined, path: "/legalStatus/0/from", event: "became-looked-after" }
 */
export interface Period {
  key: string;
  from: string;
  to: string | undefined;
  path: string;
  /** The trigger event name for clocks that start with the period. */
  event: string;
}

/** @example env.periods.lookedAfter[0]?.from */
export interface CasePeriods {
  lookedAfter: Period[];
  cpPlans: Period[];
  childInNeed: Period[];
}

/**
 * Legal statuses under which a child is looked after (Children Act 1989 s22(1); remand: LASPO 2012 s104).
 * @example LOOKED_AFTER_STATUSES.has("care-order") // true
 */
export const LOOKED_AFTER_STATUSES: ReadonlySet<string> = new Set([
  "s20-accommodated",
  "interim-care-order",
  "care-order",
  "placement-order",
  "remand",
]);

const later = (a: string, b: string): string => (compareIsoDates(a, b) >= 0 ? a : b);

/**
 * Runs of consecutive legal-status entries whose status is in `statuses`, merged.
 * @example statusRuns(cf, LOOKED_AFTER_STATUSES, "la", "became-looked-after")
 */
export function statusRuns(caseFile: CaseFile, statuses: ReadonlySet<string>, prefix: string, event: string): Period[] {
  const entries = caseFile.legalStatus
    .map((status, index) => ({ status, index }))
    .sort((a, b) => compareIsoDates(a.status.from, b.status.from));
  const out: Period[] = [];
  entries.forEach(({ status, index }, n) => {
    if (!statuses.has(status.status)) return;
    const end = status.to ?? entries[n + 1]?.status.from;
    const last = out[out.length - 1];
    if (last && (last.to === undefined || compareIsoDates(status.from, dayAfter(last.to)) <= 0)) {
      last.to = end === undefined || last.to === undefined ? undefined : later(last.to, end);
      return;
    }
    out.push({ key: `${prefix}-${status.from}`, from: status.from, to: end, path: `/legalStatus/${index}/from`, event });
  });
  return out;
}

function cpPlanPeriods(caseFile: CaseFile): Period[] {
  if (caseFile.cpPlans?.length) {
    return caseFile.cpPlans
      .map((p, i) => ({ key: `cp-${p.startDate}`, from: p.startDate, to: p.endDate, path: `/cpPlans/${i}/startDate`, event: "cp-plan-start" }))
      .sort((a, b) => compareIsoDates(a.from, b.from));
  }
  return statusRuns(caseFile, new Set(["child-protection-plan"]), "cp", "cp-plan-start");
}

/** Child in need periods: from each "cin-start" event, or a child-in-need status with none inside it. */
function childInNeedPeriods(caseFile: CaseFile, others: readonly Period[]): Period[] {
  const statusRunsCin = statusRuns(caseFile, new Set(["child-in-need"]), "cin", "cin-start");
  const starts = caseFile.events
    .map((e, i) => ({ e, i }))
    .filter(({ e }) => e.type === "cin-start")
    .sort((a, b) => compareIsoDates(a.e.date, b.e.date));
  const out: Period[] = starts.map(({ e, i }, n) => {
    const ends = [
      starts[n + 1]?.e.date,
      ...others.map((p) => p.from).filter((d) => compareIsoDates(d, e.date) > 0),
      statusRunsCin.find((r) => within(r, e.date))?.to,
    ].filter((d): d is string => d !== undefined);
    const to = ends.sort(compareIsoDates)[0];
    return { key: `cin-${e.id}`, from: e.date, to, path: `/events/${i}`, event: "cin-start" };
  });
  for (const run of statusRunsCin) {
    if (!starts.some(({ e }) => within(run, e.date))) out.push(run);
  }
  return out.sort((a, b) => compareIsoDates(a.from, b.from));
}

/**
 * True when `date` falls in the period (both ends included).
 * @example within({ from: "2026-06-01", to: undefined, … }, "2027-01-01") // true
 */
export function within(period: Pick<Period, "from" | "to">, date: string): boolean {
  const d = datePart(date);
  return compareIsoDates(period.from, d) <= 0 && (period.to === undefined || compareIsoDates(d, period.to) <= 0);
}

/**
 * Every period of the case file.
 * @example casePeriods(cf).lookedAfter.map((p) => p.from) // ["2026-06-01"]
 */
export function casePeriods(caseFile: CaseFile): CasePeriods {
  const lookedAfter = statusRuns(caseFile, LOOKED_AFTER_STATUSES, "la", "became-looked-after");
  const cpPlans = cpPlanPeriods(caseFile);
  return { lookedAfter, cpPlans, childInNeed: childInNeedPeriods(caseFile, [...lookedAfter, ...cpPlans]) };
}

/**
 * When the authority's involvement ended: undefined while any period is open (or there are none).
 * @example involvementEnd(periods) // undefined for a child still in care
 */
export function involvementEnd(periods: CasePeriods): string | undefined {
  const all = [...periods.lookedAfter, ...periods.cpPlans, ...periods.childInNeed];
  if (all.length === 0 || all.some((p) => p.to === undefined)) return undefined;
  return all.map((p) => p.to as string).sort(compareIsoDates).at(-1);
}
