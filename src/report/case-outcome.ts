/**
 * One case file's part in a report, worked out on its own: read, validated, given its timeline,
 * its contributions to every figure recorded, its drift rows listed. The report adds these up in
 * file order (build-report.ts), whether they were made on this thread or on worker threads
 * (report-in-workers.ts), so a report is the same either way. Only the adding-up knows whether a
 * child was already counted from an earlier file, so that is decided there.
 */
import type { WorkingDayCalendar } from "../calendar/index.js";
import { InputError, ReviewkitError } from "../errors.js";
import { readJsonFile } from "../io/read-json.js";
import { profileFor } from "../profiles/profile-for.js";
import type { ResolvedProfile } from "../profiles/types.js";
import { validateRecord } from "../rules/run-rules.js";
import { timelineFor } from "../timeline/timeline-for.js";
import type { TimelineItem } from "../timeline/types.js";
import type { CaseFile } from "../types/index.js";
import type { CaseView } from "./case-view.js";
import { driftRows } from "./drift-list.js";
import { recordContributions } from "./sections.js";
import type { Contribution } from "./tally.js";
import type { DriftRow, ReportGrouping, ReportPeriod } from "./types.js";

/** A file left out before its child is known: unreadable, not a case file, failing its schema. */
export interface ExcludedOutcome {
  file: string;
  excluded: string;
}

/**
 * A case file whose child is known. What it adds to the report, as far as it got: contributions
 * once its timeline was built (all of them unless `failure` stopped a section part way), the group
 * and drift rows once every section had run. `failure` is what stopped it: a located line (the file
 * is then listed as left out) or a bug's message (the report stops), unless the child was already
 * counted from an earlier file, which the old loop checked first.
 */
export interface CountedOutcome {
  file: string;
  childId: string;
  profileId: string;
  caseload: ResolvedProfile["caseload"];
  contributions?: Contribution[];
  leftOut: string[];
  group?: string;
  drift?: DriftRow[];
  failure?: { line: string } | { internal: string };
}

/** @example "excluded" in outcome ? outcome.excluded : outcome.childId */
export type CaseOutcome = ExcludedOutcome | CountedOutcome;

/** What every case file of one report is read with. */
export interface CaseOutcomeOptions {
  period: ReportPeriod;
  previous: ReportPeriod;
  asOf: string;
  /** The profile for every case file (--profile); default each case file's own authority. */
  profile?: ResolvedProfile | undefined;
  by?: ReportGrouping | undefined;
  within: number;
  calendar: WorkingDayCalendar;
}

/**
 * One file's outcome. Throws only a bug met before its child is known (as the old loop did).
 * @example caseOutcome("examples/knowsley/amara-okafor.case.json", options)
 */
export function caseOutcome(file: string, options: CaseOutcomeOptions): CaseOutcome {
  let json: unknown;
  let profile: ResolvedProfile;
  let caseFile: CaseFile;
  const { asOf, calendar } = options;
  let findings;
  try {
    json = readJsonFile(file);
    const type = typeof json === "object" && json !== null ? (json as { recordType?: unknown }).recordType : undefined;
    if (type !== "case-file") return { file, excluded: "not a case file (figures are counted from children's case files)" };
    profile = options.profile ?? profileFor(json);
    const result = validateRecord(json, { profile, asOf, calendar });
    const broken = result.findings.find((f) => f.ruleId.startsWith("schema/") && f.severity === "error");
    if (broken) return { file, excluded: `fails validation: ${broken.path || "/"}: ${broken.message}` };
    findings = result.findings;
    caseFile = json as CaseFile;
  } catch (err) {
    return { file, excluded: lineFor(err, file) };
  }
  const out: CountedOutcome = { file, childId: caseFile.child.id, profileId: profile.id, caseload: profile.caseload, leftOut: [] };
  try {
    const timeline = timelineFor(caseFile, { profile, calendar, asOf });
    const byKind = new Map<string, TimelineItem[]>();
    for (const item of timeline.items) {
      const list = byKind.get(item.kind);
      if (list) list.push(item);
      else byKind.set(item.kind, [item]);
    }
    const view: CaseView = {
      file, caseFile, profile, calendar, asOf, period: options.period, previous: options.previous, timeline, findings,
      items: (kind) => byKind.get(kind) ?? [],
      leaveOut: (reason) => {
        out.leftOut.push(reason);
      },
    };
    out.contributions = [];
    recordContributions(view, out.contributions);
    if (options.by) out.group = groupKey(caseFile, profile.name, options.by);
    out.drift = driftRows(view, options.within);
  } catch (err) {
    out.failure = err instanceof ReviewkitError ? { line: lineFor(err, file) } : { internal: err instanceof Error ? err.message : String(err) };
  }
  return out;
}

/** A ReviewkitError as one located line; anything else is a bug and is thrown on. */
function lineFor(err: unknown, file: string): string {
  if (!(err instanceof ReviewkitError)) throw err;
  const located = err.file === undefined ? new InputError(err.message, file, err.where) : err;
  return located.toLine();
}

function groupKey(caseFile: CaseFile, authority: string, by: ReportGrouping): string {
  if (by === "team") return caseFile.child.team;
  if (by === "authority") return authority;
  return caseFile.child.iro?.name ?? caseFile.child.cpChair?.name ?? "No IRO or chair named";
}
