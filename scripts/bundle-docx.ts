/**
 * Part of `npm run build`, after tsc: rewrites dist/src/render/docx-library.js (tsc's copy says
 * `export … from "docx"`) as an esbuild bundle with `docx` and its dependencies (fflate, nanoid)
 * inside, so the ESM library never loads `docx` from node_modules. `docx` is a devDependency:
 * consumers no longer install it, nor the `nanoid` 6 it asks for, whose `engines` (Node 22) made
 * every install on Node 20 warn. (The CLI and CommonJS bundles inline it the same way.) Its d.ts,
 * which would name the uninstalled `docx`, is removed: nothing public exports its types.
 */
import { rmSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { packageRoot } from "../src/paths.js";

const root = packageRoot();
const outfile = join(root, "dist", "src", "render", "docx-library.js");
await build({
  entryPoints: [join(root, "src", "render", "docx-library.ts")],
  outfile,
  allowOverwrite: true,
  bundle: true,
  format: "esm",
  platform: "node",
  target: "node20",
  legalComments: "eof",
  logLevel: "warning",
});
rmSync(join(root, "dist", "src", "render", "docx-library.d.ts"), { force: true });
