import type { Rule } from "./define-rule.js";
import { RULE_GROUPS } from "./rule-index.js";

/** A rule with its group: the folder it lives in, named for the source document. Profiles enable groups. */
export interface RegisteredRule {
  group: string;
  rule: Rule;
}

/**
 * Every rule reviewkit has, in a stable order (group, then file name), from the index that
 * scripts/gen-index.ts generates from the folders under src/rules/ at build time.
 * @example ALL_RULES.find((r) => r.rule.id === "kiro-minutes-timely")?.group // "knowsley-iro-cp"
 */
export const ALL_RULES: readonly RegisteredRule[] = Object.entries(RULE_GROUPS).flatMap(([group, rules]) =>
  rules.map((rule) => ({ group, rule })),
);

/**
 * The source document behind each group, for the catalogue test and the generated rules table: the
 * one document every rule in the folder cites, or "national" for a folder citing the national
 * sources (regulations, the IRO Handbook, Working Together).
 * @example GROUP_DOCUMENTS["leicestershire"] // "001_184c5097ab010ef4.txt"
 */
export const GROUP_DOCUMENTS: Record<string, string> = Object.fromEntries(
  Object.entries(RULE_GROUPS).map(([group, rules]) => {
    const documents = new Set(rules.map((r) => r.source.document));
    return [group, documents.size === 1 ? [...documents][0]! : "national"];
  }),
);
