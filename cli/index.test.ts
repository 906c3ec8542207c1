/**
 * The program `reviewkit` (dist/cli/index.js) is `main` (cli/main.ts) on the process's streams. Most
 * CLI tests run `main` in the test's own process (runCliInProcess); this file is what lets them: for
 * every command, a real process and an in-process run of the same command line print the same
 * bytes on both streams and end with the same exit code, which is the one each case names, as the
 * process's exit status. Documents a command writes are the same bytes too. The cases cover the
 * exits 0, 1 and 2, yargs' own help and usage errors, standard input piped in, the yargs-free
 * `validate`, and a note on stderr beside output on stdout. (What only a process has, a terminal,
 * signals, /dev/full, a pipe closed early, is tested on processes in test/faults/.)
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { shippedPath } from "../src/paths.js";
import { cliArgv, runCliInProcess, type CliRun } from "../test/helpers/run-cli.js";

/** `reviewkit …` in a process of its own, as runCli starts it, without blocking the others. */
function spawnCli(args: readonly string[], input = ""): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, cliArgv(args), { cwd: shippedPath(), env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" } });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (s: string) => (stdout += s));
    child.stderr.setEncoding("utf8").on("data", (s: string) => (stderr += s));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(input);
  });
}

const out = mkdtempSync(join(tmpdir(), "reviewkit-program-"));
const caseFile = readFileSync(shippedPath("examples", "knowsley", "aaliyah-begum.case.json"), "utf8");

interface Case {
  args: string[];
  input?: string;
  exit: number;
  /** A file or folder the command writes, under the run's own folder ({out}). */
  writes?: string;
}

const CASES: Case[] = [
  // validate without yargs (fast-path.ts): exit 1; exit 2 with a report on stdout and the failures on stderr; standard input piped in
  { args: ["validate", "examples/invalid/knowsley-core-group-gap.json", "--as-of", "2026-11-23"], exit: 1 },
  { args: ["validate", "examples/invalid", "--as-of", "2026-11-23", "--format", "json"], exit: 2 },
  { args: ["validate", "-", "--profile", "knowsley", "--as-of", "2026-12-30"], input: caseFile, exit: 1 },
  // through yargs: a usage error (one line, exit 2), the help (yargs' own output, exit 0)
  { args: ["validate", "examples/knowsley", "--as-off", "2026-11-23"], exit: 2 },
  { args: ["--help"], exit: 0 },
  // every other command, once each
  { args: ["deadlines", "examples/knowsley", "--as-of", "2027-06-01"], exit: 1 },
  { args: ["escalate", "examples/invalid/escalation-stage-response-late.json", "status", "--as-of", "2027-01-20"], exit: 0 },
  { args: ["check-language", "-", "--age", "10"], input: "We will meet next week to talk about your plan.", exit: 0 },
  { args: ["new", "looked-after-review", "--profile", "knowsley", "--as-of", "2026-12-10"], exit: 0 },
  { args: ["render", "examples/england", "--format", "html", "--out", "{out}/documents"], exit: 0, writes: "documents" },
  { args: ["report", "examples/knowsley", "--from", "2026-04-01", "--to", "2027-03-31", "--format", "csv", "--out", "{out}/report.csv"], exit: 0, writes: "report.csv" },
  { args: ["form", "--record", "cp-conference", "--out", "{out}/form.html"], exit: 0, writes: "form.html" },
];

/** A file's bytes, or a folder's files' bytes by name, as SHA-256 digests (a deep compare of megabytes is slow). */
function written(path: string): Record<string, string> {
  const digest = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");
  return statSync(path).isDirectory() ? Object.fromEntries(readdirSync(path).sort().map((name) => [name, digest(join(path, name))])) : { ".": digest(path) };
}

describe("the program is main on the process's streams", () => {
  // Two processes at a time (two cores); each case's in-process run follows its own process.
  const results = (async () => {
    const runs: { spawned: CliRun; inProcess: CliRun; processDir: string; inProcessDir: string }[] = [];
    for (let i = 0; i < CASES.length; i += 2) {
      const pair = CASES.slice(i, i + 2).map((c, j) => {
        const processDir = join(out, `case-${i + j}-process`);
        mkdirSync(processDir);
        return spawnCli(c.args.map((a) => a.replace("{out}", processDir)), c.input).then((spawned) => ({ spawned, processDir }));
      });
      for (const [j, p] of pair.entries()) {
        const c = CASES[i + j]!;
        const { spawned, processDir } = await p;
        const inProcessDir = join(out, `case-${i + j}-in-process`);
        mkdirSync(inProcessDir);
        const inProcess = await runCliInProcess(c.args.map((a) => a.replace("{out}", inProcessDir)), c.input === undefined ? {} : { input: c.input });
        runs.push({ spawned, inProcess, processDir, inProcessDir });
      }
    }
    return runs;
  })();
  // Awaited by every case below; a failure is reported there, not as an unhandled rejection first.
  results.catch(() => undefined);

  for (const [i, c] of CASES.entries()) {
    it(`reviewkit ${c.args.join(" ")}${c.input === undefined ? "" : " < input"}: exit ${c.exit}, the same in process`, async () => {
      const { spawned, inProcess, processDir, inProcessDir } = (await results)[i]!;
      expect(spawned.status, spawned.stderr).toBe(c.exit);
      // Paths the command prints name its own folder: read alike, every byte is the same.
      const same = (r: CliRun) => ({ ...r, stdout: r.stdout.split(inProcessDir).join(processDir), stderr: r.stderr.split(inProcessDir).join(processDir) });
      expect(same(inProcess)).toEqual(spawned);
      expect(spawned.stderr).not.toMatch(/\bat .+:\d+:\d+/);
      if (c.writes) {
        const files = written(join(processDir, c.writes));
        expect(Object.keys(files).length).toBeGreaterThan(0);
        expect(written(join(inProcessDir, c.writes))).toEqual(files);
      }
    }, 120_000);
  }
});
