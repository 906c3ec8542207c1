/**
 * `npm run test:durations`: copies each test file's time from vitest's cache of the last full run
 * (node_modules/.vite/vitest/…/results.json) into test/setup/durations.json, which
 * test/setup/longest-first.ts uses to start the slowest files first on a fresh clone (CI).
 * Run it after `npm test` when files were added or got much faster or slower.
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { packageRoot } from "../src/paths.js";

const root = packageRoot();
const cacheDir = join(root, "node_modules", ".vite", "vitest");
const files = readdirSync(cacheDir).map((d) => join(cacheDir, d, "results.json"));
// The cache keeps files that have since moved project or gone: only today's "project:file" pairs count.
const listed = JSON.parse(execFileSync(process.execPath, [join(root, "node_modules", "vitest", "vitest.mjs"), "list", "--filesOnly", "--json"], { cwd: root, encoding: "utf8", maxBuffer: 16 * 1024 * 1024 })) as { file: string; projectName: string }[];
const current = new Set(listed.map((f) => `${f.projectName}:${relative(root, f.file)}`));
const table: Record<string, number> = {};
for (const file of files) {
  const { results } = JSON.parse(readFileSync(file, "utf8")) as { results: [string, { duration: number }][] };
  // Whole milliseconds, and files under a second left out: only the order of the slow ones matters.
  for (const [key, { duration }] of results) if (duration >= 1000 && current.has(key)) table[key] = Math.round(duration);
}
const sorted = Object.fromEntries(Object.entries(table).sort(([, a], [, b]) => b - a));
writeFileSync(join(root, "test", "setup", "durations.json"), `${JSON.stringify(sorted, null, 2)}\n`);
console.log(`test:durations: ${Object.keys(sorted).length} files of a second or more`);
