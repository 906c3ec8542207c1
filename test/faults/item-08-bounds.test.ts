/**
 * Issue 9 item 8: every input bounded. These test the guard (the limit hit, the refusal), never a
 * timing: `/dev/zero` stops at the limit while reading, a FIFO is refused before it can hang,
 * standard input has the same limit as a file. (check-language's linearity is in `npm run bench`.)
 */
import { spawnSync } from "node:child_process";
import { closeSync, openSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";
import { cliArgv, tempDir } from "./helpers.js";
import { shippedPath } from "../../src/paths.js";

/** Runs the CLI with standard input read from a file or device (as `< /dev/zero` would). */
function withStdinFrom(path: string, args: string[]) {
  const fd = openSync(path, "r");
  try {
    return spawnSync(process.execPath, cliArgv(args), { cwd: shippedPath(), stdio: [fd, "pipe", "pipe"], encoding: "utf8", timeout: 60_000 });
  } finally {
    closeSync(fd);
  }
}

describe.runIf(process.platform === "linux")("item 8: inputs are bounded while they are read", () => {
  it("validate /dev/zero (a device named as a file) is refused before reading", () => {
    const r = runCli(["validate", "/dev/zero"]);
    expect(r.status).toBe(2);
    expect(r.stdout).toMatch(/\/dev\/zero: is not a regular file \(a pipe, a device or a socket\)/);
  });

  it("validate - < /dev/zero stops at the 20 MB limit", () => {
    const r = withStdinFrom("/dev/zero", ["validate", "-"]);
    expect(r.status).toBe(2);
    expect(r.stdout).toMatch(/<stdin>: is over 20 MB \(reading stopped there\); records over 20 MB are refused/);
  });

  it("check-language - < /dev/zero and deadlines - < /dev/zero stop at the limit too", () => {
    const c = withStdinFrom("/dev/zero", ["check-language", "-"]);
    expect(c.status).toBe(2);
    expect(c.stderr).toMatch(/standard input: is over 20 MB \(reading stopped there\)/);
    const d = withStdinFrom("/dev/zero", ["deadlines", "-"]);
    expect(d.status).toBe(2);
    expect(d.stderr).toMatch(/<stdin>: is over 20 MB/);
  });

  it("a FIFO named as a file is refused at once, not waited on for ever (validate, check-language, --holidays, --profile)", () => {
    const dir = tempDir("fifo");
    const fifo = join(dir, "case.json");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    const v = runCli(["validate", fifo]);
    expect(v.status).toBe(2);
    expect(v.stdout).toMatch(/case\.json: is not a regular file/);
    const c = runCli(["check-language", fifo]);
    expect(c.stderr).toMatch(/case\.json: is not a regular file/);
    const h = runCli(["validate", "examples/england", "--holidays", fifo]);
    expect(h.stderr).toMatch(/case\.json: cannot read the bank-holiday file \(is not a regular file/);
    const p = runCli(["validate", "examples/england", "--profile", fifo]);
    expect(p.stderr).toMatch(/case\.json: the profile file: is not a regular file/);
  });

  it("standard input gets the same checks as a file: duplicate keys refused, naming the key", () => {
    const bad = runCli(["validate", "-"], { input: '{"recordType": "escalation", "id": "A", "id": "B"}' });
    expect(bad.status).toBe(2);
    expect(bad.stdout).toMatch(/<stdin>: line 1 column 41: the key "id" appears twice in one object/);
  });
});
