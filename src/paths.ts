import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The folder that holds reviewkit's package.json. Source runs from `src/` (tests, tsx) and built code
 * from `dist/src/`, so the depth differs; walking up to our own package.json serves both.
 * @example join(packageRoot(), "schemas")
 */
export function packageRoot(): string {
  if (cachedRoot) return cachedRoot;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, "package.json");
    if (existsSync(candidate)) {
      const pkg = JSON.parse(readFileSync(candidate, "utf8")) as { name?: string };
      if (pkg.name === "reviewkit") return (cachedRoot = dir);
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error("reviewkit: cannot find the package root");
    dir = parent;
  }
}
let cachedRoot: string | undefined;

/** Absolute path of a file shipped in the package, e.g. `shippedPath("schemas", "escalation.schema.json")`. */
export function shippedPath(...parts: string[]): string {
  return join(packageRoot(), ...parts);
}
