/**
 * docs/standards-readings.md is the row-by-row reading of standards/requirements.tsv: for each
 * requirement, the source quote, the rules that cite it, the profile timescales that cite it, and the
 * reading used. This keeps it complete and true to the code: every requirement has an entry and no
 * entry is for an unknown id; every rule named exists, and every rule is named under the requirement
 * its `source` cites; every profile timescale (and frequency) named exists in that profile with the
 * number and unit shown, and every one is named under the requirement its citation names.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ALL_RULES } from "../src/rules/all-rules.js";
import { BUILT_IN_PROFILES } from "../src/profiles/load-profile.js";
import { DURATION_UNIT_LABELS, type DurationUnit } from "../src/calendar/durations.js";
import { shippedPath } from "../src/paths.js";

interface Cited {
  value: number;
  unit?: DurationUnit;
  per?: { value: number; unit: DurationUnit };
  citation: { requirement?: string };
}

const rows = readFileSync(shippedPath("standards", "requirements.tsv"), "utf8")
  .trim()
  .split("\n")
  .slice(1)
  .map((line) => line.split("\t"));
const requirementIds = rows.map((r) => r[0] as string);
/** Each requirement's source document (a file in standards/, or "national"). */
const documentOf = new Map(rows.map((r) => [r[0] as string, r[1] as string]));

/** Text as compared: no markup, bullets or curly apostrophes, one space between words. */
const plain = (s: string) =>
  s
    .replace(/<\/?sup>|\*\*|•/g, "")
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, " ")
    .trim();

/** The page's entries: "### ID" headings, each with its "- **Rules:**" and "- **Timescales:**" lines. */
function entries(): Map<string, { rules: string[]; timescales: string[]; text: string }> {
  const page = readFileSync(shippedPath("docs", "standards-readings.md"), "utf8");
  const out = new Map<string, { rules: string[]; timescales: string[]; text: string }>();
  const sections = page.split(/^### /m).slice(1);
  for (const section of sections) {
    const id = section.slice(0, section.indexOf("\n")).trim();
    const line = (label: string) => new RegExp(`^- \\*\\*${label}:\\*\\* (.*)$`, "m").exec(section)?.[1] ?? "";
    const ticks = (s: string) => [...s.matchAll(/`([^`]+)`/g)].map((m) => m[1] as string);
    expect(out.has(id), `${id} has one entry`).toBe(false);
    out.set(id, { rules: ticks(line("Rules")), timescales: [...line("Timescales").matchAll(/`([^`]+)` \(([^)]+)\)/g)].map((m) => `${m[1]} (${m[2]})`), text: section });
  }
  return out;
}

/** What the page writes for a profile's timescale or frequency: `profile.id` (value unit). */
function shown(profile: string, id: string, t: Cited): string {
  const amount = t.per ? `${t.value} per ${t.per.value} ${DURATION_UNIT_LABELS[t.per.unit]}` : `${t.value} ${DURATION_UNIT_LABELS[t.unit as DurationUnit]}`;
  return `${profile}.${id} (${amount})`;
}

describe("docs/standards-readings.md", () => {
  const page = entries();

  it("has one entry for every requirement in requirements.tsv, and none for an unknown id", () => {
    expect([...page.keys()].sort()).toEqual([...requirementIds].sort());
  });

  it("gives each entry a source quote and a reading", () => {
    for (const [id, e] of page) {
      expect(e.text, `${id} quotes its source`).toMatch(/^- \*\*Source:\*\* .{20,}$/m);
      expect(e.text, `${id} gives its reading`).toMatch(/^- \*\*Reading:\*\* (Confirmed|Ambiguous|Changed|Not implemented|See )/m);
    }
  });

  it("quotes the local standards word for word (each passage between … and / is in the document)", () => {
    for (const [id, e] of page) {
      const document = documentOf.get(id);
      if (document === undefined || document === "national") continue;
      const text = plain(readFileSync(shippedPath("standards", document), "utf8"));
      const source = /^- \*\*Source:\*\* (.*)$/m.exec(e.text)?.[1] ?? "";
      const quoted = [...source.matchAll(/"([^"]+)"/g)].map((m) => m[1] as string);
      expect(quoted.length, `${id} quotes its source in double quotes`).toBeGreaterThan(0);
      for (const passage of quoted) {
        for (const fragment of passage.split(/\s*(?:…|\s\/\s)\s*/)) {
          const words = plain(fragment).replace(/^[\s/.;,]+|[\s.;,]+$/g, "");
          if (words.length < 12) continue;
          expect(text, `${id} quotes "${words}"`).toContain(words);
        }
      }
    }
  });

  it("names rules that exist, each under the requirement its source cites, and every rule somewhere", () => {
    const byId = new Map(ALL_RULES.map(({ rule }) => [rule.id, rule]));
    for (const [id, e] of page) {
      for (const name of e.rules) {
        expect(byId.has(name), `${id} names rule ${name}, which does not exist`).toBe(true);
        expect(byId.get(name)?.source.requirement, `${name} is listed under ${id}`).toBe(id);
      }
    }
    for (const { rule } of ALL_RULES) {
      expect(page.get(rule.source.requirement)?.rules ?? [], `${rule.id} is named under ${rule.source.requirement}`).toContain(rule.id);
    }
  });

  it("names each profile timescale and frequency under its requirement, with the profile's number and unit", () => {
    const expected = new Map<string, string[]>();
    for (const profile of BUILT_IN_PROFILES) {
      const data = JSON.parse(readFileSync(shippedPath("profiles", `${profile}.json`), "utf8")) as {
        timescales?: Record<string, Cited>;
        frequencies?: Record<string, Cited>;
      };
      for (const [id, t] of [...Object.entries(data.timescales ?? {}), ...Object.entries(data.frequencies ?? {})]) {
        const req = t.citation.requirement;
        if (req === undefined) continue;
        expected.set(req, [...(expected.get(req) ?? []), shown(profile, id, t)]);
      }
    }
    for (const [id, e] of page) {
      expect([...e.timescales].sort(), `timescales under ${id}`).toEqual([...(expected.get(id) ?? [])].sort());
    }
  });
});
