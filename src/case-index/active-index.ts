/**
 * The case file index for the validation that is running: validateRecord builds it once per case
 * file and every rule and the timeline read it through `derivedFrom`. Outside a validation (a
 * report, the deadlines command, a rule's helper called on its own) there is no index and each
 * helper works its answer out directly, as it always did.
 */
import type { CaseFile } from "../types/index.js";
import { CaseIndex } from "./case-index.js";

const active = new WeakMap<object, CaseIndex>();

/**
 * Runs `fn` with an index of `caseFile` in force (the one already in force, when nested), and drops
 * it afterwards: the next validation of the same object reads it afresh.
 * @example withCaseIndex(caseFile, (index) => runRules(caseFile, index))
 */
export function withCaseIndex<T>(caseFile: CaseFile, fn: (index: CaseIndex) => T): T {
  const current = active.get(caseFile);
  if (current) return fn(current);
  const index = new CaseIndex(caseFile);
  active.set(caseFile, index);
  try {
    return fn(index);
  } finally {
    active.delete(caseFile);
  }
}

/**
 * The index in force for this case file, if a validation is running.
 * @example activeCaseIndex(caseFile)?.periods()
 */
export function activeCaseIndex(caseFile: object): CaseIndex | undefined {
  return active.get(caseFile);
}

/**
 * `make()` once per validation of `caseFile` under `key` (every call when no validation is
 * running). A list comes back as a copy, so a caller that sorts or extends it cannot change what
 * the next caller sees.
 * @example derivedFrom(caseFile, "reviews-held", () => reviewsHeldFrom(caseFile))
 */
export function derivedFrom<T>(caseFile: object, key: string, make: () => T): T {
  const index = active.get(caseFile);
  if (!index) return make();
  const value = index.derived(key, make);
  return (Array.isArray(value) ? value.slice() : value) as T;
}
