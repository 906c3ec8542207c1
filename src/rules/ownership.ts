/**
 * Who reports each timescale. Every timescale (and frequency) in a resolved profile (after `extends`
 * and `overrides`) is owned by exactly one enabled rule: the rule that declares it in `overrides` (an
 * authority restating a national timescale under its own standard), else the one rule that declares
 * it in `owns`. A timescale with no owner would never be reported, and one with two would be
 * reported twice, so a profile with either is refused (ProfileError, one line naming it). Nothing
 * here compares citation strings: a user profile may re-cite a timescale and its owner stays.
 */
import { ProfileError } from "../errors.js";
import type { ResolvedProfile } from "../profiles/types.js";
import type { RegisteredRule } from "./all-rules.js";

/** The owner of each timescale, and what is wrong with the profile's ownership (empty when all is well). */
export interface Ownership {
  owners: ReadonlyMap<string, string>;
  problems: string[];
}

const memo = new WeakMap<readonly RegisteredRule[], WeakMap<ResolvedProfile, Ownership>>();

/**
 * Works out each of the profile's timescales' owner among `rules`.
 * @example timescaleOwners(loadProfile("knowsley"), rulesFor(loadProfile("knowsley"))).owners.get("care-plan") // "care-plan-on-time"
 */
export function timescaleOwners(profile: ResolvedProfile, rules: readonly RegisteredRule[]): Ownership {
  let byProfile = memo.get(rules);
  if (!byProfile) memo.set(rules, (byProfile = new WeakMap()));
  const cached = byProfile.get(profile);
  if (cached) return cached;
  const owners = new Map<string, string>();
  const problems: string[] = [];
  // A frequency ("at least 3 in the plan's first year") is a timescale too: it has one owner.
  for (const id of [...Object.keys(profile.timescales), ...Object.keys(profile.frequencies)]) {
    const takers = rules.filter(({ rule }) => rule.overrides?.includes(id)).map(({ rule }) => rule.id);
    const holders = rules.filter(({ rule }) => rule.owns?.includes(id)).map(({ rule }) => rule.id);
    const claim = takers.length ? takers : holders;
    if (claim.length === 1) owners.set(id, claim[0]!);
    else if (claim.length === 0) problems.push(`timescale "${id}" has no enabled rule that owns it; enable its rule, or hand it to another rule with "overrides"`);
    else problems.push(`timescale "${id}" is ${takers.length ? "taken over" : "owned"} by more than one enabled rule (${claim.join(", ")}); switch one off`);
  }
  const result = { owners, problems };
  byProfile.set(profile, result);
  return result;
}

/**
 * Refuses a profile whose resolved timescales are not each owned by exactly one enabled rule.
 * @example assertOwnership(loadProfile("./mine.json"), rulesFor(profile)) // throws ProfileError: timescale "x" has no enabled rule …
 */
export function assertOwnership(profile: ResolvedProfile, rules: readonly RegisteredRule[]): void {
  const { problems } = timescaleOwners(profile, rules);
  if (problems.length) throw new ProfileError(problems[0]!, profile.id);
}
