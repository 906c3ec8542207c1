/**
 * Picks the citation that applies under a profile: an authority's own standard where the profile
 * carries that authority's document, else the national one. A Gloucestershire child's plan actions
 * are not measured against Knowsley's standard.
 */
import type { Citation, ResolvedProfile } from "../profiles/types.js";

/**
 * @example citeFor(loadProfile("england"), KIRO_2_2, NATIONAL) // NATIONAL
 */
export function citeFor(profile: Pick<ResolvedProfile, "documents">, own: Citation, national: Citation): Citation {
  return profile.documents.some((d) => d.id === own.document) ? own : national;
}
