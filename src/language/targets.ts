import { ProfileError } from "../errors.js";
import type { ReadabilityTarget, ResolvedProfile } from "../profiles/types.js";
import { bandFor, type Audience, type ReadabilityBand } from "./audience.js";

/** A profile's readability target for one reader, with the band it came from and the age used. */
export interface LanguageTarget extends ReadabilityTarget {
  band: ReadabilityBand;
  /** The child's age the band was chosen by; null for a parent, or a child whose age is not known. */
  age: number | null;
}

/** The part of a profile the language checker reads, so callers and tests can pass just that. */
export type ReadabilityProfile = Pick<ResolvedProfile, "id" | "readability">;

/**
 * The readability target for a reader, from the profile's `readability` (the targets and the reason
 * for each number live there, as policy). A child of unknown age gets the under-8 target, the
 * strictest (see bandFor).
 * @example targetFor(loadProfile("england"), "child", 10) // { band: "child-8-12", age: 10, fleschKincaidGradeMax: 3, … }
 * @example targetFor(loadProfile("england"), "parent").maxSentenceWords // 25
 */
export function targetFor(profile: ReadabilityProfile, audience: Audience, age?: number): LanguageTarget {
  const band = bandFor(audience, age);
  const target = profile.readability?.[band];
  if (!target) {
    throw new ProfileError(`the profile has no readability target for "${band}"; add it under "readability"`, profile.id);
  }
  return { band, age: audience === "child" && age !== undefined ? age : null, ...target };
}
