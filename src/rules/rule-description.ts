/**
 * A rule's description names its numbers by the profile timescale they come from, never as digits:
 * "within {care-plan} of the first placement" reads "within 10 working days of the first placement"
 * under a profile whose care plan is 10 working days, and whatever a user's profile sets under
 * theirs. The timescales a description names are ones the rule owns, takes over or reads (its
 * `owns`, `overrides`, `reads`); test/rule-descriptions.test.ts checks that, and that no description
 * states a timescale's number itself. docs/rules.md is generated from the filled descriptions.
 *
 * Placeholders: `{id}` is the timescale as a person says it ("20 working days", "1 week");
 * `{id.value}` is its number alone (a frequency's count: "at least {qapr-cp-first-year.value}");
 * `{id.years}` is a number of months in years (an age: 192 months → 16).
 */
import { describeTimescale } from "../dates/describe.js";
import type { ResolvedProfile } from "../profiles/types.js";

/** One placeholder in a description. @example { id: "care-plan", part: undefined, text: "{care-plan}" } */
export interface DescriptionPlaceholder {
  id: string;
  part: "value" | "years" | undefined;
  text: string;
}

const PLACEHOLDER = /\{([a-z0-9]+(?:-[a-z0-9]+)*)(?:\.(value|years))?\}/g;

/**
 * The placeholders of a description, in order.
 * @example descriptionPlaceholders("within {care-plan}").map((p) => p.id) // ["care-plan"]
 */
export function descriptionPlaceholders(description: string): DescriptionPlaceholder[] {
  return [...description.matchAll(PLACEHOLDER)].map((m) => ({ id: m[1]!, part: m[2] as DescriptionPlaceholder["part"], text: m[0] }));
}

/**
 * One placeholder's words under a profile, or undefined when the profile has no such timescale or
 * frequency (or `.years` of something that is not whole years).
 * @example placeholderText(loadProfile("england"), { id: "care-plan", part: undefined, text: "{care-plan}" }) // "10 working days"
 */
export function placeholderText(profile: ResolvedProfile, p: DescriptionPlaceholder): string | undefined {
  const timescale = Object.hasOwn(profile.timescales, p.id) ? profile.timescales[p.id] : undefined;
  const frequency = Object.hasOwn(profile.frequencies, p.id) ? profile.frequencies[p.id] : undefined;
  if (timescale) {
    if (p.part === "value") return String(timescale.value);
    if (p.part === "years") return timescale.unit === "months" && timescale.value % 12 === 0 ? String(timescale.value / 12) : undefined;
    return describeTimescale(timescale);
  }
  if (frequency) return p.part === "years" ? undefined : p.part === "value" ? String(frequency.value) : `${frequency.value} every ${describeTimescale(frequency.per)}`;
  return undefined;
}

/**
 * A description with its numbers filled from the profile; a timescale the profile lacks is named
 * rather than guessed ("the profile's care-plan timescale").
 * @example ruleDescription("The care plan is made within {care-plan}.", loadProfile("england")) // "The care plan is made within 10 working days."
 */
export function ruleDescription(description: string, profile: ResolvedProfile): string {
  return description.replace(PLACEHOLDER, (text, id: string, part: string | undefined) => {
    return placeholderText(profile, { id, part: part as DescriptionPlaceholder["part"], text }) ?? `the profile's ${id} timescale`;
  });
}

/**
 * A description filled for several profiles at once: one sentence, and where the profiles give a
 * placeholder different values, the others follow the first in brackets, named by profile
 * ("within 10 working days (knowsley: 15 working days)").
 * @example ruleDescriptionAcross("within {cp-minutes}", [loadProfile("knowsley")]) // "within 15 working days"
 */
export function ruleDescriptionAcross(description: string, profiles: readonly ResolvedProfile[]): string {
  if (profiles.length === 0) return description;
  return description.replace(PLACEHOLDER, (text, id: string, part: string | undefined) => {
    const p = { id, part: part as DescriptionPlaceholder["part"], text };
    const groups = new Map<string, string[]>();
    for (const profile of profiles) {
      const words = placeholderText(profile, p) ?? `the profile's ${id} timescale`;
      groups.set(words, [...(groups.get(words) ?? []), profile.id]);
    }
    const [first, ...others] = [...groups.keys()];
    return others.length === 0 ? first! : `${first} (${others.map((w) => `${groups.get(w)!.join(", ")}: ${w}`).join("; ")})`;
  });
}
