/**
 * Issue 9 item 1: a nearly full disk never truncates a case file, an escalation or a document.
 * A real 64 KB tmpfs where the machine allows (root on Linux); everywhere, an injected short write
 * and an injected ENOSPC at the safe writer's write call. Also: a read-only file is refused.
 */
import { chmodSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { OutputError } from "../../src/errors.js";
import { writeFileSafe } from "../../src/io/safe-write.js";
import { runCli } from "../helpers/run-cli.js";
import { escalation, lookedAfterReview } from "../fixtures/records.js";
import { escalationFile, fill, smallDisk, tempDir } from "./helpers.js";

const disk = smallDisk();
afterAll(() => disk?.unmount());

/** An escalation with many notes: about 20 KB, too big for the space left. */
function bigEscalation(): string {
  const e = escalation();
  for (let i = 0; i < 120; i++) e.events.push({ type: "note", date: "2027-01-19", by: e.raisedBy, text: `Chased the team manager by phone and email, attempt ${i + 1}.` });
  return `${JSON.stringify(e, null, 2)}\n`;
}

describe("item 1: a full disk leaves every file as it was", () => {
  it.runIf(disk)("escalate on a disk with 4 KB free: exit 2, one line, the case file byte for byte as it was, no temp file", () => {
    const file = join(disk!.dir, "escalation.json");
    const before = bigEscalation();
    writeFileSync(file, before);
    fill(disk!.dir, 4096);
    const r = runCli(["escalate", file, "note", "--date", "2027-01-20", "--text", "Chased again.", "--profile", "england"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/escalation\.json: cannot be written \(ENOSPC: the disk is full\); the file was not changed\n$/);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(readFileSync(file, "utf8")).toBe(before);
    expect(readdirSync(disk!.dir).sort()).toEqual(["escalation.json", "filler.bin"]);
  });

  it.runIf(disk)("render into a full folder: exit 2 and no half-written document", () => {
    fill(disk!.dir, 4096);
    const out = join(disk!.dir, "out");
    const input = join(tempDir("render-in"), "review.json");
    writeFileSync(input, JSON.stringify(lookedAfterReview()));
    const r = runCli(["render", input, "--format", "pdf", "--document", "lac-review-minutes", "--out", out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/cannot be written \(ENOSPC: the disk is full\); nothing was written/);
    expect(readdirSync(out)).toEqual([]);
  });

  it.runIf(disk)("deadlines --format ics redirected to a full disk: exit 2, not a silently short calendar", () => {
    const input = join(tempDir("ics-in"), "case.json");
    writeFileSync(input, readFileSync("examples/knowsley/aaliyah-begum.case.json"));
    fill(disk!.dir, 2048);
    const sink = join(disk!.dir, "calendar.ics");
    const r = runCli(["deadlines", input, "--as-of", "2026-11-23", "--format", "ics", "--include-done"], { stdoutFile: sink });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/<stdout>: cannot write to standard output \(ENOSPC: the disk is full\); the output is incomplete/);
  });

  it("an injected short write, then ENOSPC: the target keeps its old bytes and the temp file is gone", () => {
    const dir = tempDir("inject");
    const file = escalationFile(dir);
    const before = readFileSync(file, "utf8");
    let calls = 0;
    const writeFn = (_fd: number, _b: Uint8Array, _o: number, length: number) => {
      if (++calls === 1) return Math.floor(length / 2); // a short write, no error: what a nearly full disk does
      throw Object.assign(new Error("no space"), { code: "ENOSPC" });
    };
    expect(() => writeFileSafe(file, "x".repeat(100_000), { writeFn })).toThrow(OutputError);
    expect(readFileSync(file, "utf8")).toBe(before);
    expect(readdirSync(dir)).toEqual(["escalation.json"]);
  });

  it("a write that writes nothing is a failure, not an endless loop", () => {
    const dir = tempDir("zero");
    expect(() => writeFileSafe(join(dir, "a.pdf"), new Uint8Array(10), { writeFn: () => 0 })).toThrow(/ENOSPC/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("a read-only escalation file is refused, not overwritten", () => {
    const dir = tempDir("readonly");
    const file = escalationFile(dir);
    const before = readFileSync(file, "utf8");
    chmodSync(file, 0o444);
    const r = runCli(["escalate", file, "note", "--date", "2027-01-20", "--text", "Chased.", "--profile", "england"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/escalation\.json: is read-only, so it was not changed\n$/);
    expect(readFileSync(file, "utf8")).toBe(before);
  });
});
