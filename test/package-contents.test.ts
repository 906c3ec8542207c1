/**
 * What `npm pack` would publish: no tests, no examples (fictional, but personal-looking), no
 * sources of the build, and every file the README links to, a LICENSE and the CommonJS entry.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { shippedPath } from "../src/paths.js";

describe("the package", () => {
  it("ships what the README links to and nothing it should not", () => {
    // --ignore-scripts: the list only; `npm test` has built dist/ already (pretest)
    const out = execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: shippedPath(), encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    const files = new Set((JSON.parse(out) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path));
    const ours = [...files].filter((f) => !f.startsWith("node_modules/")); // none today; kept so a bundled dependency never counts as ours
    expect(ours.filter((f) => /\.test\.|(^|\/)test\//.test(f))).toEqual([]);
    expect(ours.filter((f) => f.startsWith("examples/") || f.startsWith("bench/") || f.startsWith("src/"))).toEqual([]);
    for (const f of ["LICENSE", "README.md", "dist/cli/index.js", "dist/src/index.js", "dist/src/index.d.ts", "dist/cjs/index.cjs", "dist/validators.generated.cjs"]) {
      expect(files.has(f), f).toBe(true);
    }
    const readme = readFileSync(shippedPath("README.md"), "utf8");
    const links = [...readme.matchAll(/\]\(([^)#\s]+)\)/g)].map((m) => m[1]!).filter((l) => !/^[a-z]+:/.test(l));
    expect(links.length).toBeGreaterThan(5);
    for (const link of links) expect(files.has(link), `README links to ${link}`).toBe(true);
  });
});
