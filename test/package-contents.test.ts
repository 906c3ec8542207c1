/**
 * What `npm pack` would publish: no tests, no examples (fictional, but personal-looking), no
 * sources of the build, a LICENSE and every entry point; and every link and image in every shipped
 * Markdown file (the README, docs/, standards/, templates/) points at a file the package holds, by a
 * relative path that works from where the Markdown sits, with its `#anchor` a heading there.
 * Links are read with `marked`'s lexer, not a regular expression.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, posix } from "node:path";
import { marked, type Token, type Tokens } from "marked";
import { describe, expect, it } from "vitest";
import { shippedPath } from "../src/paths.js";

const out = execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: shippedPath(), encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
// --ignore-scripts: the list only; `npm test` has built dist/ already (pretest)
const files = new Set((JSON.parse(out) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path));

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
function slug(heading: string): string {
  return heading.toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, "").trim().replace(/\s/g, "-");
}

/** Every link and image target in a Markdown text, and its headings' anchors. */
function linksOf(markdown: string): { targets: string[]; anchors: Set<string> } {
  const targets: string[] = [];
  const anchors = new Set<string>();
  marked.walkTokens(marked.lexer(markdown), (t: Token) => {
    if (t.type === "link" || t.type === "image") targets.push((t as Tokens.Link | Tokens.Image).href);
    if (t.type === "heading") anchors.add(slug((t as Tokens.Heading).text.replace(/`/g, "")));
  });
  return { targets, anchors };
}

describe("the package", () => {
  it("ships no tests, examples, sources or benchmarks, and every entry point", () => {
    const ours = [...files].filter((f) => !f.startsWith("node_modules/")); // none today; kept so a bundled dependency never counts as ours
    expect(ours.filter((f) => /\.test\.|(^|\/)test\//.test(f))).toEqual([]);
    expect(ours.filter((f) => f.startsWith("examples/") || f.startsWith("bench/") || f.startsWith("src/") || f.startsWith("scripts/"))).toEqual([]);
    for (const f of ["LICENSE", "README.md", "dist/cli/index.js", "dist/src/index.js", "dist/src/index.d.ts", "dist/cjs/index.cjs", "dist/validators.generated.cjs", "dist/src/render/docx-library.js", "dist/src/render/pdf/svg-to-pdfkit.js"]) {
      expect(files.has(f), f).toBe(true);
    }
  });

  it("loads at run time only its dependencies and Node's own modules, from every entry point", async () => {
    // esbuild follows every static and dynamic import from the entry points and lists what it would
    // leave outside: those must be installed for a user, so each must be a dependency (docx and
    // pdfmake, devDependencies, are bundled into dist/: scripts/bundle-vendored.ts). Loads through
    // createRequire (the prebuilt validators, govuk-frontend's CSS) are not seen here;
    // test/package-install.test.ts runs the installed package.
    const { build } = await import("esbuild");
    const pkg = JSON.parse(readFileSync(shippedPath("package.json"), "utf8")) as { dependencies: Record<string, string> };
    const entries = ["dist/src/index.js", "dist/cjs/index.cjs", "dist/cli/index.js", "dist/form/form.js"];
    const result = await build({
      entryPoints: entries.map((e) => shippedPath(e)),
      bundle: true,
      write: false,
      outdir: shippedPath("dist", "not-written"),
      splitting: true,
      format: "esm",
      platform: "node",
      packages: "external",
      metafile: true,
      logLevel: "silent",
    });
    const packages = new Set<string>();
    for (const input of Object.values(result.metafile.inputs)) {
      for (const imp of input.imports) {
        if (!imp.external || imp.path.startsWith("node:") || imp.path.startsWith("<")) continue;
        packages.add(imp.path.startsWith("@") ? imp.path.split("/").slice(0, 2).join("/") : imp.path.split("/")[0]!);
      }
    }
    expect(packages.size).toBeGreaterThan(5);
    expect([...packages].filter((p) => !(p in pkg.dependencies))).toEqual([]);
  });

  it("ships what every shipped Markdown file links to, by paths that work inside the package", () => {
    const markdownFiles = [...files].filter((f) => f.endsWith(".md") && !f.startsWith("node_modules/"));
    expect(markdownFiles).toEqual(expect.arrayContaining(["README.md", "docs/rules.md", "standards/README.md", "templates/README.md"]));
    const parsed = new Map(markdownFiles.map((f) => [f, linksOf(readFileSync(shippedPath(f), "utf8"))]));
    let checked = 0;
    for (const [file, { targets, anchors }] of parsed) {
      for (const href of targets.filter((h) => !/^[a-z]+:/i.test(h))) {
        const [path = "", anchor] = href.split("#");
        const target = path === "" ? file : posix.normalize(posix.join(dirname(file), decodeURI(path)));
        expect(files.has(target), `${file} links to ${href}, which the package does not hold`).toBe(true);
        if (anchor && target.endsWith(".md")) expect(parsed.get(target)?.anchors.has(anchor), `${file} links to ${href}: no such heading`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it("ships the README's pictures (docs/*.png) and shows each by a relative path", () => {
    const { targets } = linksOf(readFileSync(shippedPath("README.md"), "utf8"));
    const pictures = targets.filter((t) => t.endsWith(".png"));
    expect(pictures.length).toBeGreaterThan(10);
    for (const p of pictures) {
      expect(p, "a relative path, so it resolves inside the installed package").toMatch(/^docs\/[a-z0-9-]+\.png$/);
      expect(files.has(p), p).toBe(true);
    }
  });
});
