/**
 * The report is correct by construction: its figures come from the same timeline and findings as
 * `validate` and `deadlines`. This test runs all three commands on the examples as of the same day
 * and recomputes figures from `validate --format json` and `deadlines --format json` output. The
 * commands run in this process (runCliInProcess: the built program's own `main`).
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCliInProcess } from "../helpers/run-cli.js";
import type { Report } from "../../src/report/types.js";

const FOLDERS = ["examples/england", "examples/knowsley", "examples/leicestershire", "examples/west-berkshire", "examples/gloucestershire"];
// A wide period (every example's history) so rules that look at all time and the period agree.
const FROM = "2020-01-01";
const TO = "2027-03-31";
const inPeriod = (d: string | undefined) => d !== undefined && d.slice(0, 10) >= FROM && d.slice(0, 10) <= TO;

interface Item { kind: string; status: string; due: string; done?: string; trigger: { date: string } }
interface ValidateJson { files: { file: string; profile: string; findings: { ruleId: string; severity: string; path: string }[] }[] }

let dir: string;
let report: Report;
let items: Item[];
let validated: ValidateJson;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "reviewkit-report-check-"));
  const out = join(dir, "report.json");
  const r = await runCliInProcess(["report", ...FOLDERS, "--from", FROM, "--to", TO, "--format", "json", "--out", out]);
  expect(r.stderr).toBe("");
  report = JSON.parse(readFileSync(out, "utf8")) as Report;
  const d = await runCliInProcess(["deadlines", ...FOLDERS, "--as-of", TO, "--format", "json", "--include-done"]);
  items = (JSON.parse(d.stdout) as { items: Item[] }).items;
  const v = await runCliInProcess(["validate", ...FOLDERS, "--as-of", TO, "--format", "json"]);
  validated = JSON.parse(v.stdout) as ValidateJson;
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const fig = (id: string) => report.figures.find((f) => f.id === id)!;
const doneIn = (kind: string) => items.filter((i) => i.kind === kind && inPeriod(i.done));

describe("report figures recomputed from validate and deadlines", () => {
  it("counts the same case files", () => {
    expect(report.caseFiles.counted).toBe(validated.files.length);
    expect(report.exclusions).toEqual([]);
  });

  it.each([
    ["lac-reviews-in-timescale", "lac-review"],
    ["icpc-in-timescale", "icpc"],
    ["rcpc-in-timescale", "cp-review-conference"],
    ["core-groups-in-timescale", "core-group"],
  ])("%s: deadlines' %s items done in the period, on time of all", (id, kind) => {
    const done = doneIn(kind);
    expect(done.length, "the examples hold some").toBeGreaterThan(0);
    expect([fig(id).numerator, fig(id).denominator]).toEqual([done.filter((i) => i.status === "done-on-time").length, done.length]);
  });

  it("lac-reviews-held: deadlines' reviews done in the period", () => {
    expect(fig("lac-reviews-held").numerator).toBe(doneIn("lac-review").length);
  });

  it("lac-minutes-in-timescale: minutes items for reviews in the period that are no longer just due", () => {
    const minutes = items.filter((i) => i.kind === "lac-minutes" && inPeriod(i.trigger.date) && i.status !== "due");
    expect([fig("lac-minutes-in-timescale").numerator, fig("lac-minutes-in-timescale").denominator]).toEqual([
      minutes.filter((i) => i.status === "done-on-time").length, minutes.length]);
  });

  it("decisions-drift under Knowsley equals validate's kiro-drift-escalated findings", async () => {
    const knowsley = validated.files.filter((f) => f.profile === "knowsley");
    const findings = knowsley.flatMap((f) => f.findings).filter((f) => f.ruleId === "kiro-drift-escalated");
    const group = await runCliInProcess(["report", "examples/knowsley", "--from", FROM, "--to", TO, "--format", "json", "--out", join(dir, "k.json")]);
    expect(group.status).toBe(0);
    const k = JSON.parse(readFileSync(join(dir, "k.json"), "utf8")) as Report;
    expect(k.figures.find((f) => f.id === "decisions-drift")!.numerator).toBe(findings.length);
    expect(k.drift.filter((r) => r.what === "decision" && r.rag === "red" && r.escalated === false).length).toBe(findings.length);
  }, 60_000);

  it("qapr-inadequate-challenged: Inadequate grades less validate's gl-qapr-inadequate-challenge errors", () => {
    const errors = validated.files.flatMap((f) => f.findings).filter((f) => f.ruleId === "gl-qapr-inadequate-challenge" && f.severity === "error");
    const inadequate = fig("qapr-grades").breakdown!.find((r) => r.label === "Inadequate")!.numerator;
    expect(inadequate).toBeGreaterThan(0);
    expect([fig("qapr-inadequate-challenged").numerator, fig("qapr-inadequate-challenged").denominator]).toEqual([inadequate - errors.length, inadequate]);
  });
});
