/**
 * Caseloads: children per IRO and per child protection chair over the period, against the profile's
 * expected range (IRO Handbook 2010 para 7.15: 50 to 70 looked-after children per full-time IRO).
 * The looked-after and plan periods are the timeline's (src/timeline/periods.ts).
 */
import type { CaseloadRange, ResolvedProfile } from "../../profiles/types.js";
import { casePeriods, type Period } from "../../timeline/periods.js";
import type { Contribute } from "../case-view.js";
import type { ReportPeriod } from "../types.js";
import type { FigureDef } from "../tally.js";

const NO_IRO = "No IRO named";
const NO_CHAIR = "No chair named";
/**
 * The caseload section: its figures, how a case file adds to them, and the expected range (from the
 * first case file's profile that gives one). A fresh one per tally, as it remembers that range;
 * `contribute` itself keeps nothing, so a case file's contributions can be worked out on a worker
 * thread and added to the tally later (issue 15).
 * @example const s = caseloadSection(); s.noteRanges(profile.caseload); s.contribute(view, emit); s.defs[0].id // "caseload-iro"
 */
export function caseloadSection(): { defs: FigureDef[]; contribute: Contribute; noteRanges: (caseload: ResolvedProfile["caseload"]) => void } {
  let iroRange: CaseloadRange | undefined;
  let chairRange: CaseloadRange | undefined;
  const defs: FigureDef[] = [
    { id: "caseload-iro", section: "caseload", unit: "count", title: "Looked-after children per IRO",
      definition: "Children looked after on any day of the period, by the IRO named in their case file; the figure is the number of children." },
    { id: "caseload-iro-in-range", section: "caseload", unit: "share", title: "IROs with a caseload within the expected range",
      definition: "Of the IROs named, those whose looked-after caseload is within the profile's expected range for a full-time IRO (50 to 70 in the IRO Handbook). Each named IRO is taken as full-time: the case files do not record hours.",
      finish: (figure, byId) => {
        const rows = (byId.get("caseload-iro")?.breakdown ?? []).filter((r) => r.label !== NO_IRO);
        figure.denominator = rows.length;
        if (!iroRange) return;
        const range = iroRange;
        figure.numerator = rows.filter((r) => r.numerator >= range.min && r.numerator <= range.max).length;
        figure.definition = `${figure.definition} Range used: ${range.min} to ${range.max}.`;
        figure.sources = [range.citation];
      } },
    { id: "caseload-chair", section: "caseload", unit: "count", title: "Children on a plan per chair",
      definition: "Children on a child protection plan on any day of the period, by the conference chair named in their case file. No national guidance sets a chair's caseload; a profile may add one (caseload.chair).",
      finish: (figure) => {
        if (chairRange) figure.sources = [chairRange.citation];
      } },
  ];
  // The range is policy from the profile; every shipped profile keeps the national one.
  const noteRanges = (caseload: ResolvedProfile["caseload"]) => {
    iroRange ??= caseload.iro;
    chairRange ??= caseload.chair;
  };
  const contribute: Contribute = (v, emit) => {
    const periods = casePeriods(v.caseFile);
    if (periods.lookedAfter.some((p) => overlaps(p, v.period))) {
      emit({ id: "caseload-iro", label: v.caseFile.child.iro?.name ?? NO_IRO, ...(v.profile.caseload.iro ? { cite: v.profile.caseload.iro.citation } : {}) });
    }
    if (periods.cpPlans.some((p) => overlaps(p, v.period))) {
      emit({ id: "caseload-chair", label: v.caseFile.child.cpChair?.name ?? NO_CHAIR });
    }
  };
  return { defs, contribute, noteRanges };
}

function overlaps(p: Period, period: ReportPeriod): boolean {
  return p.from <= period.to && (p.to === undefined || p.to >= period.from);
}
