/**
 * Part of `npm run build`, after tsc: replaces tsc's dist/cli/ with an esbuild bundle of the CLI and
 * our own modules. Loading ~190 separate ES modules cost ~60 ms of every start; the bundle keeps the
 * commands' lazy split (each command is its own chunk, shared code in dist/cli/chunks/). The
 * package's dependencies stay external, loaded from node_modules as before; docx is bundled in. tsc still compiles cli/ first, so the build
 * type-checks it; src/ stays in dist/src/ for the library. The batch worker (src/batch/) is bundled
 * beside it: a worker starts as fast as the CLI does.
 */
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { packageRoot } from "../src/paths.js";

const root = packageRoot();
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { dependencies: Record<string, string> };
const outdir = join(root, "dist", "cli");
rmSync(outdir, { recursive: true, force: true });
await build({
  // The worker thread of `validate` and `report` on big folders (src/io/worker-pool.ts) is an entry
  // of its own, dist/cli/batch-worker.js, sharing the chunks: the library starts it from there too.
  entryPoints: [join(root, "cli", "index.ts"), join(root, "cli", "main.ts"), join(root, "src", "batch", "batch-worker.ts")],
  outdir,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  // The package's dependencies load from node_modules; anything else it imports (docx, a
  // devDependency: see src/render/docx-library.ts) is bundled into the chunk that uses it.
  external: Object.keys(pkg.dependencies),
  chunkNames: "chunks/[name]-[hash]",
  entryNames: "[name]",
  logLevel: "warning",
});
