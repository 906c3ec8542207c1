/**
 * The README's "Adding an authority's profile" example needs no code change: its profile, written
 * to a temporary folder as a user would, validates a record straight away, and its timescale's
 * finding comes from the rule that owns the timescale, citing the user's own standard.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { validateFiles } from "../src/validate/validate-files.js";

const README = readFileSync(new URL("../README.md", import.meta.url), "utf8");

/**
 * The example profile as the README shows it after the "Adding an authority" heading: the output of
 * `cat` on the example file in its console block (or, as it used to be, a ```json block).
 */
function exampleProfile(): string {
  const section = README.slice(README.indexOf("## Adding an authority"));
  const match = /^\$ cat \S+\.json\n([\s\S]*?)\n\$ /m.exec(section) ?? /```json\n([\s\S]*?)\n```/.exec(section);
  if (!match) throw new Error("the README has no example profile");
  return match[1]!;
}

describe("the README's example authority profile", () => {
  it("validates a record from a temporary folder with no code change", () => {
    const dir = mkdtempSync(join(tmpdir(), "reviewkit-readme-profile-"));
    const file = join(dir, "my-council.json");
    writeFileSync(file, exampleProfile());
    const result = validateFiles([new URL("../examples/invalid/knowsley-minutes-working-day-21.json", import.meta.url).pathname], {
      profile: file,
      asOf: "2026-11-23",
    });
    expect(result.failures).toEqual([]);
    const findings = result.files[0]!.findings;
    expect(findings.map((f) => ({ ruleId: f.ruleId, timescale: f.timescale, due: f.due, requirement: f.requirement, paragraph: f.source.paragraph }))).toEqual([
      // 15 working days from Thu 10 Dec 2026 over Christmas: 11, 14–18, 21–24, 29–31 Dec, 4–5 Jan.
      { ruleId: "kiro-minutes-timely", timescale: "lac-minutes", due: "2027-01-05", requirement: "KIRO-2.9", paragraph: "Standard 4" },
    ]);
  });
});
