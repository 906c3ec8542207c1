import { spawnSync } from "node:child_process";
import { closeSync, openSync } from "node:fs";
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
