/**
 * The package as a user gets it: `npm pack`, then `npm install <tarball>` into an empty project.
 * Installing prints no warning (on Node 20 `docx`'s `nanoid` 6 used to warn EBADENGINE: docx is
 * now bundled into dist/ and not installed at all), `import` (from an ES module file) and `require`
 * (from a CommonJS `.cjs` file) of reviewkit validate an example case file and write a DOCX and a
 * PDF (so the bundled docx and SVG-to-pdfkit run), and the installed `reviewkit` command does the
 * same. One install serves both module systems: which of the package's entry points Node picks
 * (its `exports` "import" or "require") follows the file that loads it, not the project's "type",
 * so a second project was a second 90 MB install (about 8 s of processor time) testing nothing more.
 *
 * Installs prefer npm's local cache (`--prefer-offline`), falling back to the registry only for a
 * package the cache lacks. It packs dist/ as built (`npm test` builds first): --ignore-scripts.
 * Self-contained, and slow-ish (one install, ~5–10 s).
 */
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { shippedPath } from "../src/paths.js";

const run = promisify(execFile);
const root = shippedPath();
const example = shippedPath("examples", "england", "mei-lin-chen.case.json");
const dir = mkdtempSync(join(tmpdir(), "reviewkit-install-"));

/** npm settings passed on from an enclosing `npm test`: where the cache and registry are. */
const KEPT = /^npm_config_(cache|registry|userconfig|globalconfig|proxy|https_proxy|noproxy)$/i;

/**
 * The environment without the `npm_*` variables an enclosing `npm test` sets (among them its
 * prefix, which would install into this repository), except the cache and registry settings.
 */
function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k) || KEPT.test(k)));
}

/** What a consumer runs: validate the example case file, then write a review's minutes as DOCX and PDF. */
const CHECK = `
const caseFile = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const { findings } = rk.validateRecord(caseFile, { profile: rk.loadProfile("england"), asOf: "2026-11-23" });
const review = caseFile.records.find((r) => r.recordType === "looked-after-review");
const head = (bytes) => Buffer.from(bytes.subarray(0, 5)).toString("latin1");
Promise.all(["docx", "pdf"].map((format) => rk.renderDocument(review, "lac-review-minutes", format, { profile: "england" }))).then(([docx, pdf]) => {
  process.stdout.write(JSON.stringify({ errors: findings.filter((f) => f.severity === "error").length, findings: findings.length, docx: head(docx).slice(0, 2), pdf: head(pdf) }));
});
`;

interface Installed {
  project: string;
  output: string;
}

async function install(name: string, tarball: string): Promise<Installed> {
  const project = join(dir, name);
  mkdirSync(project);
  writeFileSync(join(project, "package.json"), JSON.stringify({ name, version: "1.0.0", private: true, type: "module" }, null, 2));
  // --loglevel=warn whatever the user's config, so a warning would show; 2>&1 order is not needed.
  const { stdout, stderr } = await run("npm", ["install", tarball, "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=warn"], {
    cwd: project,
    env: cleanEnv(),
    maxBuffer: 16 * 1024 * 1024,
  });
  return { project, output: stdout + stderr };
}

describe("the packed package, installed", () => {
  let consumer: Installed;
  beforeAll(async () => {
    const { stdout } = await run("npm", ["pack", "--ignore-scripts", "--json", "--pack-destination", dir], { cwd: root, env: cleanEnv(), maxBuffer: 64 * 1024 * 1024 });
    const tarball = join(dir, (JSON.parse(stdout) as { filename: string }[])[0]!.filename);
    consumer = await install("consumer", tarball);
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(`installs with no warning (Node ${process.version})`, () => {
    expect(consumer.output).not.toMatch(/EBADENGINE/);
    expect(consumer.output.split("\n").filter((l) => /\bwarn/i.test(l))).toEqual([]);
  });

  it("installs neither docx nor nanoid: docx is inside dist/", () => {
    const modules = readdirSync(join(consumer.project, "node_modules"));
    expect(modules).toContain("reviewkit");
    expect(modules.filter((m) => m === "docx" || m === "nanoid" || m === "fflate")).toEqual([]);
  });

  it("works from an ES module: import validates the example and writes DOCX and PDF", async () => {
    writeFileSync(join(consumer.project, "check.mjs"), `import fs from "node:fs";\nimport * as rk from "reviewkit";\n${CHECK}`);
    const { stdout } = await run(process.execPath, ["check.mjs", example], { cwd: consumer.project });
    expect(JSON.parse(stdout)).toMatchObject({ errors: 0, docx: "PK", pdf: "%PDF-" });
  });

  it("works from CommonJS: require validates the example and writes DOCX and PDF", async () => {
    writeFileSync(join(consumer.project, "check.cjs"), `const fs = require("node:fs");\nconst rk = require("reviewkit");\n${CHECK}`);
    const { stdout } = await run(process.execPath, ["check.cjs", example], { cwd: consumer.project });
    expect(JSON.parse(stdout)).toMatchObject({ errors: 0, docx: "PK", pdf: "%PDF-" });
  });

  it("installs the reviewkit command: it validates the example and renders DOCX", async () => {
    const bin = join(consumer.project, "node_modules", ".bin", "reviewkit");
    const { stdout } = await run(bin, ["validate", example, "--as-of", "2026-11-23"], { cwd: consumer.project });
    expect(stdout).toContain("mei-lin-chen.case.json (case file, profile england)");
    const out = join(consumer.project, "out");
    const rendered = await run(bin, ["render", example, "--format", "docx", "--document", "child-letter", "--out", out], { cwd: consumer.project });
    expect(rendered.stdout).toContain("LAR-EN-10472-1.child-letter.docx");
    expect(readdirSync(out).filter((f) => f.endsWith(".docx")).length).toBeGreaterThan(0);
  });
});
