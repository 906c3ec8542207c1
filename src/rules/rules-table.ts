import { ALL_RULES, GROUP_DOCUMENTS } from "./all-rules.js";
import { BUILT_IN_PROFILES, loadProfile } from "../profiles/load-profile.js";
import { isRuleEnabled } from "../profiles/rule-enabled.js";
import { ruleDescriptionAcross } from "./rule-description.js";

/**
 * The Markdown table of every rule: group, id, severity, what it checks, the requirement and paragraph
 * it enforces, and which built-in profiles run it. Generated from the code (docs/rules.md). A
 * description's numbers come from the profiles that run the rule, each named where they differ.
 * @example writeFileSync("docs/rules.md", renderRulesTable())
 */
export function renderRulesTable(): string {
  const profiles = BUILT_IN_PROFILES.map((id) => loadProfile(id));
  const lines = [
    "# Rules",
    "",
    "Generated from `src/rules/` by `npm run docs:rules`; do not edit by hand.",
    "Each rule cites the requirement id in `standards/requirements.tsv` and the paragraph it enforces.",
    "",
    `${ALL_RULES.length} rules.`,
    "",
  ];
  for (const group of Object.keys(GROUP_DOCUMENTS)) {
    const rules = ALL_RULES.filter((r) => r.group === group);
    if (rules.length === 0) continue;
    const runs = profiles.filter((p) => p.enabledRules.has(group)).map((p) => p.id);
    const inherited = profiles.filter((p) => !runs.includes(p.id) && p.lineage.some((l) => runs.includes(l))).map((p) => p.id);
    lines.push(`## ${group} (${GROUP_DOCUMENTS[group]})`, "");
    lines.push(`Runs under: ${[...runs, ...inherited].join(", ")}.`, "");
    lines.push("| rule | severity | checks | requirement | paragraph |", "|---|---|---|---|---|");
    for (const { rule } of rules) {
      const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");
      const description = ruleDescriptionAcross(rule.description, profiles.filter((p) => isRuleEnabled(p, group, rule.id)));
      lines.push(
        `| \`${rule.id}\` | ${rule.severity} | ${cell(description)} | ${rule.source.requirement} | ${cell(rule.source.paragraph)} |`,
      );
    }
    lines.push("");
  }
  return lines.join("\n");
}
