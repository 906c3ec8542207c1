/**
 * Issue 9 item 9: every line printed for a person passes through one printable-escaping function
 * (src/io/printable.ts). A record id or preferred name holding a bidi override (U+202E, which
 * reverses what follows on a terminal) reached the terminal raw from render and deadlines. (ESC and
 * other control characters are now refused as the record is read: item-07.)
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { printable } from "../../src/io/printable.js";
import { caseFile, goodPracticeNote } from "../fixtures/records.js";
import { runCli } from "../helpers/run-cli.js";
import { tempDir } from "./helpers.js";

const RLO = "\u202e";

describe("item 9: nothing raw reaches the terminal", () => {
  it("deadlines: a preferred name holding U+202E is printed escaped", () => {
    const dir = tempDir("rlo-deadlines");
    const input = join(dir, "case.json");
    writeFileSync(input, JSON.stringify(caseFile()).replace(/"preferredName":"Amara"/g, `"preferredName":"Amara${RLO}gnp.exe"`));
    const r = runCli(["deadlines", input, "--as-of", "2026-12-20"]);
    expect(r.stdout).toContain("Amara\\u202egnp.exe");
    expect(r.stdout + r.stderr).not.toContain(RLO);
  });

  it("render: a file name and a record id holding U+202E are escaped in the lines it prints", () => {
    const dir = tempDir("rlo-render");
    const input = join(dir, `note${RLO}nosj.json`);
    // Missing "to": the error line names the record by its id.
    const { to: _to, ...note } = goodPracticeNote();
    writeFileSync(input, JSON.stringify({ ...note, id: `GPN${RLO}fdp.exe` }));
    const r = runCli(["render", input, "--format", "html", "--out", join(dir, "out")]);
    expect(r.stdout + r.stderr).not.toContain(RLO);
    expect(r.stdout + r.stderr).toContain("note\\u202enosj.json");
  });

  it("printable escapes C0, C1, bidi controls, line separators and lone surrogates, and keeps newlines and whole characters", () => {
    expect(printable("a\u001b[31mb\u0085c\u2028d\u202ee\u2066f\ud800g\n😀")).toBe("a\\u001b[31mb\\u0085c\\u2028d\\u202ee\\u2066f\\ud800g\n😀");
  });
});
