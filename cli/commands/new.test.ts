import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, runCliInProcess } from "../../test/helpers/run-cli.js";
import { recordTypes } from "../../src/schema/load-schemas.js";
import { skeletonRecord } from "../../src/schema/skeleton.js";
import { validateJson } from "../../src/validate/validate-json.js";
import { loadProfile } from "../../src/profiles/load-profile.js";

describe("reviewkit new", () => {
  it("every record type's skeleton fails validation until filled, each finding saying what to write", () => {
    const profile = loadProfile("knowsley");
    for (const type of Object.values(recordTypes)) {
      const record = skeletonRecord(type, { today: "2026-12-10", authorityName: "Knowsley Council", profileId: "knowsley", schemaRef: `./schemas/${type}.schema.json` });
      const out = validateJson(record, `${type}.json`, { profile, asOf: "2026-12-10" });
      expect("result" in out, `${type}: a placeholder made the file unreadable`).toBe(true);
      if (!("result" in out)) continue;
      const errors = out.result.findings.filter((f) => f.severity === "error");
      expect(errors.length, type).toBeGreaterThan(0);
      for (const f of errors) {
        expect(f.message, `${type} ${f.path}`).toMatch(/must not be empty: \S|must be a real date|must be true or false|must be a whole number|must be one of: |must have at least \d+ items?, each|: write "/);
      }
    }
  });

  it("prints JSON with $schema, today's date and the authority; copies the child from a case file", () => {
    const dir = mkdtempSync(join(tmpdir(), "reviewkit-new-"));
    const r = runCli(["new", "cp-plan", "--profile", "knowsley", "--child", join(process.cwd(), "examples/knowsley/zuzanna-nowak.case.json"), "--as-of", "2026-12-10"], { cwd: dir });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const plan = JSON.parse(r.stdout) as Record<string, Record<string, unknown>>;
    expect(Object.keys(plan)[0]).toBe("$schema");
    expect(String(plan.$schema)).toMatch(/^\.\.?\/.*schemas\/cp-plan\.schema\.json$/);
    expect(plan.completedAt).toBe("2026-12-10");
    expect(plan.child!.id).toBe("KN-31502");
    expect(plan.child!.team).toBeUndefined(); // a case file's own child fields are not copied where the record has none
  });

  it("a new escalation is a draft that escalate raise starts: fill in the concern, raise, and it validates", async () => {
    const dir = mkdtempSync(join(tmpdir(), "reviewkit-new-"));
    // `new` in the user's own folder (a process there: $schema is written relative to it); the steps
    // after it name the file by its full path, so they run in this process.
    const made = runCli(["new", "escalation", "--profile", "leicestershire", "--as-of", "2026-12-23"], { cwd: dir });
    expect(made.status).toBe(0);
    const draft = JSON.parse(made.stdout) as Record<string, unknown>;
    expect(draft.events).toEqual([]);
    const file = join(dir, "escalation.json");
    writeFileSync(
      file,
      JSON.stringify({
        ...draft,
        id: "ESC-LE-40217-1",
        child: { id: "LE-40217", name: "Daniyar Seitkali", dateOfBirth: "2015-03-02" },
        childStatus: "looked-after",
        raisedBy: { name: "Chiamaka Eze", organisation: "Leicestershire County Council" },
        category: "Drift and Delay",
        concern: "Life story work agreed at the review has not started.",
        desiredOutcome: "A worker allocated before the next review.",
      }),
    );
    const before = await runCliInProcess(["validate", file, "--profile", "leicestershire", "--as-of", "2026-12-23"]);
    expect(before.status).toBe(1);
    expect(before.stdout).toContain('"Escalation steps" must have at least 1 item');
    const raised = await runCliInProcess(["escalate", file, "raise", "--date", "2026-12-23", "--profile", "leicestershire"]);
    expect(raised.stderr).toBe("");
    expect(raised.status).toBe(0);
    const after = await runCliInProcess(["validate", file, "--profile", "leicestershire", "--as-of", "2026-12-23"]);
    expect(after.stdout).toContain("0 error(s)");
    expect(after.status).toBe(0);
  });

  it("a misspelt record type: one line with the closest type and the list, exit 2", async () => {
    const r = await runCliInProcess(["new", "looked-after-reveiw"]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain('did you mean "looked-after-review"?');
    expect(r.stderr).toContain("concern-note");
  });

  it("--child that is not a case file: one line, exit 2", async () => {
    const dir = mkdtempSync(join(tmpdir(), "reviewkit-new-"));
    const file = join(dir, "note.json");
    writeFileSync(file, JSON.stringify({ recordType: "concern-note" }));
    const r = await runCliInProcess(["new", "cp-plan", "--child", file]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/note\.json: --child takes a child's case file/);
  });
});
