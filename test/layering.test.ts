/**
 * Imports point down only (DESIGN.md, Layout): calendar, schema, io and the small helpers (people,
 * dates) at the bottom; profiles and records; escalation; timeline; rules; validate, render,
 * language, report, form; the public index and cli on top. A file may import from its own layer or
 * any layer below, never above. The imports are read from the source text (relative `from "…"` and
 * `import("…")`), so the test needs no tool beyond Node.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, normalize, relative, sep } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(dirname(new URL(import.meta.url).pathname), "..");

/** Each part of src/ (or cli) and its layer; lower numbers are lower down. */
const LAYER: Record<string, number> = {
  "errors.ts": 0,
  "paths.ts": 0,
  types: 0,
  calendar: 1,
  schema: 1,
  io: 1,
  people: 2,
  dates: 2,
  profiles: 3,
  records: 3,
  escalation: 4,
  timeline: 5,
  "case-index": 5,
  rules: 6,
  validate: 7,
  render: 7,
  language: 7,
  report: 8,
  form: 8,
  "index.ts": 9,
  batch: 9,
  cli: 10,
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith(".ts") && !name.endsWith(".test.ts") ? [path] : [];
  });
}

/** "src/rules/x.ts" → "rules"; "cli/index.ts" → "cli"; anything else → undefined (not layered). */
function part(file: string): string | undefined {
  const [top, next] = relative(ROOT, file).split(sep);
  if (top === "cli") return "cli";
  return top === "src" ? next : undefined;
}

function imports(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const specs = [...text.matchAll(/(?:from\s+|import\s*\(\s*)"(\.{1,2}\/[^"]+)"/g)].map((m) => m[1]!);
  return specs.map((s) => normalize(join(dirname(file), s)));
}

describe("layering", () => {
  const files = [...sourceFiles(join(ROOT, "src")), ...sourceFiles(join(ROOT, "cli"))];

  it("knows every part of src/", () => {
    const unknown = [...new Set(files.map(part))].filter((p) => p !== undefined && LAYER[p] === undefined);
    expect(unknown, "give each new folder under src/ a layer here").toEqual([]);
  });

  it("has no import pointing up a layer", () => {
    const upward: string[] = [];
    for (const file of files) {
      const from = part(file)!;
      for (const target of imports(file)) {
        const to = part(target);
        if (to === undefined || to === from) continue;
        if ((LAYER[to] ?? 0) > LAYER[from]!) upward.push(`${relative(ROOT, file)} → ${relative(ROOT, target)} (${from} ${LAYER[from]} imports ${to} ${LAYER[to]})`);
      }
    }
    expect(upward).toEqual([]);
  });
});
