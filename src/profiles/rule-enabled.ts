import type { ResolvedProfile } from "./types.js";

/**
 * Whether a profile runs a rule: its group (the folder under src/rules) or its own id is enabled,
 * and the rule is not switched off. The one definition: the rule runner and the timeline (which
 * shows items a rule enforces only where that rule is on) both ask here.
 * @example isRuleEnabled(loadProfile("leicestershire"), "leicestershire", "lei-midway-tracking") // true
 */
export function isRuleEnabled(profile: ResolvedProfile, group: string, id: string): boolean {
  return (profile.enabledRules.has(group) || profile.enabledRules.has(id)) && !profile.disabledRules.has(id);
}
