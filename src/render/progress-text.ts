/**
 * How a decision's or action's progress reads in a document: as it stood on the document's own date
 * (minutes, letter, plan), so a record never shows its future; with `render --progress-to`, later
 * progress is added after it, labelled as such (issue 10: records keep their history).
 */
import { formatLongDate } from "../calendar/index.js";
import { progressOn, updatesUpTo, type ProgressStatus, type Tracked } from "../records/progress.js";

const WORDS: Record<ProgressStatus, string> = {
  open: "Open",
  "not-started": "Not started",
  "in-progress": "In progress",
  done: "Done",
  dropped: "Dropped",
};

/** One status with its date: "Done, 9 September 2026"; "In progress (checked 15 October 2026)"; "Open". */
function stood(item: Tracked, on: string): string {
  const p = progressOn(item, on);
  if (!p.update) return WORDS[p.status];
  const date = formatLongDate(p.update.on);
  return p.status === "done" || p.status === "dropped" ? `${WORDS[p.status]}, ${date}` : `${WORDS[p.status]} (checked ${date})`;
}

/**
 * The progress text for a document dated `asOf`; `progressTo`, when later, adds what happened by
 * then, labelled "Later progress".
 * @example progressText({ updates: [{ on: "2026-09-09", status: "done" }] }, "2026-08-03") // "Open"
 * @example progressText({ updates: [{ on: "2026-09-09", status: "done" }] }, "2026-08-03", "2026-11-23")
 * // "Open. Later progress, to 23 November 2026: Done, 9 September 2026"
 */
export function progressText(item: Tracked, asOf: string, progressTo?: string): string {
  const then = stood(item, asOf);
  if (progressTo === undefined || progressTo <= asOf) return then;
  const later = updatesUpTo(item, progressTo).length > updatesUpTo(item, asOf).length ? stood(item, progressTo) : "no change";
  return `${then}. Later progress, to ${formatLongDate(progressTo)}: ${later}`;
}
