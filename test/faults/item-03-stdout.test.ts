/**
 * Issue 9 item 3: standard output written in full or the run fails. `/dev/full` used to give Node's
 * "Unhandled 'error' event" stack trace (validate, deadlines csv, escalate status); a closed pipe
 * (EPIPE, `… | head`) is the reader's choice and stays quiet.
 */
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";
import { cliArgv, escalationFile, tempDir } from "./helpers.js";

const oneLine = /^reviewkit: <stdout>: cannot write to standard output \(ENOSPC: the disk is full\); the output is incomplete\n$/;

describe.runIf(process.platform === "linux")("item 3: /dev/full is exit 2 with one line", () => {
  it("validate", () => {
    const r = runCli(["validate", "examples/knowsley", "--as-of", "2026-11-23"], { stdoutFile: "/dev/full" });
    expect(r.stderr).toMatch(oneLine);
    expect(r.status).toBe(2);
  });
  it("deadlines --format csv", () => {
    const r = runCli(["deadlines", "examples/knowsley", "--as-of", "2026-11-23", "--format", "csv"], { stdoutFile: "/dev/full" });
    expect(r.stderr).toMatch(oneLine);
    expect(r.status).toBe(2);
  });
  it("escalate status", () => {
    const file = escalationFile(tempDir("status"));
    const r = runCli(["escalate", file, "status", "--as-of", "2027-01-20", "--profile", "england"], { stdoutFile: "/dev/full" });
    expect(r.stderr).toMatch(oneLine);
    expect(r.status).toBe(2);
  });
  it("check-language", () => {
    const r = runCli(["check-language", "-", "--age", "10"], { stdoutFile: "/dev/full", input: "We will meet next week to talk about your plan." });
    expect(r.stderr).toMatch(oneLine);
    expect(r.status).toBe(2);
  });

  it("a closed pipe (EPIPE) is quiet: no error line, no stack trace", () => {
    // `sh -c "reviewkit deadlines … | head -c 10"`: head closes the pipe after 10 bytes.
    const cmd = [process.execPath, ...cliArgv(["deadlines", "examples", "--as-of", "2026-11-23", "--include-done"])].map((a) => `'${a}'`).join(" ");
    const r = spawnSync("sh", ["-c", `${cmd} | head -c 10 >/dev/null`], { encoding: "utf8" });
    expect(r.stderr).not.toMatch(/Error|at /);
  });
});
