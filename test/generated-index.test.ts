/**
 * Built-in authorities and rules are found by convention at build time (scripts/gen-index.ts): the
 * committed index is what the generator writes, and a fixture authority (a profile file and a rule
 * folder, nothing else) added to the build's index is loaded, enabled and run with no code change.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { generate, generateCommands } from "../scripts/gen-index.js";
import type { CommandSpec } from "../cli/command-spec.js";
import { DOCUMENTS } from "../src/render/documents.js";
import { renderDocumentsTable } from "../src/render/documents-table.js";
import { FORMATS, OUTPUT_FORMATS } from "../src/render/formats.js";
import { packageRoot } from "../src/paths.js";
import { loadProfile } from "../src/profiles/load-profile.js";
import type { Rule } from "../src/rules/define-rule.js";
import { validateRecord } from "../src/rules/run-rules.js";
import { goodPracticeNote } from "./fixtures/records.js";

const root = packageRoot();

describe("the generated index of built-in authorities and rules", () => {
  it("is what scripts/gen-index.ts writes (run npm run gen:index)", () => {
    const { profiles, rules } = generate([root], join(root, "src", "rules"));
    expect(readFileSync(join(root, "src", "profiles", "built-in-ids.ts"), "utf8")).toBe(profiles);
    expect(readFileSync(join(root, "src", "rules", "rule-index.ts"), "utf8")).toBe(rules);
    expect(readFileSync(join(root, "cli", "command-index.ts"), "utf8")).toBe(generateCommands([root], join(root, "cli")));
  });

  it("takes a fixture command from its one file (cli/commands/<name>.command.ts) with no code change", async () => {
    const extra = mkdtempSync(join(tmpdir(), "reviewkit-fixture-command-"));
    mkdirSync(join(extra, "cli", "commands"), { recursive: true });
    writeFileSync(
      join(extra, "cli", "commands", "hello.command.ts"),
      `export default { usage: "hello", describe: "say hello", rank: 99, builder: (y: unknown) => y, run: async () => 0 };\n`,
    );
    const out = join(extra, "index");
    mkdirSync(out);
    writeFileSync(join(out, "command-index.ts"), generateCommands([root, extra], out));
    const index = (await import(pathToFileURL(join(out, "command-index.ts")).href)) as { COMMANDS: readonly CommandSpec[] };
    const names = index.COMMANDS.map((c) => c.usage.split(" ")[0]);
    expect(names).toContain("hello");
    expect(names).toEqual(expect.arrayContaining(["validate", "deadlines", "render", "escalate", "report", "form", "new", "check-language"]));
    expect(await index.COMMANDS.find((c) => c.usage === "hello")!.run({}, { stdout: () => {}, stderr: () => {}, stdoutIsTerminal: false })).toBe(0);
  });

  it("declares each document once with its formats, and each format once (render, the form and the help read them)", () => {
    for (const [name, d] of Object.entries(DOCUMENTS)) {
      expect(d.formats.length, name).toBeGreaterThan(0);
      for (const f of d.formats) expect(FORMATS, `${name} ${f}`).toContain(f);
      // The README's render section names every document, so a new one cannot go undocumented.
      expect(readFileSync(join(root, "README.md"), "utf8"), `README names ${name}`).toContain(`\`${name}\``);
    }
    for (const f of FORMATS) expect(OUTPUT_FORMATS[f].mime).toMatch(/^[a-z]+\/[a-z.+-]+$/);
    // No hand-kept list of formats or record types is left in the code that renders or offers documents.
    for (const file of ["src/render/render-files.ts", "src/form/browser/documents.ts", "cli/commands/render.command.ts", "cli/index.ts", "cli/main.ts"]) {
      // Code only: a doc comment's @example may show a list.
      const text = readFileSync(join(root, file), "utf8").split("\n").filter((l) => !/^\s*(\*|\/\/|\/\*)/.test(l)).join("\n");
      expect(text, file).not.toMatch(/\[\s*"(docx|pdf|html)",\s*"(docx|pdf|html)"/);
      expect(text, file).not.toMatch(/"looked-after-review",\s*"cp-conference"/);
    }
    // docs/documents.md is generated from the same registries (npm run docs:rules).
    expect(readFileSync(join(root, "docs", "documents.md"), "utf8")).toBe(renderDocumentsTable());
    // Nor is the list of built-in profiles in the command line's help.
    expect(readFileSync(join(root, "cli", "shared-options.ts"), "utf8")).not.toMatch(/england, knowsley/);
  });

  it("takes a fixture authority from its folders alone and runs its rule", async () => {
    const extra = mkdtempSync(join(tmpdir(), "reviewkit-fixture-authority-"));
    mkdirSync(join(extra, "profiles"));
    mkdirSync(join(extra, "src", "rules", "fixture-shire"), { recursive: true });
    const profileFile = join(extra, "profiles", "fixture-shire.json");
    writeFileSync(
      profileFile,
      JSON.stringify({
        id: "fixture-shire",
        name: "Fixture Shire Council (fictional)",
        extends: "england",
        description: "A fixture authority: one rule of its own.",
        rules: { enabled: ["fixture-shire"] },
      }),
    );
    // A rule file with no imports: the index only needs its default export.
    writeFileSync(
      join(extra, "src", "rules", "fixture-shire", "fs-note-shared.ts"),
      `export default {
  id: "fs-note-shared", appliesTo: ["good-practice-note"], severity: "error",
  description: "A good practice note is copied to the Fixture Shire practice auditor.",
  source: { document: "IRO-Handbook-2010", paragraph: "para 3.1", requirement: "NAT-HB-6.2" },
  messages: { notShared: "The note is not copied to the practice auditor." },
  check(note: { cc: { role?: string } }, ctx: { report(i: { messageId: string; path: string }): void }) {
    if (note.cc.role !== "Practice Auditor") ctx.report({ messageId: "notShared", path: "/cc" });
  },
};
`,
    );
    const out = join(extra, "index");
    const { profiles, rules } = generate([root, extra], out);
    mkdirSync(out);
    writeFileSync(join(out, "built-in-ids.ts"), profiles);
    writeFileSync(join(out, "rule-index.ts"), rules);

    const ids = (await import(pathToFileURL(join(out, "built-in-ids.ts")).href)) as { BUILT_IN_PROFILE_IDS: readonly string[] };
    expect(ids.BUILT_IN_PROFILE_IDS).toContain("fixture-shire");
    expect(ids.BUILT_IN_PROFILE_IDS[0]).toBe("england");
    const index = (await import(pathToFileURL(join(out, "rule-index.ts")).href)) as { RULE_GROUPS: Record<string, readonly Rule[]> };
    expect(Object.keys(index.RULE_GROUPS)).toContain("fixture-shire");
    expect(index.RULE_GROUPS["national"]?.length).toBeGreaterThan(0);

    const note = goodPracticeNote();
    const all = Object.entries(index.RULE_GROUPS).flatMap(([group, list]) => list.map((rule) => ({ group, rule })));
    const profile = loadProfile(profileFile);
    const enabled = all.filter(({ group }) => profile.enabledRules.has(group));
    const { findings } = validateRecord(note, { profile, asOf: "2027-02-01", rules: enabled });
    expect(findings.filter((f) => f.ruleId === "fs-note-shared").map((f) => `${f.messageId}: ${f.message}`)).toEqual(["notShared: The note is not copied to the practice auditor."]);
  });
});
