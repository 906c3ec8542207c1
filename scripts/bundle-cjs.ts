/**
 * Part of `npm run build`: the library as one CommonJS file, dist/cjs/index.cjs, so a CommonJS
 * project can `require("reviewkit")` (the package's `exports.require`). npm packages stay external
 * except those published as ESM only, which are bundled in (`require` of an ES module needs Node
 * 20.19+). `import.meta.url` becomes this file's own URL, so shipped files are found from it.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { packageRoot } from "../src/paths.js";

const root = packageRoot();
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { dependencies: Record<string, string> };
/** Dependencies a CommonJS `require` can load on every Node 20. */
const external = Object.keys(pkg.dependencies).filter((name) => {
  const dep = JSON.parse(readFileSync(join(root, "node_modules", name, "package.json"), "utf8")) as { type?: string; exports?: unknown; main?: string };
  const text = JSON.stringify(dep.exports ?? "");
  return dep.type !== "module" || text.includes('"require"') || text.includes('"node"');
});
await build({
  entryPoints: [join(root, "src", "index.ts")],
  outfile: join(root, "dist", "cjs", "index.cjs"),
  bundle: true,
  format: "cjs",
  platform: "node",
  target: "node20",
  external,
  define: { "import.meta.url": "__reviewkitUrl" },
  banner: { js: 'const __reviewkitUrl = require("node:url").pathToFileURL(__filename).href;' },
  logLevel: "warning",
});
