/**
 * Issue 9 item 6: no record or file content in any message. A malformed `--holidays` file used to
 * have its text quoted (JSON.parse's message), and render echoed whatever a record's recordType held.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { caseFile, lookedAfterReview } from "../fixtures/records.js";
import { runCliInProcess } from "../helpers/run-cli.js";
import { tempDir } from "./helpers.js";

const NAME = "Oluwaseun Adebayo-Ferreira";

describe("item 6: messages carry no content", () => {
  it("a malformed --holidays file (a case file saved over it) is named, its text is not quoted", async () => {
    const dir = tempDir("holidays-quoted");
    const bad = join(dir, "holidays.json");
    writeFileSync(bad, `{"child": {"name": "${NAME}"}, "events": [ oops ]}`);
    const input = join(dir, "review.json");
    writeFileSync(input, JSON.stringify(lookedAfterReview()));
    for (const command of ["validate", "deadlines"]) {
      const r = await runCliInProcess([command, input, "--as-of", "2026-12-20", "--holidays", bad]);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/holidays\.json: not valid JSON; expected GOV\.UK's bank-holidays\.json format\n$/);
      expect(r.stderr + r.stdout).not.toMatch(/Oluwaseun|oops|child/);
    }
    writeFileSync(bad, JSON.stringify({ [NAME]: { events: [] } }));
    const r = await runCliInProcess(["validate", input, "--holidays", bad]);
    expect(r.status).toBe(2);
    expect(r.stderr).not.toContain("Oluwaseun");
  });

  it("render does not echo a recordType it does not know, in a record or inside a case file", async () => {
    const dir = tempDir("record-type");
    const rec = { ...lookedAfterReview(), recordType: `note about ${NAME}` };
    writeFileSync(join(dir, "one.json"), JSON.stringify(rec));
    const cf = caseFile();
    (cf.records as unknown[]).push({ ...lookedAfterReview(), id: "X-1", recordType: `letter to ${NAME}` });
    writeFileSync(join(dir, "case.json"), JSON.stringify(cf));
    const r = await runCliInProcess(["render", dir, "--format", "html", "--out", join(dir, "out")]);
    expect(r.stderr).toMatch(/one\.json/);
    expect(r.stderr + r.stdout).not.toContain("Oluwaseun");
  });
});
