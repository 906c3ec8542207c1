/**
 * A caseload report over case files and folders: the library call behind `reviewkit report`. Case
 * files are read one at a time and let go (only sums, the drift rows and each child's id are kept),
 * each validated and given its timeline exactly as `validate` and `deadlines` do on the same as-of
 * date. A file that cannot be read, is not a case file, fails its schema, or is a child already
 * counted is excluded with its reason, never counted.
 */
import { defaultCalendar, type WorkingDayCalendar } from "../calendar/index.js";
import { InputError, ReviewkitError } from "../errors.js";
import { collectJsonFiles } from "../io/collect-files.js";
import { readJsonFile } from "../io/read-json.js";
import { loadProfile } from "../profiles/load-profile.js";
import { profileFor } from "../profiles/profile-for.js";
import { validateRecord } from "../rules/run-rules.js";
import { timelineFor } from "../timeline/timeline-for.js";
import type { TimelineItem } from "../timeline/types.js";
import type { CaseFile } from "../types/index.js";
import type { CaseView } from "./case-view.js";
import { driftRows } from "./drift-list.js";
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
  const calendar = options.calendar ?? defaultCalendar();
  const asOf = options.asOf ?? options.period.to;
  const explicit = options.profile === undefined ? undefined : loadProfile(options.profile);
  const previous = previousPeriod(options.period);
  const all = new FigureTally();
  const groups = new Map<string, FigureTally>();
  const exclusions: Exclusion[] = [];
  const leftOut: Record<string, number> = {};
  const drift: DriftRow[] = [];
  const seen = new Map<string, string>();
  const profiles = new Set<string>();
  const within = options.within ?? 5;

  files.forEach((file, i) => {
    try {
      const json = readJsonFile(file);
      const type = typeof json === "object" && json !== null ? (json as { recordType?: unknown }).recordType : undefined;
      if (type !== "case-file") {
        exclusions.push({ file, reason: "not a case file (figures are counted from children's case files)" });
        return;
      }
      const profile = explicit ?? profileFor(json);
      const result = validateRecord(json, { profile, asOf, calendar });
      const broken = result.findings.find((f) => f.ruleId.startsWith("schema/") && f.severity === "error");
      if (broken) {
        exclusions.push({ file, reason: `fails validation: ${broken.path || "/"}: ${broken.message}` });
        return;
      }
      const caseFile = json as CaseFile;
      const earlier = seen.get(caseFile.child.id);
      if (earlier !== undefined) {
        exclusions.push({ file, childId: caseFile.child.id, reason: `the same child (${caseFile.child.id}) is already counted from ${earlier}` });
        return;
      }
      seen.set(caseFile.child.id, file);
      profiles.add(profile.id);
      const timeline = timelineFor(caseFile, { profile, calendar, asOf });
      const byKind = new Map<string, TimelineItem[]>();
      for (const item of timeline.items) {
        const list = byKind.get(item.kind);
        if (list) list.push(item);
        else byKind.set(item.kind, [item]);
      }
      const view: CaseView = {
        file, caseFile, profile, calendar, asOf, period: options.period, previous, timeline, findings: result.findings,
        items: (kind) => byKind.get(kind) ?? [],
        leaveOut: (reason) => {
          leftOut[reason] = (leftOut[reason] ?? 0) + 1;
        },
      };
      all.add(view);
      if (options.by) {
        const key = groupKey(caseFile, profile.name, options.by);
        let g = groups.get(key);
        if (!g) groups.set(key, (g = new FigureTally()));
        // A second view that counts nothing left out: the whole report already has.
        g.add({ ...view, leaveOut: () => undefined });
      }
      for (const row of driftRows(view, within)) drift.push(row);
    } catch (err) {
      if (!(err instanceof ReviewkitError)) throw err;
      const located = err.file === undefined ? new InputError(err.message, file, err.where) : err;
      exclusions.push({ file, reason: located.toLine() });
    } finally {
      options.onFile?.(i + 1, files.length);
    }
  });

  const counted = all.caseFiles;
  return {
    period: options.period,
    previous,
    asOf,
    by: options.by,
    profiles: [...profiles].sort(),
    caseFiles: { read: files.length, counted, excluded: files.length - counted },
    figures: all.figures(),
    groups: [...groups].sort(([a], [b]) => a.localeCompare(b)).map(([key, g]) => ({ key, caseFiles: g.caseFiles, figures: g.figures() })),
    exclusions,
    leftOut,
    drift: drift.sort((a, b) => (a.rag === b.rag ? a.due.localeCompare(b.due) || a.childId.localeCompare(b.childId) : a.rag === "red" ? -1 : 1)),
    driftWithin: within,
  };
}

function groupKey(caseFile: CaseFile, authority: string, by: ReportGrouping): string {
  if (by === "team") return caseFile.child.team;
  if (by === "authority") return authority;
  return caseFile.child.iro?.name ?? caseFile.child.cpChair?.name ?? "No IRO or chair named";
}
