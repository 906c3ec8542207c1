/**
 * Part of `npm run build`, after tsc: rewrites the two modules through which the library reaches a
 * development dependency, so the ESM library (dist/src/) never loads one from node_modules:
 *
 * - dist/src/render/docx-library.js (tsc's copy says `export … from "docx"`) gets `docx` and its
 *   dependencies (fflate, nanoid) bundled in. `docx` is a devDependency: consumers no longer install
 *   it, nor the `nanoid` 6 it asks for, whose `engines` (Node 22) made every install on Node 20 warn.
 * - dist/src/render/pdf/svg-to-pdfkit.js gets pdfmake's SVG-to-pdfkit port (one self-contained
 *   file) bundled in; pdfmake is a devDependency (a benchmark peer), so without this the PDF writer
 *   failed to load in an installed package.
 *
 * The CLI and CommonJS bundles inline both the same way (their externals are the dependencies
 * only), and the form's browser bundle inlines everything. d.ts files that would name the
 * uninstalled packages are removed: nothing public exports their types.
 */
import { rmSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { packageRoot } from "../src/paths.js";

const root = packageRoot();
for (const module of [["render", "docx-library"], ["render", "pdf", "svg-to-pdfkit"]]) {
  await build({
    entryPoints: [join(root, "src", ...module) + ".ts"],
    outfile: join(root, "dist", "src", ...module) + ".js",
    allowOverwrite: true,
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    legalComments: "eof",
    logLevel: "warning",
  });
  rmSync(join(root, "dist", "src", ...module) + ".d.ts", { force: true });
}
