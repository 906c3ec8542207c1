import { spawnSync } from "node:child_process";
import { closeSync, openSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { shippedPath } from "../../src/paths.js";

// tsx's loader by absolute URL: `--import tsx` would be looked up from the working directory, which
// a test may set to a temporary folder with no node_modules.
const TSX_LOADER = pathToFileURL(shippedPath("node_modules", "tsx", "dist", "loader.mjs")).href;

/** What a CLI run printed and how it ended. */
export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `reviewkit …` from source through tsx, as a user would from a shell (no TTY, so no progress bar).
 * @example const r = runCli(["validate", "examples/knowsley", "--as-of", "2026-11-23"]); r.status // 0
 */
export function runCli(args: readonly string[], options: { input?: string; cwd?: string; stdoutFile?: string } = {}): CliRun {
  // stdoutFile: standard output redirected to a file (`> file`, or /dev/full), as a shell would.
  const fd = options.stdoutFile === undefined ? undefined : openSync(options.stdoutFile, "w");
  try {
    const r = spawnSync(process.execPath, ["--import", TSX_LOADER, shippedPath("cli", "index.ts"), ...args], {
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
