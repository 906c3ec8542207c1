/**
 * The case file index for the validation that is running: validateRecord builds it once per case
 * file and every rule and the timeline read it through `derivedFrom`. Outside a validation (a
 * report, the deadlines command, a rule's helper called on its own) there is no index and each
 * helper works its answer out directly, as it always did.
 */
import type { CaseFile } from "../types/index.js";
import { CaseIndex } from "./case-index.js";

// The validations running, innermost last: one at a time in practice (two only if a rule validated
// something itself), so finding the index is a comparison or two. A WeakMap's set and delete for
// every record validated were a visible share of a single record's validation.
const running: { caseFile: object; index: CaseIndex }[] = [];

/** The index of the running validation of this object, if any. */
function runningIndex(caseFile: object): CaseIndex | undefined {
  for (let i = running.length - 1; i >= 0; i--) if (running[i]!.caseFile === caseFile) return running[i]!.index;
  return undefined;
}

/**
 * Runs `fn` with an index of `caseFile` in force (the one already in force, when nested), and drops
 * it afterwards: the next validation of the same object reads it afresh. `extremeDates` is whether
 * the file holds a date near year 0 or 9999, when the caller knows (see CaseIndex's constructor).
 * @example withCaseIndex(caseFile, (index) => runRules(caseFile, index))
 */
export function withCaseIndex<T>(caseFile: CaseFile, fn: (index: CaseIndex) => T, extremeDates?: boolean): T {
  const entered = enterCaseIndex(caseFile, extremeDates);
  try {
    return fn(entered?.index ?? runningIndex(caseFile)!);
  } finally {
    leaveCaseIndex(entered);
  }
}

/** An index enterCaseIndex put in force, for leaveCaseIndex; undefined when one already was. */
export type EnteredIndex = { readonly caseFile: object; readonly index: CaseIndex } | undefined;

/**
 * withCaseIndex in two halves, for a caller that runs its own loop between them (validateRecord,
 * once per record: a closure made for every record was a visible share of a single record's
 * validation). Call leaveCaseIndex with the answer in a `finally`.
 * @example const entered = enterCaseIndex(caseFile); try { run(); } finally { leaveCaseIndex(entered); }
 */
export function enterCaseIndex(caseFile: CaseFile, extremeDates?: boolean): EnteredIndex {
  if (runningIndex(caseFile)) return undefined;
  const entry = { caseFile, index: new CaseIndex(caseFile, extremeDates) };
  running.push(entry);
  return entry;
}

/**
 * Drops the index enterCaseIndex put in force (nothing, for undefined): the next validation of the
 * same object reads it afresh.
 * @example leaveCaseIndex(entered)
 */
export function leaveCaseIndex(entered: EnteredIndex): void {
  if (entered === undefined) return;
  // Almost always the last entry: popped, where splice would make a list of what it removed.
  const at = running.lastIndexOf(entered as (typeof running)[number]);
  if (at === running.length - 1) running.pop();
  else if (at >= 0) running.splice(at, 1);
}

/**
 * The index in force for this case file, if a validation is running.
 * @example activeCaseIndex(caseFile)?.periods()
 */
export function activeCaseIndex(caseFile: object): CaseIndex | undefined {
  return runningIndex(caseFile);
}

/**
 * The index in force for this case file, or, outside a validation, one made for this call: a
 * helper that wants the positions of one type of event or record reads them from the index rather
 * than walking the file (a fresh index walks it once, as the helper's own walk did).
 * @example caseIndexOf(caseFile).eventIndexes("permanence-plan")
 */
export function caseIndexOf(caseFile: CaseFile): CaseIndex {
  return runningIndex(caseFile) ?? new CaseIndex(caseFile);
}

/**
 * `make()` once per validation of `caseFile` under `key` (every call when no validation is
 * running). A list comes back as a copy, so a caller that sorts or extends it cannot change what
 * the next caller sees.
 * @example derivedFrom(caseFile, "reviews-held", () => reviewsHeldFrom(caseFile))
 */
export function derivedFrom<T>(caseFile: object, key: string, make: () => T): T {
  const value = sharedFrom(caseFile, key, make);
  return (Array.isArray(value) ? value.slice() : value) as T;
}

/**
 * derivedFrom without the copy: every caller gets the one value the index keeps, so the type says
 * it is read-only. For lists many rules read on every case file (a case file's records of one type),
 * where making a copy for each caller was a visible share of validation.
 * @example sharedFrom(caseFile, memoKey("recordsOfType", type), make).length
 */
export function sharedFrom<T>(caseFile: object, key: string, make: () => T): Readonly<T> {
  const index = runningIndex(caseFile);
  if (!index) return make();
  return index.derived(key, make);
}
