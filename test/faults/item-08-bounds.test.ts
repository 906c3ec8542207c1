/**
 * Issue 9 item 8: every input bounded. These test the guard (the limit hit, the refusal), never a
 * timing: `/dev/zero` stops at the limit while reading, a FIFO is refused before it can hang,
 * standard input has the same limit as a file. (check-language's linearity is in `npm run bench`.)
 */
import { spawnSync } from "node:child_process";
import { closeSync, openSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, runCliInProcess } from "../helpers/run-cli.js";
import { cliArgv, tempDir } from "./helpers.js";
import { shippedPath } from "../../src/paths.js";
import { writeFileSync } from "node:fs";
import { goodPracticeNote, lookedAfterReview } from "../fixtures/records.js";

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

  it("standard input gets the same checks as a file: duplicate keys refused, naming the key", async () => {
    const bad = await runCliInProcess(["validate", "-"], { input: '{"recordType": "escalation", "id": "A", "id": "B"}' });
    expect(bad.status).toBe(2);
    expect(bad.stdout).toMatch(/<stdin>: line 1 column 41: the key "id" appears twice in one object/);
  });
});

describe("item 8: the long-word guard keeps PDF layout linear", () => {
  it("every run of more than 40 characters without a space gets a break opportunity every 20 characters", async () => {
    const { breakLongWords, withBreakableWords } = await import("../../src/render/long-words.js");
    const word = "x".repeat(40_000); // the 40 KB word (over the schema's 20,000 now; render may be run without validate)
    const broken = breakLongWords(`see ${word} here`);
    expect(broken.replace(/\u200b/g, "")).toBe(`see ${word} here`); // the same characters for the reader
    expect(Math.max(...broken.split(/[\s\u200b]/).map((w) => w.length))).toBe(20);
    expect(breakLongWords("ordinary words stay as they are")).toBe("ordinary words stay as they are");
    const model = { title: "t", audience: "professional", style: "minutes", lang: "en-GB", date: "2026-12-10", authorityName: "a", protectiveMarking: "m", blocks: [{ kind: "paragraph", runs: [{ text: word }] }] } as never;
    const out = withBreakableWords(model) as { blocks: { runs: { text: string }[] }[] };
    expect(out.blocks[0]!.runs[0]!.text).toContain("\u200b");
  });
});

describe("item 8: render refuses what the schema's bounds refuse, one line per record, the batch goes on", () => {
  it("a 10 MB string (was: Maximum call stack size exceeded), 20,000 decisions and a 230-character id", async () => {
    const dir = tempDir("render-bounds");
    const long = lookedAfterReview();
    long.childViews.wishesAndFeelings = "Amara wants to stay. ".repeat(500_000);
    writeFileSync(join(dir, "a-long.json"), JSON.stringify(long));
    const many = lookedAfterReview();
    many.id = "LAR-MANY";
    many.decisions = Array.from({ length: 20_000 }, (_, i) => ({ ...lookedAfterReview().decisions[0]!, id: `D${i + 1}` }));
    writeFileSync(join(dir, "b-many.json"), JSON.stringify(many));
    writeFileSync(join(dir, "c-long-id.json"), JSON.stringify({ ...goodPracticeNote(), id: "G".repeat(230) }));
    writeFileSync(join(dir, "d-fine.json"), JSON.stringify(goodPracticeNote()));
    const r = await runCliInProcess(["render", dir, "--format", "html", "--out", join(dir, "out")]);
    expect(r.status).toBe(2);
    const lines = r.stderr.trim().split("\n").filter((l) => !l.startsWith("reviewkit: warning:"));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/a-long\.json: \/childViews\/wishesAndFeelings: .* must be at most 20000 characters long, so no document was made/);
    expect(lines[1]).toMatch(/b-many\.json: \/decisions: .* must have at most 2000 items/);
    expect(lines[2]).toMatch(/c-long-id\.json: \/id: .* must be at most 64 characters long/);
    expect(r.stdout).toMatch(/GPN-2026-12\.good-practice-note\.html/); // the rest of the batch went on
    expect(r.stderr).not.toMatch(/call stack|ENAMETOOLONG|Amara wants/);
  }, 120_000);
});
