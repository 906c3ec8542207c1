/**
 * A caseload report over case files and folders: the library call behind `reviewkit report`. Case
 * files are read one at a time and let go (only sums, the drift rows and each child's id are kept),
 * each validated and given its timeline exactly as `validate` and `deadlines` do on the same as-of
 * date. A file that cannot be read, is not a case file, fails its schema, or is a child already
 * counted is excluded with its reason, never counted.
 */
import { defaultCalendar, type WorkingDayCalendar } from "../calendar/index.js";
import { collectJsonFiles } from "../io/collect-files.js";
import { loadProfile } from "../profiles/load-profile.js";
import { caseOutcome, type CaseOutcome, type CaseOutcomeOptions } from "./case-outcome.js";
import { previousPeriod } from "./period.js";
import { FigureTally } from "./sections.js";
import type { DriftRow, Exclusion, Report, ReportGrouping, ReportPeriod } from "./types.js";

/** @example { period: { from: "2026-04-01", to: "2027-03-31" }, by: "team", within: 5 } */
export interface ReportOptions {
  period: ReportPeriod;
  /** The date the report is made as of (overdue, still open, drift); default the period's last day. */
  asOf?: string | undefined;
  /** A profile id or file for every case file; default each case file's own authority. */
  profile?: string | undefined;
  by?: ReportGrouping | undefined;
  /** Drift list: items due within this many working days of the as-of date are amber. Default 5. */
  within?: number | undefined;
  calendar?: WorkingDayCalendar | undefined;
  onFile?: ((done: number, total: number) => void) | undefined;
}

/**
 * Reads the case files and works out every figure, the groups and the drift list.
 * @example const r = reportForFiles(["examples"], { period: { from: "2026-04-01", to: "2027-03-31" } }); r.caseFiles.counted
 */
export function reportForFiles(inputs: readonly string[], options: ReportOptions): Report {
  const files = collectJsonFiles(inputs);
  return reportOnThisThread(files, outcomeOptions(options, options.calendar ?? defaultCalendar()), options.onFile);
}

/**
 * The report of files already collected, read one at a time on this thread: what reportForFiles
 * does, and what reportForFilesInParallel does when a run is too small for workers.
 * @example reportOnThisThread(["a.json"], outcomeOptions({ period }, defaultCalendar()))
 */
export function reportOnThisThread(files: readonly string[], setup: CaseOutcomeOptions, onFile?: (done: number, total: number) => void): Report {
  const fold = new ReportFold(setup);
  files.forEach((file, i) => {
    try {
      fold.add(caseOutcome(file, setup));
    } finally {
      onFile?.(i + 1, files.length);
    }
  });
  return fold.report(files.length);
}

/**
 * What every case file of the report is read with, from the report's options: the profile loaded
 * once, the previous period, the drift window.
 * @example caseOutcome(file, outcomeOptions(options, defaultCalendar()))
 */
export function outcomeOptions(options: Omit<ReportOptions, "calendar" | "onFile">, calendar: WorkingDayCalendar): CaseOutcomeOptions {
  return {
    period: options.period,
    previous: previousPeriod(options.period),
    asOf: options.asOf ?? options.period.to,
    profile: options.profile === undefined ? undefined : loadProfile(options.profile),
    by: options.by,
    within: options.within ?? 5,
    calendar,
  };
}

/**
 * The report added up from each case file's outcome, in file order. Keeps only sums, the drift rows
 * and each child's id, so memory does not grow with the size of the case files.
 * @example const fold = new ReportFold(setup); for (const f of files) fold.add(caseOutcome(f, setup)); fold.report(files.length)
 */
export class ReportFold {
  private readonly all = new FigureTally();
  private readonly groups = new Map<string, FigureTally>();
  private readonly exclusions: Exclusion[] = [];
  private readonly leftOut: Record<string, number> = {};
  private readonly drift: DriftRow[] = [];
  private readonly seen = new Map<string, string>();
  private readonly profiles = new Set<string>();

  constructor(private readonly setup: CaseOutcomeOptions) {}

  /** Adds the next file's outcome. Throws a bug the file met (as one thread would have, here). */
  add(o: CaseOutcome): void {
    if ("excluded" in o) {
      this.exclusions.push({ file: o.file, reason: o.excluded });
      return;
    }
    const earlier = this.seen.get(o.childId);
    if (earlier !== undefined) {
      this.exclusions.push({ file: o.file, childId: o.childId, reason: `the same child (${o.childId}) is already counted from ${earlier}` });
      return;
    }
    this.seen.set(o.childId, o.file);
    this.profiles.add(o.profileId);
    if (o.contributions) {
      this.all.addRecorded(o.caseload, o.contributions);
      for (const reason of o.leftOut) this.leftOut[reason] = (this.leftOut[reason] ?? 0) + 1;
    }
    if (o.group !== undefined && o.contributions) {
      let g = this.groups.get(o.group);
      if (!g) this.groups.set(o.group, (g = new FigureTally()));
      // The same contributions: a group counts nothing left out, the whole report already has.
      g.addRecorded(o.caseload, o.contributions);
    }
    if (o.drift) for (const row of o.drift) this.drift.push(row);
    if (o.failure) {
      if ("internal" in o.failure) throw new Error(o.failure.internal);
      this.exclusions.push({ file: o.file, reason: o.failure.line });
    }
  }

  /** The report over `read` files. @example fold.report(files.length) */
  report(read: number): Report {
    const counted = this.all.caseFiles;
    const { period, previous, asOf, by, within } = this.setup;
    return {
      period,
      previous,
      asOf,
      by,
      profiles: [...this.profiles].sort(),
      caseFiles: { read, counted, excluded: read - counted },
      figures: this.all.figures(),
      groups: [...this.groups].sort(([a], [b]) => a.localeCompare(b)).map(([key, g]) => ({ key, caseFiles: g.caseFiles, figures: g.figures() })),
      exclusions: this.exclusions,
      leftOut: this.leftOut,
      drift: this.drift.sort((a, b) => (a.rag === b.rag ? a.due.localeCompare(b.due) || a.childId.localeCompare(b.childId) : a.rag === "red" ? -1 : 1)),
      driftWithin: within,
    };
  }
}
