import { describe, expect, it } from "vitest";
import { loadProfile } from "../profiles/load-profile.js";
import type { Rule } from "./define-rule.js";
import { validateRecord } from "./run-rules.js";

/** One case: a record (or case file), why it passes or fails, and optionally its profile and "today". */
export interface RuleCase {
  why: string;
  record: unknown;
  /** Default "2026-11-23". */
  asOf?: string;
  /** Built-in profile id; default the one given to testRule. */
  profile?: string;
}

export interface InvalidCase extends RuleCase {
  /** Findings this rule must produce, in any order; each names its message id and, if given, path. */
  errors: { messageId: string; path?: string; severity?: string }[];
}

/**
 * Builds a vitest suite for one rule: every valid case gives no finding from it, every invalid case
 * gives exactly the findings listed. Each case's record must first pass its schema, so a broken
 * fixture cannot pass by never reaching the rule.
 * @example testRule(rule, { profile: "knowsley", valid: [{ why: "sent on day 20", record }], invalid: [ … ] })
 */
export function testRule(
  rule: Rule,
  cases: { profile?: string; valid: RuleCase[]; invalid: InvalidCase[] },
): void {
  const run = (c: RuleCase) => {
    const profile = loadProfile(c.profile ?? cases.profile ?? "england");
    const result = validateRecord(c.record, {
      profile,
      asOf: c.asOf ?? "2026-11-23",
      rules: [{ group: "test", rule }],
    });
    const schemaProblems = result.findings.filter((f) => f.ruleId.startsWith("schema/"));
    expect(schemaProblems.map((f) => `${f.path} ${f.message}`), "the test record must match its schema").toEqual([]);
    const internal = result.findings.filter((f) => f.severity === "internal");
    expect(internal.map((f) => f.message), "the rule must not throw").toEqual([]);
    return result.findings.filter((f) => f.ruleId === rule.id);
  };
  describe(`rule ${rule.id}`, () => {
    it("has at least one valid and one invalid case", () => {
      expect(cases.valid.length).toBeGreaterThan(0);
      expect(cases.invalid.length).toBeGreaterThan(0);
    });
    for (const c of cases.valid) {
      it(`passes: ${c.why}`, () => {
        expect(run(c).map((f) => f.message)).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`fails: ${c.why}`, () => {
        const findings = run(c);
        const got = findings.map((f) => ({
          messageId: f.messageId,
          ...(c.errors.some((e) => e.path !== undefined) ? { path: f.path } : {}),
          ...(c.errors.some((e) => e.severity !== undefined) ? { severity: f.severity } : {}),
        }));
        const sortKey = (e: { messageId?: string | undefined; path?: string }) => `${e.messageId}|${e.path ?? ""}`;
        expect([...got].sort((a, b) => sortKey(a).localeCompare(sortKey(b)))).toEqual(
          [...c.errors].sort((a, b) => sortKey(a).localeCompare(sortKey(b))),
        );
        for (const f of findings) {
          expect(f.message).not.toMatch(/\{\{|undefined|NaN|\[object Object\]/);
          expect(f.requirement, "every finding cites a requirement id").toMatch(/^[A-Z]/);
        }
      });
    }
  });
}
