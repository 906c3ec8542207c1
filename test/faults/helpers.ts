import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { shippedPath } from "../../src/paths.js";
import { cliArgv, type CliRun } from "../helpers/run-cli.js";
import { escalation } from "../fixtures/records.js";

/** Shared set-up for the fault suite: temporary folders, a CLI run in the background, a small disk. */

// The node arguments that run the CLI: the build the global setup keeps current (test/helpers/run-cli.ts).
export { cliArgv };

/** A fresh temporary folder. @example const dir = tempDir("safe-write") */
export function tempDir(label: string): string {
  return mkdtempSync(join(tmpdir(), `reviewkit-fault-${label}-`));
}

/** An escalation file (2-space JSON) in `dir`, with one informal step. @example const f = escalationFile(tempDir("x")) */
export function escalationFile(dir: string, name = "escalation.json"): string {
  const file = join(dir, name);
  writeFileSync(file, `${JSON.stringify(escalation(), null, 2)}\n`);
  return file;
}

/**
 * Runs the CLI without waiting (many at once), with stdout/stderr collected.
 * @example const runs = await Promise.all([1, 2].map(() => runCliAsync(["escalate", f, "note"])))
 */
export function runCliAsync(args: readonly string[], options: { stdout?: "pipe" | number } = {}): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, cliArgv(args), { cwd: shippedPath(), stdio: ["ignore", options.stdout ?? "pipe", "pipe"], env: { ...process.env, NO_COLOR: "1" } });
    let stdout = "";
    let stderr = "";
    child.stdout?.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr?.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

/**
 * A 64 KB tmpfs mounted at a new folder, so a write really runs out of space (root on Linux), or
 * undefined where the machine refuses the mount (the tests then inject the failure instead).
 * @example const disk = smallDisk(); if (disk) { …; disk.unmount(); }
 */
export function smallDisk(sizeKb = 64): { dir: string; unmount: () => void } | undefined {
  if (process.platform !== "linux" || process.getuid?.() !== 0) return undefined;
  const dir = tempDir("disk");
  mkdirSync(dir, { recursive: true });
  const r = spawnSync("mount", ["-t", "tmpfs", "-o", `size=${sizeKb}k`, "tmpfs", dir]);
  if (r.status !== 0) return undefined;
  return { dir, unmount: () => void spawnSync("umount", [dir]) };
}

/** Fills a folder's file system until a write fails, leaving `leaveBytes` free (roughly). @example fill(disk.dir, 4096) */
export function fill(dir: string, leaveBytes: number): void {
  const r = spawnSync("df", ["--output=avail", "-B1", dir], { encoding: "utf8" });
  const avail = Number(r.stdout.trim().split("\n").pop());
  const size = Math.max(0, avail - leaveBytes);
  if (size > 0) {
    try {
      writeFileSync(join(dir, "filler.bin"), Buffer.alloc(size));
    } catch {
      // full already: that is what we wanted
    }
  }
}
