/**
 * Who a text is written for. The standards ask for decisions a child understands "according to their
 * age and understanding" (Knowsley IRO Standard 1.11, KIRO-1.11) and jargon-free information for
 * parents (Knowsley CP Chair Standard 3.2, KCP-3.2), so a reader is a child of some age or a parent.
 */

/**
 * The two readers plain-language text is written for.
 * @example AUDIENCES.includes("parent") // true
 */
export const AUDIENCES = ["child", "parent"] as const;
export type Audience = (typeof AUDIENCES)[number];

/**
 * Readability bands: the keys of `profile.readability` and of a glossary entry's `audiences`.
 * Children are banded by age because what a 6-year-old and a 15-year-old can read differ so much.
 * @example profile.readability?.[READABILITY_BANDS[0]] // the under-8 target
 */
export const READABILITY_BANDS = ["child-under-8", "child-8-12", "child-13-plus", "parent"] as const;
export type ReadabilityBand = (typeof READABILITY_BANDS)[number];

/** Oldest age (in whole years) a child can be in each child band; 13 and over is the last band. */
const UNDER_8_MAX = 7;
const MIDDLE_MAX = 12;

/**
 * The band for a reader. A child whose age is not known gets the youngest band: its target is the
 * strictest, so a text that passes it suits any child, and an unknown age never loosens the check.
 * @example bandFor("child", 9) // "child-8-12"
 * @example bandFor("child") // "child-under-8"
 * @example bandFor("parent", 9) // "parent" (a parent's band does not depend on the child's age)
 */
export function bandFor(audience: Audience, age?: number): ReadabilityBand {
  if (audience === "parent") return "parent";
  if (age === undefined || age <= UNDER_8_MAX) return "child-under-8";
  return age <= MIDDLE_MAX ? "child-8-12" : "child-13-plus";
}

/**
 * Type guard for an audience string from the command line or a caller.
 * @example isAudience("parent") // true
 */
export function isAudience(value: unknown): value is Audience {
  return typeof value === "string" && (AUDIENCES as readonly string[]).includes(value);
}
