/**
 * Runs a table of bad-input cases through the command line and holds every case to the same
 * promises: the exit code and the line the table names; no stack trace; no record content in what
 * is printed (each bad record names the child "Zephyrine Quaglia", which must never appear unless
 * --verbose); no file left behind or changed; and no hang. The command line runs in this process
 * (runCliInProcess: the built program's own `main`, its exit code and both streams), ~100 cases
 * without ~100 Node starts; cli/index.test.ts holds the program itself to the same results.
 */
import { cpSync, mkdtempSync, rmSync, readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { performance } from "node:perf_hooks";
import { expect, it } from "vitest";
import { runCliInProcess, type CliRun } from "../helpers/run-cli.js";

/** The planted name. Every bad record in data/ carries it as the child's name or in free text. */
export const MARKER = "Zephyrine Quaglia";
const MARKER_PARTS = ["Zephyrine", "Quaglia"];

/** Where the case's files are: data/ copied into a fresh folder per case. */
export const DATA = join(import.meta.dirname, "data");

/** Something at a stack frame's shape: "at fn (file.js:12:5)" or "at file.ts:3:9". */
export const STACK_FRAME = /\bat .+:\d+:\d+/;

/** Longest a case may take: a hang, or work that grows badly with the input, fails the case. */
export const CASE_LIMIT_MS = 20_000;

export interface BadCase {
  /** What is wrong with the input, as a sentence. */
  name: string;
  /** Files from data/ to copy into the case folder (paths relative to data/). */
  data?: string[];
  /** Files made by the test (huge or path-dependent inputs): name → content, given the case folder. */
  make?: (dir: string) => Record<string, string | Buffer>;
  /** Empty folders to make in the case folder first (e.g. an output folder). */
  mkdirs?: string[];
  /** The command line; "{dir}" is replaced by the case folder. */
  args: string[];
  /** Standard input. */
  input?: string;
  /** Exit code, or the codes that are each acceptable (e.g. [0, 1]: "it validated"). */
  exit: number | number[];
  /** Text (or pattern) stderr must contain; "{dir}" is replaced. */
  stderr?: string | RegExp;
  /** Text (or pattern) stdout must contain; "{dir}" is replaced. */
  stdout?: string | RegExp;
  /** Text (or pattern) either stream must contain. */
  output?: string | RegExp;
  /** Text neither stream may contain. */
  absent?: (string | RegExp)[];
  /** The marker may appear (the case runs with --verbose, or shows the user's own text on purpose). */
  allowMarker?: boolean;
  /** Files (relative to the case folder) the command is expected to create; all others must not appear. */
  creates?: string[];
  /** Files (relative to the case folder) whose bytes must not change. Default: every file copied or made. */
  untouched?: string[];
  /** Skip with this reason (e.g. the command does not exist yet). */
  skip?: string | false;
  /** Extra checks on the run. */
  check?: (run: CliRun, dir: string) => void;
}

function listTree(dir: string, prefix = ""): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(`${rel}/`, ...listTree(join(dir, e.name), rel));
    else out.push(rel);
  }
  return out.sort();
}

function snapshot(dir: string): Map<string, Buffer> {
  const m = new Map<string, Buffer>();
  for (const rel of listTree(dir)) {
    if (!rel.endsWith("/")) {
      try {
        m.set(rel, readFileSync(join(dir, rel)));
      } catch {
        // an unreadable file the case made on purpose (permissions): listed, not compared
      }
    }
  }
  return m;
}

const fill = (s: string, dir: string) => s.split("{dir}").join(dir);

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A string is looked for as is; a pattern may say \{dir\} for the case folder. */
function contains(text: string, want: string | RegExp, dir: string): boolean {
  if (typeof want === "string") return text.includes(fill(want, dir));
  return new RegExp(want.source.split("\\{dir\\}").join(escapeRe(dir)), want.flags).test(text);
}

/** Sets the case folder up, runs the command, and returns what happened. */
export async function runCase(c: BadCase): Promise<{ run: CliRun; dir: string; ms: number; before: Map<string, Buffer>; beforeList: string[] }> {
  const dir = mkdtempSync(join(tmpdir(), "reviewkit-bad-"));
  for (const rel of c.data ?? []) {
    const from = join(DATA, rel);
    const to = join(dir, rel);
    mkdirSync(dirname(to), { recursive: true });
    cpSync(from, to, { recursive: statSync(from).isDirectory() });
  }
  for (const [rel, body] of Object.entries(c.make?.(dir) ?? {})) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), body);
  }
  for (const rel of c.mkdirs ?? []) mkdirSync(join(dir, rel), { recursive: true });
  const beforeList = listTree(dir);
  const before = snapshot(dir);
  const t0 = performance.now();
  const run = await runCliInProcess(c.args.map((a) => fill(a, dir)), c.input === undefined ? {} : { input: c.input });
  const ms = performance.now() - t0;
  return { run, dir, ms, before, beforeList };
}

/** Declares one vitest case per table row. */
export function badInputCases(cases: readonly BadCase[]): void {
  for (const c of cases) {
    const test = c.skip ? it.skip : it;
    test(c.name, async () => {
      const { run, dir, ms, before, beforeList } = await runCase(c);
      try {
        check(c, run, dir, ms, before, beforeList);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
}

function check(c: BadCase, run: CliRun, dir: string, ms: number, before: Map<string, Buffer>, beforeList: string[]): void {
  const both = `${run.stdout}\n${run.stderr}`;
  const shown = `exit ${run.status}\n--- stdout\n${run.stdout.slice(0, 2000)}\n--- stderr\n${run.stderr.slice(0, 2000)}`;

  // No hang: the run ended with an exit code, within the limit.
  expect(run.status, `the command ended without an exit code after ${Math.round(ms)} ms\n${shown}`).not.toBeNull();
  expect(ms, `took ${Math.round(ms)} ms`).toBeLessThan(CASE_LIMIT_MS);

  const exits = Array.isArray(c.exit) ? c.exit : [c.exit];
  expect(exits, shown).toContain(run.status);
  if (c.stderr !== undefined) expect(contains(run.stderr, c.stderr, dir), `stderr should contain ${String(c.stderr)}\n${shown}`).toBe(true);
  if (c.stdout !== undefined) expect(contains(run.stdout, c.stdout, dir), `stdout should contain ${String(c.stdout)}\n${shown}`).toBe(true);
  if (c.output !== undefined) expect(contains(both, c.output, dir), `output should contain ${String(c.output)}\n${shown}`).toBe(true);
  for (const a of c.absent ?? []) expect(contains(both, a, dir), `output should not contain ${String(a)}\n${shown}`).toBe(false);

  // No stack trace, whatever went wrong.
  expect(both, shown).not.toMatch(STACK_FRAME);
  // No record content, unless asked for.
  if (!c.allowMarker && !c.args.includes("--verbose")) {
    for (const part of MARKER_PARTS) expect(both.includes(part), `record content ("${part}") was printed\n${shown}`).toBe(false);
  }
  // No raw control characters (ESC, NUL, bidi overrides) reach the terminal.
  expect(both, "a control character was printed").not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/);

  // Nothing left behind, nothing changed.
  const after = listTree(dir);
  const expected = [...new Set([...beforeList, ...(c.creates ?? [])])].sort();
  expect(after, "files in the case folder after the run").toEqual(expected);
  const untouched = c.untouched ?? [...before.keys()];
  for (const rel of untouched) {
    const was = before.get(rel);
    if (was === undefined) continue;
    expect(Buffer.compare(readFileSync(join(dir, rel)), was), `${rel} was changed`).toBe(0);
  }
  c.check?.(run, dir);
}
