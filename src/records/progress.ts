/**
 * Where a decision or action stood on a date, read from its dated history (`updates`). Records keep
 * their history instead of one status edited over time, so minutes, letters and checks each see the
 * record as it stood on their own date (IRO Handbook 2010 para 3.76 and Knowsley IRO Standards 2.2
 * and 2.6: decisions are monitored over time and progress is reported at the next review).
 * A bottom-layer helper: timeline, rules and render all read progress through it.
 */
import { compareIsoDates, isoSortKey } from "../calendar/index.js";
import type { ProgressUpdate } from "../types/index.js";

/** Where something stands: "open" when no update says otherwise. @example const s: ProgressStatus = "done"; */
export type ProgressStatus = "open" | ProgressUpdate["status"];

/** Anything with a dated history. @example const item: Tracked = { updates: [{ on: "2026-09-09", status: "done" }] }; */
export interface Tracked {
  updates?: readonly ProgressUpdate[] | undefined;
}

/** The status on a date, with the update that set it and its index in `updates` (none when open with no update). */
export interface ProgressOn {
  status: ProgressStatus;
  update?: ProgressUpdate;
  index?: number;
}

/**
 * The updates dated on or before `on`, oldest first, each with its index in `updates`. Two updates on
 * one day keep their written order: the later one in the list is the later word.
 * @example updatesUpTo({ updates: [{ on: "2026-09-09", status: "done" }] }, "2026-08-01") // []
 */
export function updatesUpTo(item: Tracked, on: string): { update: ProgressUpdate; index: number }[] {
  const updates = item.updates ?? [];
  // Most decisions and actions have one update or none: answered without the pairs, filter and
  // sort, comparing the same date the filter would.
  if (updates.length < 2) return updates.length === 1 && compareIsoDates(updates[0]!.on, on) <= 0 ? [{ update: updates[0]!, index: 0 }] : [];
  // Each date parsed once (`on` once, after the first update's, as the filter first parsed them),
  // where the filter and a sort comparing pairs parsed them again and again. Updates are mostly
  // written in date order, and then the sort (by date, ties by position) gives the list back as it is.
  let onKey: number | undefined;
  const out: { update: ProgressUpdate; index: number }[] = [];
  let previous = -Infinity;
  let ordered = true;
  for (let index = 0; index < updates.length; index++) {
    const update = updates[index]!;
    const key = isoSortKey(update.on);
    onKey ??= isoSortKey(on);
    if (key - onKey > 0) continue;
    if (key < previous) ordered = false;
    previous = key;
    out.push({ update, index });
  }
  return ordered ? out : out.sort((a, b) => compareIsoDates(a.update.on, b.update.on) || a.index - b.index);
}

/**
 * Where the item stood at the end of `on`: the last update dated on or before it, else "open".
 * An update dated after `on` is the future for a document of that date and is not seen.
 * @example progressOn({ updates: [{ on: "2026-09-09", status: "done" }] }, "2026-08-03").status // "open"
 * @example progressOn({ updates: [{ on: "2026-09-09", status: "done" }] }, "2026-09-09").status // "done"
 */
export function progressOn(item: Tracked, on: string): ProgressOn {
  // updatesUpTo(item, on).at(-1) found in one pass, without its arrays: every rule, the timeline and
  // the renderers ask this of every decision and action, most of which have no update or one. The
  // latest date wins and, on one day, the later in the list (>=); each date is parsed once, in the
  // same order as updatesUpTo parses them, so a bad date throws the same DateError.
  const updates = item.updates ?? [];
  let last: ProgressUpdate | undefined;
  let lastIndex = -1;
  let lastKey = 0;
  let onKey: number | undefined;
  for (let i = 0; i < updates.length; i++) {
    const update = updates[i]!;
    const key = isoSortKey(update.on);
    onKey ??= isoSortKey(on);
    if (key - onKey > 0) continue;
    if (last === undefined || key - lastKey >= 0) {
      last = update;
      lastIndex = i;
      lastKey = key;
    }
  }
  return last ? { status: last.status, update: last, index: lastIndex } : { status: "open" };
}

/**
 * Whether a status means the work is over: done or dropped.
 * @example isClosed("in-progress") // false
 */
export function isClosed(status: ProgressStatus): status is "done" | "dropped" {
  return status === "done" || status === "dropped";
}

/**
 * The day it was done, if it stood as done at the end of `on`.
 * @example doneOn({ updates: [{ on: "2026-09-09", status: "done" }] }, "2026-11-23") // "2026-09-09"
 */
export function doneOn(item: Tracked, on: string): string | undefined {
  const p = progressOn(item, on);
  return p.status === "done" ? p.update?.on : undefined;
}
