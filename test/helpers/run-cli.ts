import { spawnSync } from "node:child_process";
import { closeSync, openSync } from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import type { main as Main } from "../../cli/main.js";
import { shippedPath } from "../../src/paths.js";

/**
 * The built CLI, dist/cli/index.js: the esbuild bundle users run. The tests' global setup
 * (test/setup/build-dist.ts) rebuilds it from the current source before any test starts, whenever
 * src/, cli/, schemas/ … changed, so a test never runs an old build. Running it costs ~0.3 s a
 * process where going through tsx from source cost ~1.2 s, and the suites start ~200 of them.
 */
export const CLI = shippedPath("dist", "cli", "index.js");

/**
 * The node arguments that run `reviewkit …`.
 * @example spawnSync(process.execPath, cliArgv(["validate", "examples/knowsley"]))
 */
export function cliArgv(args: readonly string[]): string[] {
  return [CLI, ...args];
}

/** What a CLI run printed and how it ended. */
export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `reviewkit …` as a user would from a shell (no TTY, so no progress bar).
 * @example const r = runCli(["validate", "examples/knowsley", "--as-of", "2026-11-23"]); r.status // 0
 */
export function runCli(args: readonly string[], options: { input?: string; cwd?: string; stdoutFile?: string } = {}): CliRun {
  // stdoutFile: standard output redirected to a file (`> file`, or /dev/full), as a shell would.
  const fd = options.stdoutFile === undefined ? undefined : openSync(options.stdoutFile, "w");
  try {
    const r = spawnSync(process.execPath, cliArgv(args), {
      cwd: options.cwd ?? shippedPath(),
      input: options.input ?? "",
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
      timeout: 60_000,
      ...(fd === undefined ? {} : { stdio: ["pipe", fd, "pipe"] }),
    });
    return { status: r.status, stdout: r.stdout ?? "", stderr: r.stderr };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * The command line run in this process: `main` from the same build (dist/cli/main.js, the module
 * the program itself runs), loaded once per worker by Node's own loader, as the program loads it
 * (`require` of an ES module, Node 20.19 and later; vitest's `import` would transform the bundle
 * again, ~1 s, so it is only the fallback). A run costs what the command costs, not a Node start
 * (~0.15 s of CPU each).
 */
let loaded: Promise<typeof Main> | undefined;
function loadMain(): Promise<typeof Main> {
  const file = shippedPath("dist", "cli", "main.js");
  return (loaded ??= (async () => {
    try {
      return (createRequire(import.meta.url)(file) as { main: typeof Main }).main;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "ERR_REQUIRE_ESM") throw err;
      return ((await import(pathToFileURL(file).href)) as { main: typeof Main }).main;
    }
  })());
}

/**
 * Runs `reviewkit …` in this process, as runCli does in a new one: the same arguments, standard
 * input (empty unless given), no terminal, and the same exit code and output. For what a process
 * itself does (exit at the OS level, signals, a terminal, /dev/full) use runCli. Inputs are read
 * relative to this process's folder, which must be the package root (runCli's default cwd).
 * @example const r = await runCliInProcess(["validate", "examples/knowsley", "--as-of", "2026-11-23"]); r.status // 0
 */
export async function runCliInProcess(args: readonly string[], options: { input?: string } = {}): Promise<CliRun> {
  if (process.cwd() !== shippedPath()) throw new Error(`runCliInProcess runs in ${process.cwd()}, not the package root: use runCli with cwd`);
  const main = await loadMain();
  const run = { stdout: "", stderr: "" };
  const release = catchStrayOutput(run);
  try {
    const status = await main(args, {
      stdout: (text) => void (run.stdout += text),
      stderr: (text) => void (run.stderr += text),
      stdin: options.input ?? "",
      stdoutIsTerminal: false,
    });
    return { status, ...run };
  } finally {
    release();
  }
}

/** The runs under way in this process, each given what anything prints past its io. */
const sinks = new Set<{ stdout: string; stderr: string }>();
let restore: (() => void) | undefined;

/**
 * What a run prints past its io (a dependency writing to process.stdout or process.stderr or to
 * the console; Node prints process warnings to process.stderr) would be on the streams of a
 * process of its own, which the tests read: it is added to the run's output here, so no line
 * escapes the tests' checks (no record content, no stack trace, nothing unexpected on stderr).
 * Runs that overlap each get it.
 */
function catchStrayOutput(sink: { stdout: string; stderr: string }): () => void {
  sinks.add(sink);
  if (!restore) {
    const to = (stream: "stdout" | "stderr") => (...parts: unknown[]) => {
      for (const s of sinks) s[stream] += parts.map((p) => (typeof p === "string" || p instanceof Uint8Array ? String(p) : JSON.stringify(p))).join(" ");
      return true;
    };
    const line = (stream: "stdout" | "stderr") => (...parts: unknown[]) => void to(stream)(`${parts.map(String).join(" ")}\n`);
    const saved = { out: process.stdout.write, err: process.stderr.write, log: console.log, info: console.info, debug: console.debug, error: console.error, warn: console.warn };
    process.stdout.write = to("stdout") as typeof process.stdout.write;
    process.stderr.write = to("stderr") as typeof process.stderr.write;
    Object.assign(console, { log: line("stdout"), info: line("stdout"), debug: line("stdout"), error: line("stderr"), warn: line("stderr") });
    restore = () => {
      process.stdout.write = saved.out;
      process.stderr.write = saved.err;
      Object.assign(console, { log: saved.log, info: saved.info, debug: saved.debug, error: saved.error, warn: saved.warn });
    };
  }
  return () => {
    sinks.delete(sink);
    if (sinks.size === 0 && restore) {
      restore();
      restore = undefined;
    }
  };
}
