/**
 * Whether a child protection conference's parents' letter is split into one letter per parent, and
 * why (issue 10 point 4; KCP-3.2: information given to parents). Shared by the renderer, which makes
 * the letters, and the rule that checks a record can give them safely (kcp-parent-letters-safe).
 */
import type { ParentLetters, ResolvedProfile } from "../profiles/types.js";
import type { CpConference } from "../types/index.js";

/** What splits the letter, as the profile's `parentLetters.splitWhen` names it. @example "seen-separately" */
export type SplitReason = ParentLetters["splitWhen"][number];

/**
 * Why every parent gets their own letter, or undefined when one joint letter goes. Domestic abuse
 * always splits, whatever the profile says (its schema requires "domestic-abuse" in splitWhen, and a
 * profile with no parentLetters still splits for it); being seen separately and asking for one's own
 * letter split where the profile names them.
 * @example splitReason({ ...conference, domesticAbuse: true }, loadProfile("england")) // "domestic-abuse"
 */
export function splitReason(c: Pick<CpConference, "domesticAbuse" | "parents">, profile: Pick<ResolvedProfile, "parentLetters">): SplitReason | undefined {
  if (c.domesticAbuse === true) return "domestic-abuse";
  const when = new Set<string>(profile.parentLetters?.splitWhen ?? []);
  if (when.has("seen-separately") && (c.parents ?? []).some((p) => p.seenSeparately === true)) return "seen-separately";
  if (when.has("asked") && (c.parents ?? []).some((p) => p.letter?.own === true)) return "asked";
  return undefined;
}
