/**
 * "Did you mean …?" for a misspelt field name, value, command or option, by edit distance
 * (fastest-levenshtein). Only names reviewkit itself defines are ever suggested, never record content.
 */
import { distance } from "fastest-levenshtein";

/**
 * The candidate closest to `typed`, if it is close enough to be a likely typo: case is ignored, and
 * up to a third of the word's letters (at least 2) may differ. Undefined when nothing is close.
 * @example closestName("placemnt", ["placement", "permanence"]) // "placement"
 */
export function closestName(typed: string, candidates: Iterable<string>): string | undefined {
  const lower = typed.toLowerCase();
  const limit = Math.max(2, Math.floor(typed.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    if (c === typed) continue;
    const d = distance(lower, c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return bestDistance <= limit && best !== undefined && best.length > 1 ? best : undefined;
}

/**
 * The suffix a message gets when there is a close name: `; did you mean "placement"?`, else "".
 * @example `"placemnt" is not a field${didYouMean("placemnt", names)}`
 */
export function didYouMean(typed: string, candidates: Iterable<string>): string {
  const best = closestName(typed, candidates);
  return best === undefined ? "" : `; did you mean "${best}"?`;
}
