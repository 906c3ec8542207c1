/**
 * Part of `npm run build`: bundles the form's page script (src/form/browser/main.ts) for browsers
 * into dist/form/form.js. The library modules go in unchanged, the same code as the CLI; the few
 * Node built-ins they import are swapped for browser shims (src/form/browser/shims/) that read an
 * in-memory file system the page fills from its embedded files. No eval or new Function: the
 * schemas' validators are the build's precompiled standalone code, which the page carries.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { build, type Plugin } from "esbuild";
import { packageRoot } from "../src/paths.js";
import { formBundlePath, FORM_IMPORT_META_URL } from "../src/form/bundle-path.js";

const root = packageRoot();
const shims = join(root, "src", "form", "browser", "shims");
const SHIMMED: Record<string, string> = { fs: "fs.ts", path: "path.ts", url: "url.ts", module: "module.ts", crypto: "crypto.ts" };

const nodeShims: Plugin = {
  name: "reviewkit-node-shims",
  setup(b) {
    b.onResolve({ filter: /^(node:)?(fs|path|url|module|crypto)$/ }, (args) => {
      const name = args.path.replace(/^node:/, "");
      return { path: join(shims, SHIMMED[name] as string) };
    });
  },
};

const result = await build({
  entryPoints: [join(root, "src", "form", "browser", "main.ts")],
  bundle: true,
  write: false,
  format: "iife",
  platform: "browser",
  target: "es2022",
  minify: true,
  legalComments: "none",
  charset: "utf8",
  define: { "import.meta.url": JSON.stringify(FORM_IMPORT_META_URL), "process.env.NODE_ENV": '"production"' },
  // pdfkit's own browser build, as the PDF writer's browser test bundles it (test/render/pdf-browser.test.ts).
  alias: { pdfkit: "pdfkit/js/pdfkit.standalone.js" },
  plugins: [nodeShims],
  logLevel: "warning",
});
const out = formBundlePath();
mkdirSync(join(out, ".."), { recursive: true });
writeFileSync(out, result.outputFiles[0]?.text ?? "");
