import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { lookedAfterReview } from "../../test/fixtures/records.js";
import { validateFiles } from "./validate-files.js";
import { failuresText, fileJson, fileText, formatJson, formatText, jsonReport, summaryText } from "./format-text.js";

const dir = mkdtempSync(join(tmpdir(), "reviewkit-format-text-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Knowsley minutes sent on working day 21 after a review on Thu 10 Dec 2026 (due Tue 12 Jan 2027). */
function lateMinutes(): string {
  const review = lookedAfterReview();
  review.minutes = { completedOn: "2027-01-13", sentOn: "2027-01-13" };
  const file = join(dir, "late.json");
  writeFileSync(file, JSON.stringify(review));
  return file;
}

describe("validate's text report", () => {
  const result = validateFiles([lateMinutes()], { profile: "knowsley", asOf: "2027-02-01" });
  const text = formatText(result);

  it("explains a rule finding with the field's title, the due and actual dates, and the citation", () => {
    expect(text).toContain("  ✗ error    /minutes/completedOn\n");
    expect(text).toMatch(/"Minutes completed on": The minutes were completed on 13 January 2027, 21 working days after the review on 10 December 2026; they were due by 12 January 2027/);
    expect(text).toContain("Knowsley Council, IRO and CP Chair Practice Standards – Monitoring of the Child's Case (\"Doing the Basics Well\"), IRO Standard 2.9 [KIRO-2.9] · rule kiro-minutes-timely");
    expect(text).toMatch(/1 file\(s\): \d+ error\(s\)/);
  });

  it("keeps the JSON report to the documented keys (the field title is for people)", () => {
    const json = JSON.parse(formatJson(result)) as { files: { findings: Record<string, unknown>[] }[] };
    for (const f of json.files[0]!.findings) {
      const keys = Object.keys(f).sort();
      const timed = ["due", "message", "messageId", "path", "requirement", "ruleId", "severity", "source", "timescale"];
      const untimed = ["message", "messageId", "path", "requirement", "ruleId", "severity", "source"];
      expect(keys).toEqual("timescale" in f ? timed : untimed);
      expect(f["messageId"]).toEqual(expect.any(String));
      expect(Object.keys(f["source"] as object)).toEqual(["document", "documentId", "paragraph"]);
    }
  });

  it("gives a finding's source document by its title, as the text report does, and its id beside it", () => {
    const json = JSON.parse(formatJson(result)) as { files: { findings: { ruleId: string; source: Record<string, string> }[] }[] };
    const late = json.files[0]!.findings.find((f) => f.ruleId === "kiro-minutes-timely")!;
    expect(late.source["document"]).toBe("Knowsley Council, IRO and CP Chair Practice Standards – Monitoring of the Child's Case (\"Doing the Basics Well\")");
    expect(late.source["documentId"]).toMatch(/^\d{3}_[0-9a-f]{16}\.txt$/);
    expect(text).toContain(`${late.source["document"]}, ${late.source["paragraph"]} [KIRO-2.9]`);
  });
});

describe("validate's text report with a user's own profile", () => {
  it("names a document the user's profile cites by its title, not its id", () => {
    const profile = join(dir, "my-council.json");
    writeFileSync(
      profile,
      JSON.stringify({
        id: "my-council",
        name: "My Council",
        extends: "knowsley",
        description: "Knowsley with minutes in 15 working days.",
        documents: [{ id: "my-iro-standards-2027", title: "IRO Practice Standards 2027", authority: "My Council" }],
        timescales: {
          "lac-minutes": { value: 15, unit: "working_days", description: "Minutes, from the review.", citation: { document: "my-iro-standards-2027", paragraph: "Standard 4", requirement: "KIRO-2.9" } },
        },
        overrides: [{ path: "timescales/lac-minutes", reason: "Our standard is stricter." }],
      }),
    );
    const text = formatText(validateFiles([lateMinutes()], { profile, asOf: "2027-02-01" }));
    expect(text).toContain("due by 5 January 2027 (15 working days)");
    expect(text).toContain("My Council, IRO Practice Standards 2027, Standard 4 [KIRO-2.9] · rule kiro-minutes-timely");
  });
});

describe("the reports made of pieces (what worker threads send back, issue 15)", () => {
  // Files with findings, a clean one, one that cannot be read, and names holding a bidi override and
  // a lone surrogate (printable per piece must equal printable over the whole report).
  const clean = join(dir, "clean\u202e\ud800.json");
  writeFileSync(clean, JSON.stringify(lookedAfterReview()));
  const broken = join(dir, "broken\u202e.json");
  writeFileSync(broken, "{ nope");
  const result = validateFiles([lateMinutes(), clean, broken], { profile: "knowsley", asOf: "2027-02-01" });

  it("lays the JSON report out exactly as JSON.stringify(report, null, 2) does, with and without files and failures", () => {
    const cases = [result, { ...result, failures: [] }, { ...result, files: [] }, { files: [], failures: [], summary: { errors: 0, warnings: 0, info: 0 } }];
    for (const r of cases) {
      const json = formatJson(r);
      expect(json).toBe(JSON.stringify(JSON.parse(json), null, 2) + "\n");
      expect(jsonReport(r.files.map(fileJson), r)).toBe(json);
    }
    expect(JSON.parse(formatJson(cases[3]!))).toEqual({ files: [], summary: { errors: 0, warnings: 0, info: 0 } });
  });

  it("prints the text report as its pieces joined, escaping control characters in each", () => {
    expect(result.failures).toHaveLength(1);
    const text = formatText(result);
    expect(text).toBe(failuresText(result.failures) + result.files.map(fileText).join("") + summaryText(result));
    expect(text).toContain("clean\\u202e\\ud800.json");
    expect(text).not.toMatch(/[\u202e\ud800]/);
    expect(text.startsWith("✗ ")).toBe(true);
    expect(text.endsWith("3 file(s): " + `${result.summary.errors} error(s), ${result.summary.warnings} warning(s), ${result.summary.info} info, 1 file(s) could not be read\n`)).toBe(true);
  });
});
