/**
 * Deadlines across case files: the library call behind `reviewkit deadlines`. Reads case files and
 * folders (a folder is a caseload), builds each child's timeline under their profile, and keeps the
 * items a caseload view shows: what is overdue and what is due, optionally only the next N days.
 */
import { statSync } from "node:fs";
import type { WorkingDayCalendar } from "../calendar/index.js";
import { InputError, ReviewkitError } from "../errors.js";
import { collectJsonFiles } from "../io/collect-files.js";
import { readJsonFile } from "../io/read-json.js";
import { loadProfile } from "../profiles/load-profile.js";
import { profileFor } from "../profiles/profile-for.js";
import { checkSchema } from "../schema/index.js";
import type { CaseFile } from "../types/index.js";
import { buildTimeline } from "./build-timeline.js";
import type { TimelineItem } from "./types.js";
import { dueBetween, dueWithin, isOpen, sortByUrgency, summarise } from "./urgency.js";

/** A timeline item with the case file it came from. @example { ...item, caseFileId: "CF-KN-0001", file: "caseload/amara.json" } */
export interface DeadlineItem extends TimelineItem {
  caseFileId: string;
  file: string;
}

/**
 * A file that could not be used: one line naming it and, for a schema failure, the field. No record content.
 * @example { file: "bad.json", line: "bad.json: /child/dateOfBirth: \"Date of birth\" must be a real date" }
 */
export interface DeadlineFailure {
  file: string;
  line: string;
}

/** @example { asOf: "2027-01-04", within: 28 } */
export interface DeadlinesOptions {
  asOf: string;
  /** A profile id or file for every case file; default: each case file's own authority, else england. */
  profile?: string | undefined;
  calendar?: WorkingDayCalendar | undefined;
  /** Only items due within this many working days of asOf, plus everything overdue. */
  within?: number | undefined;
  /** Only items due on or after this date (YYYY-MM-DD), overdue or not. */
  from?: string | undefined;
  /** Only items due on or before this date (YYYY-MM-DD), overdue or not. */
  to?: string | undefined;
  /** Keep items already done (on time or late) too. */
  includeDone?: boolean | undefined;
  onFile?: ((done: number, total: number) => void) | undefined;
}

/** What `deadlinesForFiles` returns; `summary` counts the items kept. @example result.summary.byStatus.overdue */
export interface DeadlinesResult {
  asOf: string;
  items: DeadlineItem[];
  summary: ReturnType<typeof summarise> & { caseFiles: number; overdue: number };
  failures: DeadlineFailure[];
  /** True when any input was a folder: a caseload, shown with a summary. */
  caseload: boolean;
}

interface Source {
  file: string;
  fromFolder: boolean;
}

function sources(inputs: readonly string[]): Source[] {
  return inputs.flatMap((input) => {
    const folder = input !== "-" && isFolder(input);
    return collectJsonFiles([input]).map((file) => ({ file, fromFolder: folder }));
  });
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function read(file: string): unknown {
  return readJsonFile(file);
}

/**
 * Reads case files and folders and lists their deadlines, most urgent first. A file that is not a
 * case file is a failure when named directly and skipped inside a folder (a caseload folder may
 * hold other records); a case file that fails its schema is a failure naming the field.
 * @example const r = deadlinesForFiles(["caseload/"], { asOf: "2027-01-04", within: 28 }); r.summary.overdue
 */
export function deadlinesForFiles(inputs: readonly string[], options: DeadlinesOptions): DeadlinesResult {
  const list = sources(inputs);
  const explicit = options.profile === undefined ? undefined : loadProfile(options.profile);
  const all: DeadlineItem[] = [];
  const failures: DeadlineFailure[] = [];
  let caseFiles = 0;
  list.forEach(({ file, fromFolder }, i) => {
    const label = file === "-" ? "<stdin>" : file;
    try {
      const json = read(file);
      const type = typeof json === "object" && json !== null ? (json as { recordType?: unknown }).recordType : undefined;
      if (type !== "case-file") {
        // One line, and nothing else printed: a single record has no timeline of its own.
        const what = typeof type === "string" && type.length <= 40 && /^[a-z-]+$/.test(type) ? `is a ${type} record, not a case file` : "is not a case file";
        if (!fromFolder) failures.push({ file: label, line: `${label}: ${what}; deadlines are worked out from a child's case file, which holds the child's records (reviewkit new case-file starts one)` });
      } else {
        const problem = checkSchema(json, "case-file").find((f) => f.severity === "error");
        if (problem) {
          failures.push({ file: label, line: `${label}: ${problem.path || "/"}: ${problem.message}` });
        } else {
          const caseFile = json as CaseFile;
          const profile = explicit ?? profileFor(json);
          const timeline = buildTimeline(caseFile, { profile, asOf: options.asOf, calendar: options.calendar });
          caseFiles++;
          all.push(...timeline.items.map((item) => ({ ...item, caseFileId: caseFile.id, file: label })));
        }
      }
    } catch (err) {
      if (!(err instanceof ReviewkitError)) throw err;
      const located = err.file === undefined ? new InputError(err.message, label, err.where) : err;
      failures.push({ file: label, line: located.toLine() });
    }
    options.onFile?.(i + 1, list.length);
  });
  let items = options.includeDone ? all : all.filter(isOpen);
  if (options.within !== undefined) items = dueWithin(items, options.asOf, options.within, options.calendar) as DeadlineItem[];
  if (options.from !== undefined || options.to !== undefined) {
    items = dueBetween(items, options.from ?? "0001-01-01", options.to ?? "9999-12-31") as DeadlineItem[];
  }
  items = sortByUrgency(items) as DeadlineItem[];
  const overdue = all.filter((i) => i.status === "overdue").length;
  return {
    asOf: options.asOf,
    items,
    summary: { ...summarise(items), caseFiles, overdue },
    failures,
    caseload: list.some((s) => s.fromFolder) || caseFiles > 1,
  };
}
