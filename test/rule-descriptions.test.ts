/**
 * Rule descriptions take their numbers from the profile (issue 11): a description names each
 * timescale by its id (`{care-plan}`), bound to a timescale the rule owns, takes over or reads, and
 * `npm run docs:rules` fills it from each profile that runs the rule. No description states a
 * timescale's number itself, so a profile that changes the number cannot leave the docs behind.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BUILT_IN_PROFILES, loadProfile } from "../src/profiles/load-profile.js";
import { isRuleEnabled } from "../src/profiles/rule-enabled.js";
import { ALL_RULES } from "../src/rules/all-rules.js";
import { descriptionPlaceholders, placeholderText, ruleDescription, ruleDescriptionAcross } from "../src/rules/rule-description.js";
import { renderRulesTable } from "../src/rules/rules-table.js";

const profiles = BUILT_IN_PROFILES.map((id) => loadProfile(id));
const declared = (rule: (typeof ALL_RULES)[number]["rule"]) => new Set([...(rule.owns ?? []), ...(rule.overrides ?? []), ...(rule.reads ?? [])]);
const without = (description: string) => description.replace(/\{[^}]*\}/g, "…");

describe("rule descriptions", () => {
  it.each(ALL_RULES.map((r) => [r.rule.id, r] as const))("%s: names only timescales it owns, takes over or reads, and each profile running it has them", (_id, { group, rule }) => {
    for (const p of descriptionPlaceholders(rule.description)) {
      expect(declared(rule), `${p.text} is not in the rule's owns, overrides or reads`).toContain(p.id);
      for (const profile of profiles.filter((x) => isRuleEnabled(x, group, rule.id))) {
        expect(placeholderText(profile, p), `${p.text} under ${profile.id}`).toBeDefined();
      }
    }
  });

  it("state no duration in digits (\"within 5 working days\"): every one is a placeholder", () => {
    const stated = ALL_RULES.filter(({ rule }) => /\b\d+\s+(working |calendar )?(days?|weeks?|months?|years?|hours?)\b/i.test(without(rule.description)));
    expect(stated.map(({ rule }) => `${rule.id}: ${rule.description}`)).toEqual([]);
  });

  it("contain no bare number that is the value of a timescale the rule owns, takes over or reads (ages such as \"under 5\" aside)", () => {
    const bad: string[] = [];
    for (const { group, rule } of ALL_RULES) {
      const values = new Set<number>();
      for (const profile of profiles.filter((x) => isRuleEnabled(x, group, rule.id))) {
        for (const id of declared(rule)) {
          const t = profile.timescales[id] ?? profile.frequencies[id];
          if (t) values.add(t.value);
        }
      }
      for (const m of without(rule.description).matchAll(/(\w+\s+)?\b(\d+)\b/g)) {
        const age = /^(under|from|aged|turning)\s+$/i.test(m[1] ?? "");
        if (!age && values.has(Number(m[2]))) bad.push(`${rule.id}: "${m[0]}"`);
      }
    }
    expect(bad).toEqual([]);
  });

  it("are filled from the profile: Knowsley's conference minutes, and a user's profile that changes the number", () => {
    const rule = ALL_RULES.find((r) => r.rule.id === "kcp-minutes-ready")!.rule;
    expect(ruleDescription(rule.description, loadProfile("knowsley"))).toBe("Conference minutes are amended and ready for distribution within 15 working days.");
    const dir = mkdtempSync(join(tmpdir(), "reviewkit-descriptions-"));
    const file = join(dir, "quicker.json");
    writeFileSync(
      file,
      JSON.stringify({
        id: "quicker-minutes",
        name: "Quicker Minutes (fictional)",
        extends: "knowsley",
        description: "Conference minutes in 10 working days.",
        timescales: { "cp-minutes": { value: 10, unit: "working_days", description: "Conference minutes ready.", citation: { document: "local", paragraph: "Standard 2" } } },
        overrides: [{ path: "timescales/cp-minutes", reason: "Our own standard." }],
      }),
    );
    expect(ruleDescription(rule.description, loadProfile(file))).toBe("Conference minutes are amended and ready for distribution within 10 working days.");
    // Across profiles that differ, the first profile's number, then each other's by name.
    expect(ruleDescriptionAcross(rule.description, [loadProfile("knowsley"), loadProfile(file)])).toBe(
      "Conference minutes are amended and ready for distribution within 15 working days (quicker-minutes: 10 working days).",
    );
    // A frequency's count, and an age kept in months.
    const qapr = ALL_RULES.find((r) => r.rule.id === "gl-qapr-child-protection")!.rule;
    expect(ruleDescription(qapr.description, loadProfile("gloucestershire"))).toContain("at least 3 in the plan's first year and 2 a year after");
    const housing = ALL_RULES.find((r) => r.rule.id === "wb-housing-plan-at-16")!.rule;
    expect(ruleDescription(housing.description, loadProfile("west-berkshire"))).toBe("Every young person in care aged 16 or over has a housing plan.");
  });

  it("reach docs/rules.md with their numbers, and no placeholder is left", () => {
    const table = renderRulesTable();
    expect(table).not.toMatch(/\{[a-z0-9-]+(\.\w+)?\}/);
    expect(table).toContain("| `looked-after-reviews-on-time` | error | Looked-after reviews are held within 20 working days of becoming looked after, then within 3 months, then at least every 6 months. |");
  });
});
