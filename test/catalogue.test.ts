import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ALL_RULES, GROUP_DOCUMENTS } from "../src/rules/all-rules.js";
import { shippedPath } from "../src/paths.js";

/** requirements.tsv, copied from the standards pack: id, document, paragraph, requirement, kind, where. */
function requirements() {
  const text = readFileSync(shippedPath("standards", "requirements.tsv"), "utf8");
  return text
    .trim()
    .split("\n")
    .slice(1)
    .map((line) => {
      const [id, document, paragraph, requirement, kind, where] = line.split("\t");
      return { id: id!, document: document!, paragraph: paragraph!, requirement: requirement!, kind: kind!, where: where! };
    });
}

const NATIONAL_DOCUMENTS = ["CPPCR-2010", "IRO-Handbook-2010", "Working-Together-2023", "DfE-SSDA903"];

describe("rule catalogue", () => {
  const reqs = requirements();
  const reqIds = new Set(reqs.map((r) => r.id));

  it("has unique rule ids, each equal to its file name inside its group folder", () => {
    const ids = ALL_RULES.map((r) => r.rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { group, rule } of ALL_RULES) {
      expect(existsSync(shippedPath("src", "rules", group, `${rule.id}.ts`)), `${group}/${rule.id}.ts`).toBe(true);
    }
  });

  it("has a test file beside every rule, and every rule file is registered in its group index", () => {
    const registered = new Set(ALL_RULES.map((r) => `${r.group}/${r.rule.id}`));
    for (const group of Object.keys(GROUP_DOCUMENTS)) {
      const dir = shippedPath("src", "rules", group);
      for (const f of readdirSync(dir)) {
        if (!f.endsWith(".ts") || f.endsWith(".test.ts") || f === "index.ts") continue;
        const id = f.replace(/\.ts$/, "");
        expect(registered.has(`${group}/${id}`), `${group}/${f} is registered in ${group}/index.ts`).toBe(true);
        expect(existsSync(join(dir, `${id}.test.ts`)), `${group}/${id}.test.ts exists`).toBe(true);
      }
    }
  });

  it("cites only real requirement ids and real documents, matching the requirement's own document", () => {
    const byId = new Map(reqs.map((r) => [r.id, r]));
    for (const { rule } of ALL_RULES) {
      const req = byId.get(rule.source.requirement);
      expect(req, `${rule.id} cites ${rule.source.requirement}`).toBeDefined();
      if (req!.document === "national") expect(NATIONAL_DOCUMENTS).toContain(rule.source.document);
      else expect(rule.source.document, rule.id).toBe(req!.document);
      expect(rule.source.paragraph.length).toBeGreaterThan(0);
      expect(reqIds.has(rule.source.requirement)).toBe(true);
    }
  });

  it("cites every content, timescale and cross-record requirement by at least one rule (coverage printed)", () => {
    const checkable = reqs.filter((r) => /content|timescale|cross-record/.test(r.kind));
    const cited = new Map<string, string[]>();
    for (const { rule } of ALL_RULES) {
      cited.set(rule.source.requirement, [...(cited.get(rule.source.requirement) ?? []), rule.id]);
    }
    const rows = checkable.map((r) => `${(cited.has(r.id) ? "✓" : "✗").padEnd(2)}${r.id.padEnd(13)}${r.kind.padEnd(22)}${(cited.get(r.id) ?? ["—"]).join(", ")}`);
    const missing = checkable.filter((r) => !cited.has(r.id)).map((r) => r.id);
    console.log(
      `Requirement coverage: ${checkable.length - missing.length}/${checkable.length} content, timescale and cross-record requirements cited by a rule\n` +
        rows.join("\n"),
    );
    expect(missing).toEqual([]);
  });
});

describe("docs/rules.md", () => {
  it("is the table generated from the rules (run npm run docs:rules)", async () => {
    const { renderRulesTable } = await import("../src/rules/rules-table.js");
    const onDisk = existsSync(shippedPath("docs", "rules.md")) ? readFileSync(shippedPath("docs", "rules.md"), "utf8") : "";
    expect(onDisk).toBe(renderRulesTable());
  });
});
