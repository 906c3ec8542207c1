/**
 * One case file read once (issue 15): its events and records by kind, its periods, and every list
 * derived from them (reviews held, conferences held, meetings, placements, decisions with their
 * history) worked out the first time the timeline or a rule asks and shared after that. The index
 * lives for one validation of one case file (see active-index.ts), so a case file edited between
 * two validations (the form does that) is read afresh.
 *
 * Nothing here decides anything: each list is what the function that used to walk the raw JSON
 * returned, in the same order, so findings do not change (test/findings-golden.test.ts).
 */
import type { CaseFile } from "../types/index.js";
import { casePeriods, type CasePeriods } from "../timeline/periods.js";
import { isExtremeDateString } from "../schema/extreme-dates.js";

/**
 * A case file's index: positions of its events and records by type, its periods, and a memo of
 * derived lists keyed by name.
 * @example const index = new CaseIndex(caseFile); index.eventIndexes("lac-visit") // [3, 7, 12]
 */
export class CaseIndex {
  readonly caseFile: CaseFile;
  // Made on first use: a single record's index (for its escalation replay) usually needs none.
  private memo: Map<string, unknown> | undefined;
  private events: Map<string, number[]> | undefined;
  private records: Map<string, number[]> | undefined;
  private periodsMemo: CasePeriods | undefined;
  private extremeMemo: boolean | undefined;

  /**
   * `extremeDates`, when the caller knows it: validateRecord does, from the schema check it has just
   * run (src/schema/extreme-dates.ts), and the file is then not walked again to find out.
   */
  constructor(caseFile: CaseFile, extremeDates?: boolean) {
    this.caseFile = caseFile;
    this.extremeMemo = extremeDates;
  }

  /**
   * A derived value, made on first use and kept. A `make` that throws (a date that does not parse)
   * keeps nothing, so the next caller gets the same error, as when every caller worked it out.
   * @example index.derived("reviews-held", () => reviewsHeldFrom(index))
   */
  derived<T>(key: string, make: () => T): T {
    this.memo ??= new Map();
    const known = this.memo.get(key);
    if (known !== undefined || this.memo.has(key)) return known as T;
    const value = make();
    this.memo.set(key, value);
    return value;
  }

  /**
   * Positions under /events of the events of `type`, in file order.
   * @example index.eventIndexes("core-group") // [4, 9]
   */
  eventIndexes(type: string): readonly number[] {
    if (!this.events) {
      this.events = new Map();
      const list = this.caseFile.events ?? [];
      for (let i = 0; i < list.length; i++) {
        const t = list[i]!.type;
        const at = this.events.get(t);
        if (at) at.push(i);
        else this.events.set(t, [i]);
      }
    }
    return this.events.get(type) ?? NONE;
  }

  /**
   * Positions under /events of events of any of `types`, in file order.
   * @example index.eventIndexesOf(["lac-visit", "cp-visit"])
   */
  eventIndexesOf(types: readonly string[]): readonly number[] {
    if (types.length === 1) return this.eventIndexes(types[0]!);
    // Each type's list is in file order and no event has two types: merging the lists gives what
    // concatenating and sorting them did, without the sort. A type named twice counts once, as
    // `types.includes` did.
    let out: readonly number[] = NONE;
    for (let k = 0; k < types.length; k++) {
      const t = types[k]!;
      if (types.indexOf(t) < k) continue;
      const list = this.eventIndexes(t);
      if (list.length > 0) out = out.length === 0 ? list : mergeAscending(out, list);
    }
    return out;
  }

  /**
   * Positions under /records of the records of `type`, in file order.
   * @example index.recordIndexes("looked-after-review") // [0, 3, 6]
   */
  recordIndexes(type: string): readonly number[] {
    if (!this.records) {
      this.records = new Map();
      const list = this.caseFile.records ?? [];
      for (let i = 0; i < list.length; i++) {
        const t = (list[i] as { recordType: string }).recordType;
        const at = this.records.get(t);
        if (at) at.push(i);
        else this.records.set(t, [i]);
      }
    }
    return this.records.get(type) ?? NONE;
  }

  /**
   * Whether any date in the case file lies within 200 years of year 0 or year 9999: due dates
   * counted from it might not be writable (src/timeline/timeline-for.ts then builds the whole
   * timeline, as before, so such a file fails the same rules the same way).
   * @example index.hasExtremeDates() // false for any real child's file
   */
  hasExtremeDates(): boolean {
    this.extremeMemo ??= hasExtremeDate(this.caseFile);
    return this.extremeMemo;
  }

  /**
   * The looked-after, plan and child-in-need periods (src/timeline/periods.ts), merged once.
   * @example index.periods().lookedAfter[0]?.from
   */
  periods(): CasePeriods {
    this.periodsMemo ??= casePeriods(this.caseFile);
    return this.periodsMemo;
  }
}

const NONE: readonly number[] = Object.freeze([]);

/**
 * Two lists of distinct positions, each ascending, as one ascending list.
 * @example mergeAscending([1, 4, 9], [2, 3]) // [1, 2, 3, 4, 9]
 */
function mergeAscending(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(a[i]! < b[j]! ? a[i++]! : b[j++]!);
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}

const keys = new Map<string, Map<string, string>>();

/**
 * `${prefix}|${part}` for a memo key, the same string each time it is asked for. The memo is read
 * many times per case file (every trigger of every kind asks for its lists); a key written afresh
 * each time is a new string the Map must hash, where the same string's hash is kept in it.
 * @example index.derived(memoKey("records", type), make)
 */
export function memoKey(prefix: string, part: string): string {
  let byPart = keys.get(prefix);
  if (byPart === undefined) keys.set(prefix, (byPart = new Map()));
  let key = byPart.get(part);
  if (key === undefined) byPart.set(part, (key = `${prefix}|${part}`));
  return key;
}

/**
 * A list of names as one memo key part (types.join(","), without joining a list of one).
 * @example listKey(["lac-visit"]) // "lac-visit"
 */
export function listKey(names: readonly string[]): string {
  return names.length === 1 ? names[0]! : names.join(",");
}

/** True when a string anywhere in `value` starts like a date (YYYY-) with a year before 200 or after 9799. */
function hasExtremeDate(value: unknown): boolean {
  if (typeof value === "string") return isExtremeDateString(value);
  if (value === null || typeof value !== "object") return false;
  // Plain loops (the same walk as value.some(…) and for…in): this reads every value of the case file once.
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (hasExtremeDate(value[i])) return true;
    return false;
  }
  for (const k in value) if (hasExtremeDate((value as Record<string, unknown>)[k])) return true;
  return false;
}
