/**
 * Issue 15: `validate` and `report` on worker threads print exactly what one thread prints. A folder
 * of 1,000+ files (over the default threshold, so the command line's own choice uses workers) holds
 * records, case files, the same child twice, a file that is not JSON, one that is not UTF-8, and
 * case files whose dates are past the bank-holiday data (horizon warnings from files in different
 * chunks); the built command line (dist/, whose worker is the bundled dist/cli/batch-worker.js) is
 * run with --jobs 1 and --jobs 2 and stdout, stderr, exit code and the written report compared byte
 * for byte. It runs in this process (runCliInProcess: the built program's own `main`, which starts
 * the same worker threads), as nothing here is about the process itself. The library is checked the same way with workers forced on a small set.
 * The threshold counts files, not work: every invalid example is there twice, and the rest of the
 * 1,000 are copies of its single records, which take a fraction of a millisecond each to check where
 * a whole case file takes several (each run of the command line costs ~1 s of CPU, not ~2.5 s).
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { shippedPath } from "../../src/paths.js";
import { reportForFilesInParallel } from "../../src/report/report-in-workers.js";
import { formatJson, formatText } from "../../src/validate/format-text.js";
import { validateFilesInParallel } from "../../src/validate/validate-in-workers.js";
import { runCliInProcess as cli } from "../helpers/run-cli.js";

let dir: string;
let files = 0;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "reviewkit-workers-"));
  const invalid = readdirSync(shippedPath("examples", "invalid")).filter((f) => f.endsWith(".json") && !f.endsWith(".findings.json"));
  const records = invalid.filter((f) => (JSON.parse(readFileSync(shippedPath("examples", "invalid", f), "utf8")) as { recordType: string }).recordType !== "case-file");
  // Every authority's case files (and knowsley's twice: the same children counted once) …
  for (const a of ["england", "gloucestershire", "knowsley", "leicestershire", "west-berkshire", "knowsley"]) {
    const sub = join(dir, `c-${a}-${files}`);
    cpSync(shippedPath("examples", a), sub, { recursive: true });
    files += readdirSync(sub).length;
  }
  // … case files moved past the bank-holiday data, in folders far apart in the list …
  const knowsley = readdirSync(shippedPath("examples", "knowsley"));
  for (const [sub, years] of [["r05-late", 3], ["r40-later", 4]] as const) {
    mkdirSync(join(dir, sub));
    for (const f of knowsley) {
      const text = readFileSync(shippedPath("examples", "knowsley", f), "utf8").replace(/"(20\d\d)-/g, (_, y: string) => `"${Number(y) + years}-`);
      writeFileSync(join(dir, sub, f), text);
      files++;
    }
  }
  // … folders of the invalid examples (records, one impossible date: a failure): all of them in r00
  // and r20 (the library tests below read r20), the single records in the others, up to 1,000 files …
  for (let i = 0; i <= 40 || files < 1000; i++) {
    const sub = join(dir, `r${String(i).padStart(2, "0")}`);
    mkdirSync(sub);
    for (const f of i === 0 || i === 20 ? invalid : records) cpSync(shippedPath("examples", "invalid", f), join(sub, f));
    files += i === 0 || i === 20 ? invalid.length : records.length;
  }
  // … and files that cannot be read as records.
  writeFileSync(join(dir, "r20", "broken.json"), '{ "recordType": "case-file", "child": ');
  writeFileSync(join(dir, "r33", "latin1.json"), Buffer.from([0x7b, 0x22, 0x6e, 0x22, 0x3a, 0x22, 0xe9, 0x22, 0x7d]));
  files += 2;
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("validate and report on worker threads (the built command line)", () => {
  it("has a folder big enough for the default to use workers", () => {
    expect(files).toBeGreaterThanOrEqual(1000);
  });

  for (const format of ["text", "json"]) {
    it(`validate --format ${format}: the same bytes, warnings, failures and exit code`, async () => {
      const one = await cli(["validate", dir, "--as-of", "2026-11-23", "--format", format, "--jobs", "1"]);
      const two = await cli(["validate", dir, "--as-of", "2026-11-23", "--format", format, "--jobs", "2"]);
      expect(one.status).toBe(2); // two files could not be read
      expect(one.stderr).toMatch(/warning: Bank holidays are known only/);
      expect(one.stdout).toContain("broken.json: line 1 column");
      expect(one.stdout.length).toBeGreaterThan(100_000);
      expect(two.status).toBe(one.status);
      expect(two.stderr).toBe(one.stderr);
      expect(two.stdout === one.stdout).toBe(true); // not toEqual: a diff of megabytes helps nobody
    });
  }

  it("report: the same file and notes, with groups, the same child twice and unreadable files", async () => {
    // Written beside the folder, not in it: a report in the folder would be read by the next run.
    const out = (j: string) => `${dir}-report-${j}.json`;
    const args = (j: string) => ["report", dir, "--from", "2026-04-01", "--to", "2027-03-31", "--by", "team", "--format", "json", "--out", out(j), "--jobs", j];
    const one = await cli(args("1"));
    const two = await cli(args("2"));
    expect(one.status).toBe(0);
    const report = JSON.parse(readFileSync(out("1"), "utf8")) as { caseFiles: { counted: number }; exclusions: { reason: string }[] };
    expect(report.caseFiles.counted).toBeGreaterThanOrEqual(10); // the examples' children, each once
    expect(report.exclusions.some((e) => /already counted/.test(e.reason))).toBe(true);
    expect(report.exclusions.some((e) => /not UTF-8/.test(e.reason))).toBe(true);
    expect(two.status).toBe(one.status);
    expect(two.stderr).toBe(one.stderr);
    expect(two.stdout.replace("-report-2", "-report-1")).toBe(one.stdout);
    expect(readFileSync(out("2")).equals(readFileSync(out("1")))).toBe(true);
    rmSync(out("1"));
    rmSync(out("2"));
  });

  it("refuses a --jobs that is not a whole number from 1, in one line", async () => {
    for (const jobs of ["0", "two", "1.5"]) {
      const r = await cli(["validate", dir, "--jobs", jobs]);
      expect(r.status).toBe(2);
      expect(r.stderr).toBe("reviewkit: --jobs must be a whole number from 1 to 256\n");
      expect(r.stdout).toBe("");
    }
  });
});

describe("the library on worker threads", () => {
  const inputs = () => [join(dir, "c-knowsley-" + readdirSync(dir).find((d) => d.startsWith("c-knowsley-"))!.slice("c-knowsley-".length)), join(dir, "r05-late"), join(dir, "r20"), join(dir, "r40-later")];

  it("validateFilesInParallel gives validateFiles' result and warnings, in order", async () => {
    const warned: string[][] = [[], []];
    const one = await validateFilesInParallel(inputs(), { asOf: "2026-11-23", jobs: 1, onWarning: (m) => warned[0]!.push(m) });
    const two = await validateFilesInParallel(inputs(), { asOf: "2026-11-23", jobs: 2, minFilesForWorkers: 0, onWarning: (m) => warned[1]!.push(m) });
    expect(warned[0]!.length).toBeGreaterThan(1);
    expect(warned[1]).toEqual(warned[0]);
    expect(one.failures.length).toBe(2); // r20: an impossible date and a file that is not JSON
    expect(formatText(two)).toBe(formatText(one));
    expect(formatJson(two)).toBe(formatJson(one));
  });

  it("reportForFilesInParallel gives the same report, grouped or not", async () => {
    for (const by of [undefined, "iro", "authority"] as const) {
      const options = { period: { from: "2026-04-01", to: "2027-03-31" }, by, onWarning: () => {} };
      const one = await reportForFilesInParallel([...inputs(), shippedPath("examples")], { ...options, jobs: 1 });
      const two = await reportForFilesInParallel([...inputs(), shippedPath("examples")], { ...options, jobs: 2, minFilesForWorkers: 0 });
      expect(one.caseFiles.counted).toBeGreaterThan(5);
      expect(JSON.stringify(two)).toBe(JSON.stringify(one));
    }
  });
});
