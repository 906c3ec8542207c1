import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCliInProcess } from "../../test/helpers/run-cli.js";
import { lookedAfterReview, caseFile } from "../../test/fixtures/records.js";

const dir = mkdtempSync(join(tmpdir(), "reviewkit-validate-"));
const write = (name: string, body: string) => {
  const p = join(dir, name);
  writeFileSync(p, body);
  return p;
};

describe("reviewkit validate", () => {
  it("exits 0 and says so when a record has no findings", async () => {
    const file = write("clean.json", JSON.stringify(caseFile()));
    const r = await runCliInProcess(["validate", file, "--as-of", "2026-11-23"]);
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("no findings");
    expect(r.status).toBe(0);
  });

  it("exits 1 with error findings, explained with the field, dates and citation (Knowsley minutes on day 21)", async () => {
    const review = lookedAfterReview();
    review.minutes = { completedOn: "2027-01-13", sentOn: "2027-01-13" };
    const file = write("late.json", JSON.stringify(review));
    const r = await runCliInProcess(["validate", file, "--profile", "knowsley", "--as-of", "2027-02-01", "--format", "json"]);
    const report = JSON.parse(r.stdout) as {
      files: { file: string; recordType: string; findings: { ruleId: string; severity: string; path: string; message: string; requirement: string; source: object }[] }[];
      summary: { errors: number; warnings: number; info: number };
    };
    expect(Object.keys(report).sort()).toEqual(["files", "summary"]);
    expect(report.files[0]!.recordType).toBe("looked-after-review");
    const f = report.files[0]!.findings.find((x) => x.requirement === "KIRO-2.9");
    expect(f, JSON.stringify(report.files[0]!.findings)).toBeDefined();
    expect(Object.keys(f!).sort()).toEqual(["due", "message", "messageId", "path", "requirement", "ruleId", "severity", "source", "timescale"]);
    expect(f).toMatchObject({ timescale: "lac-minutes", due: "2027-01-12" });
    expect(f!.message).toContain("12 January 2027");
    expect(report.summary.errors).toBeGreaterThan(0);
    expect(r.status).toBe(1);
  });

  it("reads a record from standard input with -", async () => {
    const r = await runCliInProcess(["validate", "-", "--as-of", "2026-11-23"], { input: JSON.stringify(caseFile()) });
    expect(r.stdout).toContain("<stdin>");
    expect(r.status).toBe(0);
  });

  const oneLine = (r: { stderr: string; stdout: string }) => (r.stderr + r.stdout).trim();

  it("gives one line naming file and place for malformed JSON, exit 2, no content and no stack", async () => {
    const file = write("broken.json", '{\n  "recordType": "case-file",\n  "child": { "name": "Zainab Hussain" \n');
    const r = await runCliInProcess(["validate", file, "--format", "json"]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain(`${file}: line`);
    expect(oneLine(r)).not.toContain("Zainab");
    expect(oneLine(r)).not.toMatch(/\bat .*\.(js|ts):\d+/);
  });

  it("names an unknown record type and exits 2", async () => {
    const file = write("unknown.json", JSON.stringify({ recordType: "birthday-card", id: "x" }));
    const r = await runCliInProcess(["validate", file]);
    expect(r.status).toBe(2);
    expect(oneLine(r)).toContain(`${file}: /recordType: unknown record type "birthday-card"`);
  });

  it("names an impossible date (2026-02-30) with its field and exits 2", async () => {
    const review = lookedAfterReview();
    review.reviewDate = "2026-02-30";
    const file = write("impossible.json", JSON.stringify(review));
    const r = await runCliInProcess(["validate", file]);
    expect(r.status).toBe(2);
    expect(oneLine(r)).toContain(`${file}: /reviewDate:`);
    expect(oneLine(r)).toContain("real date");
  });

  it("strips a byte-order mark", async () => {
    const file = write("bom.json", "\uFEFF" + JSON.stringify(caseFile()));
    expect((await runCliInProcess(["validate", file, "--as-of", "2026-11-23"])).status).toBe(0);
  });

  it("refuses a bad --profile and a bad --as-of with one line, exit 2", async () => {
    const file = write("p.json", JSON.stringify(caseFile()));
    const a = await runCliInProcess(["validate", file, "--profile", "narnia"]);
    expect(a.status).toBe(2);
    expect(a.stderr).toContain('no built-in profile or file called "narnia"');
    const b = await runCliInProcess(["validate", file, "--as-of", "2026-13-01"]);
    expect(b.status).toBe(2);
    expect(b.stderr).toContain("--as-of");
  });
});
