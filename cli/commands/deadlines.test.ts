import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { runCli, runCliInProcess } from "../../test/helpers/run-cli.js";
import { caseFile, lookedAfterReview } from "../../test/fixtures/records.js";
import { blankCaseFile, ev, lookedAfterFrom } from "../../test/fixtures/timeline.js";

const dir = mkdtempSync(join(tmpdir(), "reviewkit-deadlines-cli-"));
const write = (name: string, body: unknown) => {
  const p = join(dir, name);
  writeFileSync(p, typeof body === "string" ? body : JSON.stringify(body));
  return p;
};

// Amara's case file is complete as of Mon 23 Nov 2026: nothing overdue.
const clean = write("clean.json", caseFile());
// Looked after from Tue 15 Dec 2026 with nothing done: by Mon 4 Jan 2027 the IRO (due Thu 17 Dec) is overdue.
const late = write("late.json", lookedAfterFrom("2026-12-15", { id: "CF-LATE" }));
mkdirSync(join(dir, "caseload"));
write("caseload/a.json", lookedAfterFrom("2026-12-15", { id: "CF-A" }));
write("caseload/b.json", blankCaseFile({ id: "CF-B", child: { ...caseFile().child, id: "KN-0009", name: "Bo Li", team: "Safeguarding Team 2" }, events: [ev("strategy-discussion", "2027-03-15")] }));
write("caseload/review.json", lookedAfterReview());

describe("reviewkit deadlines", () => {
  it("exits 0 when nothing is overdue, listing what is due by date", async () => {
    const r = await runCliInProcess(["deadlines", clean, "--as-of", "2026-11-23"]);
    expect(r.stderr).toBe("");
    expect(r.stdout.split("\n")[0]).toMatch(/^STATUS\s+DUE\s+CHILD\s+ITEM\s+WORKING DAYS\s+CITATION$/);
    expect(r.stdout).toMatch(/due\s+Fri 25 Dec 2026\*\s+Amara \(KN-0001\)\s+Social worker visit\s+23 left\s+KSW-8\.VIS/);
    // A limit that ends on a bank holiday: the table says which working day comes before it.
    expect(r.stdout).toContain("* Fri 25 Dec 2026 is Christmas Day: the last working day before it is Thu 24 Dec 2026.");
    expect(r.status).toBe(0);
  });

  it("exits 1 when something is overdue, overdue first", async () => {
    const r = await runCliInProcess(["deadlines", late, "--as-of", "2027-01-04"]);
    expect(r.stdout.split("\n")[1]).toMatch(/^overdue\s+Thu 17 Dec 2026\s+Amara \(KN-0001\)\s+IRO service told the child is looked after\s+9 overdue\s+KSW-8\.IRO$/);
    expect(r.status).toBe(1);
  });

  it("a folder is a caseload: the table, then counts by status and by team; other records are skipped", async () => {
    const r = await runCliInProcess(["deadlines", join(dir, "caseload"), "--as-of", "2027-01-04", "--within", "11"]);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/As of Mon 4 Jan 2027, 2 case files: \d+ overdue, \d+ due\./);
    expect(r.stdout).toMatch(/By team:\n {2}Children in Care Team 1\s+\d+ overdue/);
    expect(r.stdout).toMatch(/Fri 15 Jan 2027\s+Amara \(KN-0001\)\s+First looked-after review/);
    expect(r.stdout).not.toContain("Initial child protection conference"); // due 7 Apr: outside 11 days
    expect(r.status).toBe(1);
  });

  it("--format json gives { asOf, items, summary }", async () => {
    const r = await runCliInProcess(["deadlines", join(dir, "caseload"), "--as-of", "2027-01-04", "--format", "json"]);
    const out = JSON.parse(r.stdout) as { asOf: string; items: { id: string; caseFileId: string; due: string; status: string }[]; summary: { overdue: number; caseFiles: number } };
    expect(Object.keys(out)).toEqual(["asOf", "items", "summary"]);
    expect(out.items.find((i) => i.caseFileId === "CF-B" && i.id === "icpc:sd-2027-03-15")).toMatchObject({ due: "2027-04-07", status: "due" });
    expect(out.summary.caseFiles).toBe(2);
  });

  it("--format csv has a header and a row per item", async () => {
    const r = await runCliInProcess(["deadlines", late, "--as-of", "2027-01-04", "--format", "csv"]);
    const lines = r.stdout.trim().split("\n");
    expect(lines[0]).toMatch(/^status,due,days,child_id,/);
    expect(lines[1]).toMatch(/^overdue,2026-12-17,-9,KN-0001,/);
  });

  it("--format ics parses with ical.js: all-day events on the due dates, the same bytes each run", async () => {
    const args = ["deadlines", late, "--as-of", "2027-01-04", "--format", "ics", "--within", "14"];
    const r = await runCliInProcess(args);
    // One run in a process of its own: the bytes do not hang on anything a process keeps (a clock read once).
    expect(runCli(args).stdout).toBe(r.stdout);
    const events = new ICAL.Component(ICAL.parse(r.stdout)).getAllSubcomponents("vevent").map((c) => new ICAL.Event(c));
    const review = events.find((e) => e.summary === "First looked-after review – A.O. (KN-0001)");
    expect(review?.startDate.toString()).toBe("2027-01-15");
    expect(review?.uid).toBe("CF-LATE/lac-review%3Ala-2026-12-15%3A0@reviewkit");
    expect(events.every((e) => e.startDate.isDate)).toBe(true);
    expect(r.stdout).not.toMatch(/Amara|Okafor/);
  });

  it("--format ics keeps a limit that ends on Christmas Day on that day, and says which working day comes before it", async () => {
    const r = await runCliInProcess(["deadlines", clean, "--as-of", "2026-11-23", "--format", "ics"]);
    const events = new ICAL.Component(ICAL.parse(r.stdout)).getAllSubcomponents("vevent").map((c) => new ICAL.Event(c));
    const visit = events.find((e) => e.summary === "Social worker visit – A.O. (KN-0001)" && e.startDate.toString() === "2026-12-25");
    expect(visit?.description).toContain("25 December 2026 is Christmas Day: the last working day before it is 24 December 2026.");
  });

  it("a case file that fails its schema: one line naming the file and field, exit 2", async () => {
    const bad = write("bad.json", { ...caseFile(), placements: [{ id: "P1", type: "foster-care", startDate: "2026-06-31", outOfBorough: false }] });
    const r = await runCliInProcess(["deadlines", bad, "--as-of", "2027-01-04"]);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/bad\.json: \/placements\/0\/startDate: /);
    expect(r.status).toBe(2);
  });

  it("usage errors exit 2: a bad --within, a bad --as-of, a record that is not a case file", async () => {
    expect((await runCliInProcess(["deadlines", clean, "--within", "-3"])).status).toBe(2);
    expect((await runCliInProcess(["deadlines", clean, "--as-of", "2026-02-30"])).status).toBe(2);
    const r = await runCliInProcess(["deadlines", join(dir, "caseload", "review.json"), "--as-of", "2027-01-04"]);
    // one line, and no "Nothing due" beside it
    expect(r.stderr).toMatch(/^reviewkit: .*review\.json: is a looked-after-review record, not a case file; deadlines are worked out from a child's case file/);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stdout).toBe("");
    expect(r.status).toBe(2);
    const both = await runCliInProcess(["deadlines", clean, "--within", "5", "--week"]);
    expect(both.stderr).toBe("reviewkit: use one of --within, --from/--to and --week, not --week and --within\n");
    expect(both.status).toBe(2);
    expect((await runCliInProcess(["deadlines", clean, "--from", "2027-01-10", "--to", "2027-01-04"])).status).toBe(2);
  });

  it("--week and --from/--to keep what falls due in the range; the days column is labelled working days", async () => {
    const week = await runCliInProcess(["deadlines", clean, "--as-of", "2026-11-23", "--week", "2026-12-23", "--format", "json"]);
    const items = (JSON.parse(week.stdout) as { items: { due: string }[] }).items;
    expect(items.length).toBeGreaterThan(0);
    for (const i of items) expect(i.due.slice(0, 10) >= "2026-12-21" && i.due.slice(0, 10) <= "2026-12-27", i.due).toBe(true);
    const range = await runCliInProcess(["deadlines", clean, "--as-of", "2026-11-23", "--from", "2026-12-21", "--to", "2026-12-27", "--format", "json"]);
    expect((JSON.parse(range.stdout) as { items: unknown[] }).items).toEqual(items);
    const text = await runCliInProcess(["deadlines", clean, "--as-of", "2026-11-23", "--week", "2026-12-23"]);
    expect(text.stdout.split("\n")[0]).toMatch(/^STATUS +DUE +CHILD +ITEM +WORKING DAYS +CITATION$/);
  });

  it("--profile england shows only the statutory items", async () => {
    const r = await runCliInProcess(["deadlines", late, "--as-of", "2027-01-04", "--profile", "england", "--format", "json"]);
    const out = JSON.parse(r.stdout) as { items: { kind: string }[] };
    expect(out.items.some((i) => i.kind === "iro-notified")).toBe(false);
    expect(out.items.some((i) => i.kind === "placement-plan")).toBe(true);
  });
});
