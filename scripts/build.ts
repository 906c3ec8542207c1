/**
 * `npm run build` (and `pretest`): every build step, each skipped when its inputs are byte-for-byte
 * what they were at its last successful run and its outputs are still there. A new build step is
 * one entry in STEPS below (its inputs, outputs and the steps it must follow), not a `&&` in package.json.
 *
 *   npm run build                      incremental: a step runs only when its inputs changed
 *   npm run build -- --force           every step, whatever the stamps say
 *   tsx scripts/build.ts --only bundle-cli,validators   just these steps (and gen-index)
 *
 * The stamps (a hash of each step's input files) live in node_modules/.cache/reviewkit-build/, so a
 * fresh clone or `npm ci` (which empties node_modules) always builds everything, and nothing of
 * them is shipped. The two tsc runs (the library's declarations, the browser form's type check) run
 * side by side with the esbuild steps, each step in its own process. The tests' global setup
 * (test/setup/build-dist.ts) calls buildIncremental() too.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { packageRoot } from "../src/paths.js";

const root = packageRoot();
const STAMPS = join(root, "node_modules", ".cache", "reviewkit-build", "stamps.json");
const TSC = join(root, "node_modules", "typescript", "bin", "tsc");

/** One build step: what it reads, what it writes, and how it runs. */
interface Step {
  name: string;
  /** Files and folders (relative to the package root) whose bytes decide whether the step must run. */
  inputs: string[];
  /** Files it writes: a missing one makes the step run whatever the stamp says. */
  outputs: string[];
  /** Steps that must finish first; a step that ran makes the steps after it run too. */
  after?: string[];
  /** Runs every time (cheap, and what it reads is wider than a list of inputs would stay). */
  always?: boolean;
  run: () => Promise<void>;
}

/** Code and data every compiled or bundled step reads (the lock file stands for node_modules). */
const CODE = ["src", "cli", "schemas", "profiles", "templates", "data", "fonts", "standards", "package.json", "package-lock.json", "tsconfig.json"];

const STEPS: Step[] = [
  // Always: ~0.2 s, and it reads folders by convention (profiles/, src/rules/, cli/commands/ …).
  // The steps after it hash its output by content, so rewriting the same index makes none of them run.
  { name: "gen-index", inputs: ["scripts/gen-index.ts"], outputs: [], always: true, run: () => script("gen-index.ts") },
  { name: "tsc-build", inputs: [...CODE, "tsconfig.build.json"], outputs: ["dist/src/index.js", "dist/src/index.d.ts"], after: ["gen-index"], run: () => node(TSC, "-p", "tsconfig.build.json") },
  // tsc's copies of the modules that reach a devDependency (docx, pdfmake's SVG port) are replaced by bundles.
  { name: "bundle-vendored", inputs: [...CODE, "scripts/bundle-vendored.ts"], outputs: ["dist/src/render/docx-library.js", "dist/src/render/pdf/svg-to-pdfkit.js"], after: ["gen-index", "tsc-build"], run: () => script("bundle-vendored.ts") },
  { name: "tsc-form", inputs: [...CODE, "tsconfig.form.json"], outputs: [], after: ["gen-index"], run: () => node(TSC, "-p", "tsconfig.form.json") },
  { name: "validators", inputs: [...CODE, "scripts/build-validators.ts"], outputs: ["dist/validators.generated.cjs"], after: ["gen-index"], run: () => script("build-validators.ts") },
  // tsc-build writes dist/cli/ too (it type-checks cli/), which this bundle then replaces: it runs after.
  { name: "bundle-cli", inputs: [...CODE, "scripts/bundle-cli.ts"], outputs: ["dist/cli/index.js"], after: ["gen-index", "tsc-build"], run: () => script("bundle-cli.ts") },
  { name: "bundle-form", inputs: [...CODE, "scripts/bundle-form.ts"], outputs: ["dist/form/form.js"], after: ["gen-index"], run: () => script("bundle-form.ts") },
  { name: "bundle-cjs", inputs: [...CODE, "scripts/bundle-cjs.ts"], outputs: ["dist/cjs/index.cjs"], after: ["gen-index"], run: () => script("bundle-cjs.ts") },
];

/** Runs a build script in a child process (each is a top-level script that reads process.argv). */
function script(file: string): Promise<void> {
  return node("--import", pathToFileURL(join(root, "node_modules", "tsx", "dist", "loader.mjs")).href, join(root, "scripts", file));
}

/** Quiet builds (the tests' global setup) keep the steps' standard output to themselves; errors still show. */
let quietSteps = false;

function node(...args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: ["ignore", quietSteps ? "ignore" : "inherit", "inherit"] });
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`build: ${args.at(-1)} … exited with ${code}`))));
  });
}

/** Every file under the inputs, sorted, for hashing (a missing input counts as absent, not an error). */
function files(path: string): string[] {
  const abs = join(root, path);
  if (!existsSync(abs)) return [];
  if (!statSync(abs).isDirectory()) return [path];
  const out: string[] = [];
  for (const e of readdirSync(abs, { withFileTypes: true })) {
    if (e.name === "node_modules" || e.name.startsWith(".")) continue;
    out.push(...files(relative(root, join(abs, e.name))));
  }
  return out;
}

const fileHashes = new Map<string, string>();
function hashOf(inputs: readonly string[]): string {
  const h = createHash("sha256");
  for (const f of [...new Set(inputs.flatMap(files))].sort()) {
    let fh = fileHashes.get(f);
    if (fh === undefined) fileHashes.set(f, (fh = createHash("sha256").update(readFileSync(join(root, f))).digest("hex")));
    h.update(`${f}\0${fh}\0`);
  }
  return h.digest("hex");
}

function readStamps(): Record<string, string> {
  try {
    return JSON.parse(readFileSync(STAMPS, "utf8")) as Record<string, string>;
  } catch {
    return {};
  }
}

/**
 * Builds the named steps (all by default) and the steps they come after, skipping those whose inputs
 * are unchanged. Exported for the tests' global setup (test/setup/build-dist.ts).
 * @example await buildIncremental({ only: ["bundle-cli"] })
 */
export async function buildIncremental(options: { only?: readonly string[]; force?: boolean; quiet?: boolean } = {}): Promise<string[]> {
  const wanted = new Set<string>();
  const want = (name: string): void => {
    if (wanted.has(name)) return;
    const step = STEPS.find((s) => s.name === name);
    if (!step) throw new Error(`build: no step named ${name} (steps: ${STEPS.map((s) => s.name).join(", ")})`);
    wanted.add(name);
    // A step listed in `after` is only waited for when it is itself wanted (tsc-build is not needed
    // for the CLI bundle; it only has to run first when both run).
    if (!options.only) for (const a of step.after ?? []) want(a);
  };
  for (const name of options.only ?? STEPS.map((s) => s.name)) want(name);
  if (options.only) want("gen-index");

  quietSteps = options.quiet ?? false;
  const stamps = readStamps();
  const ran = new Set<string>();
  const done = new Map<string, Promise<void>>();
  const runStep = (step: Step): Promise<void> => {
    let p = done.get(step.name);
    if (p) return p;
    p = (async () => {
      const before = (step.after ?? []).filter((a) => wanted.has(a)).map((a) => STEPS.find((s) => s.name === a) as Step);
      await Promise.all(before.map(runStep));
      // gen-index rewrites src/ files, so hash the inputs only once the steps before have run.
      const hash = hashOf(step.inputs);
      const stale = step.always || options.force || stamps[step.name] !== hash || step.outputs.some((o) => !existsSync(join(root, o))) || before.some((b) => ran.has(b.name));
      if (!stale) return;
      const t0 = Date.now();
      await step.run();
      // A step that always runs does not make the steps after it run: they look at their inputs.
      if (!step.always) ran.add(step.name);
      stamps[step.name] = hash;
      if (!options.quiet) console.log(`build: ${step.name} ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    })();
    done.set(step.name, p);
    return p;
  };
  // gen-index first on its own: the others hash the files it writes.
  const genIndex = STEPS.find((s) => s.name === "gen-index") as Step;
  await runStep(genIndex);
  fileHashes.clear();
  await Promise.all(STEPS.filter((s) => wanted.has(s.name)).map(runStep));
  mkdirSync(join(STAMPS, ".."), { recursive: true });
  // Re-read before writing: another build (a parallel test run) may have stamped other steps.
  writeFileSync(STAMPS, JSON.stringify({ ...readStamps(), ...Object.fromEntries([...ran].map((n) => [n, stamps[n]])) }, null, 2));
  if (!options.quiet && ran.size === 0) console.log("build: up to date");
  return [...ran];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const args = process.argv.slice(2);
  const onlyAt = args.indexOf("--only");
  const only = onlyAt >= 0 ? (args[onlyAt + 1] ?? "").split(",").filter(Boolean) : undefined;
  try {
    await buildIncremental({ force: args.includes("--force"), ...(only ? { only } : {}) });
  } catch (err) {
    console.error((err as Error).message);
    process.exit(1);
  }
}
