/**
 * validateAndFormat (what `validate` prints) on worker threads, forced on a small set: each worker's
 * formatted parts, joined here, are the report one thread formats, byte for byte, with the same
 * warnings in the same order. Uses the built worker (dist/cli/batch-worker.js): run npm run build.
 * test/batch/workers-match-one-thread.test.ts checks the command line on 1,000+ files.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { shippedPath } from "../paths.js";
import { formatJson, formatText } from "./format-text.js";
import { validateFiles } from "./validate-files.js";
import { validateAndFormat } from "./validate-in-workers.js";

const dir = mkdtempSync(join(tmpdir(), "reviewkit-validate-format-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
// Case files past the bank-holiday data (horizon warnings), a file that is not JSON, and the
// authorities' examples and the invalid ones (findings of every severity, an impossible date).
mkdirSync(join(dir, "late"));
for (const f of readdirSync(shippedPath("examples", "knowsley"))) {
  const text = readFileSync(shippedPath("examples", "knowsley", f), "utf8").replace(/"(20\d\d)-/g, (_, y: string) => `"${Number(y) + 4}-`);
  writeFileSync(join(dir, "late", f), text);
}
writeFileSync(join(dir, "late", "broken.json"), '{ "recordType": ');
const inputs = [shippedPath("examples", "england"), join(dir, "late"), shippedPath("examples", "invalid"), shippedPath("examples", "leicestershire")];

describe("validateAndFormat", () => {
  for (const format of ["text", "json"] as const) {
    it(`on two workers prints the ${format} report one thread prints, with the same warnings`, async () => {
      const warned: string[][] = [[], []];
      const one = validateFiles(inputs, { asOf: "2026-11-23" });
      const expected = format === "json" ? formatJson(one) : formatText(one);
      const here = await validateAndFormat(inputs, { asOf: "2026-11-23", jobs: 1, format, onWarning: (m) => warned[0]!.push(m) });
      const two = await validateAndFormat(inputs, { asOf: "2026-11-23", jobs: 2, minFilesForWorkers: 0, format, onWarning: (m) => warned[1]!.push(m) });
      expect(here.output).toBe(expected);
      expect(two.output).toBe(expected);
      expect(warned[0]!.length).toBeGreaterThan(0);
      expect(warned[1]).toEqual(warned[0]);
      expect(two.summary).toEqual(one.summary);
      expect(two.failures).toEqual(one.failures);
      expect(one.failures.length).toBeGreaterThanOrEqual(2);
      expect(two.files).toBe(one.files.length + one.failures.length);
    });
  }
});
