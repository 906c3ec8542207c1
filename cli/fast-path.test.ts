/**
 * The yargs-free path for plain `validate` must behave exactly as yargs does: same output, same
 * errors, same exit code. `--verbose` is outside the fast path's shape, so it forces the yargs path
 * for comparison (it only changes how internal errors are printed, and none occur here). Both run
 * in this process, through the built program's `main` (cli/index.test.ts runs the program itself).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { shippedPath } from "../src/paths.js";
import { runCliInProcess } from "../test/helpers/run-cli.js";
import { simpleValidateArgs } from "./fast-path.js";

describe("simpleValidateArgs", () => {
  it("reads the plain shape", () => {
    expect(simpleValidateArgs(["validate", "a.json", "dir", "--profile", "knowsley", "--as-of", "2026-11-23", "--format", "json"])).toEqual({
      inputs: ["a.json", "dir"],
      profile: "knowsley",
      "as-of": "2026-11-23",
      format: "json",
    });
    expect(simpleValidateArgs(["validate", ":stdin:", "--holidays", "h.json"])?.holidays).toBe("h.json");
    expect(simpleValidateArgs(["validate", "dir", "--jobs", "2"])?.jobs).toBe(2);
  });

  it("leaves everything else to yargs", () => {
    for (const args of [
      [],
      ["deadlines", "a.json"],
      ["validate"],
      ["validate", "a.json", "--help"],
      ["validate", "a.json", "--version"],
      ["validate", "a.json", "--verbose"],
      ["validate", "a.json", "--profile=knowsley"],
      ["validate", "a.json", "--profile", "a", "--profile", "b"],
      ["validate", "a.json", "--profile"],
      ["validate", "a.json", "--as-of", "--format", "json"],
      ["validate", "a.json", "--format", "csv"],
      ["validate", "a.json", "--within", "3"],
      ["validate", "a.json", "--", "b.json"],
      ["validate", "2026"],
      ["validate", "a.json", "--jobs", "0"],
      ["validate", "a.json", "--jobs", "1.5"],
    ]) {
      expect(simpleValidateArgs(args), args.join(" ")).toBeUndefined();
    }
  });
});

describe("validate without yargs", () => {
  const caseFile = readFileSync(shippedPath("examples", "knowsley", "aaliyah-begum.case.json"), "utf8");
  const cases: { args: string[]; input?: string }[] = [
    { args: ["validate", "examples/knowsley", "examples/england", "--as-of", "2026-11-23"] },
    { args: ["validate", "examples/knowsley", "--profile", "leicestershire", "--as-of", "2026-11-23", "--format", "json"] },
    { args: ["validate", "-", "--profile", "knowsley", "--as-of", "2026-12-30"], input: caseFile },
    { args: ["validate", "examples/knowsley", "--profile", "no-such-profile", "--as-of", "2026-11-23"] },
    { args: ["validate", "no-such-file.json", "--as-of", "2026-11-23"] },
    { args: ["validate", "examples/knowsley", "--as-of", "2026-02-30"] },
  ];
  for (const { args, input } of cases) {
    it(`matches yargs: ${args.join(" ")}`, async () => {
      const fast = await runCliInProcess(args, input === undefined ? {} : { input });
      const viaYargs = await runCliInProcess([...args, "--verbose"], input === undefined ? {} : { input });
      expect(fast).toEqual(viaYargs);
    });
  }
});
