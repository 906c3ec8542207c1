/**
 * Makes sure dist/ is at least as new as src/ and cli/ before a bench that runs the built CLI.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { note } from "./report.js";

export const ROOT = join(import.meta.dirname, "..", "..");

function newest(dir: string, filter: (name: string) => boolean): number {
  let max = 0;
  let entries: import("node:fs").Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) max = Math.max(max, newest(p, filter));
    else if (filter(e.name)) max = Math.max(max, statSync(p).mtimeMs);
  }
  return max;
}

/** Builds when any .ts under src/ or cli/ is newer than the newest .js under dist/. */
export function ensureBuilt(): void {
  const isSource = (n: string) => n.endsWith(".ts") && !n.endsWith(".test.ts") && !n.endsWith(".d.ts");
  const src = Math.max(newest(join(ROOT, "src"), isSource), newest(join(ROOT, "cli"), isSource));
  const dist = newest(join(ROOT, "dist"), (n) => n.endsWith(".js"));
  if (dist >= src && existsSync(join(ROOT, "dist", "cli", "index.js"))) return;
  note("dist/ is older than src/ or cli/: npm run build");
  const r = spawnSync("npm", ["run", "build", "--silent"], { cwd: ROOT, encoding: "utf8" });
  if (r.status !== 0) {
    // tsc still emits when other helpers' work in progress has type errors; say so and go on.
    const first = (r.stdout + r.stderr).split("\n").find((l) => /error TS/.test(l)) ?? "build failed";
    note(`build reported errors (first: ${first.trim()}); measuring the JavaScript it emitted`);
  }
  if (!existsSync(join(ROOT, "dist", "cli", "index.js"))) throw new Error("dist/cli/index.js is missing after npm run build");
}
