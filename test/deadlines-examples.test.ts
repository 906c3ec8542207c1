/**
 * `reviewkit deadlines examples --as-of 2026-11-23`, exactly as issue 4 names it (the folder includes
 * examples/invalid, whose case files are copies of the children's with one thing broken), checked
 * row by row against dates worked by hand. Bank holidays: Fri 25 Dec 2026, Mon 28 Dec 2026 (Boxing
 * Day substitute), Fri 1 Jan 2027, Good Friday Fri 26 Mar 2027, Easter Monday Mon 29 Mar 2027.
 */
import { describe, expect, it } from "vitest";
import { runCli } from "./helpers/run-cli.js";

const run = runCli(["deadlines", "examples", "--as-of", "2026-11-23"]);
const rows = run.stdout.split("\n");

/** The table rows for one child and item, by their columns' text. */
function rowsFor(child: string, item: string): string[] {
  return rows.filter((r) => r.includes(child) && r.includes(`  ${item}  `));
}

describe("reviewkit deadlines examples --as-of 2026-11-23", () => {
  it("prints the table and exits 1 (something is overdue), naming no failures", () => {
    expect(run.stdout).toMatch(/^STATUS\s+DUE\s+CHILD\s+ITEM\s+WORKING DAYS\s+CITATION/);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe("");
  });

  it("Seun's 4th looked-after review: 6 calendar months after 25 Jun 2026 → Fri 25 Dec 2026, marked as Christmas Day", () => {
    const r = rowsFor("Seun (WB-50944)", "4th looked-after review");
    expect(r.length).toBeGreaterThan(0);
    for (const row of r) expect(row).toMatch(/^due\s+Fri 25 Dec 2026\*\s.*NAT-R33$/);
    expect(run.stdout).toContain("* Fri 25 Dec 2026 is Christmas Day: the last working day before it is Thu 24 Dec 2026.");
  });

  it("Reuben's health assessment review: 12 months after Thu 26 Mar 2026 → Fri 26 Mar 2027, Good Friday, 85 working days ahead", () => {
    // Working days after Mon 23 Nov 2026 up to 26 Mar 2027: Nov 5 + Dec 21 (25, 28 Dec out) + Jan 20
    // (1 Jan out) + Feb 20 + Mar 19 (Good Friday out) = 85.
    const r = rowsFor("Reuben (KN-19876)", "Health assessment review");
    expect(r.length).toBeGreaterThan(0);
    for (const row of r) expect(row).toMatch(/^due\s+Fri 26 Mar 2027\*\s.*\s85 left\s+KSW-8\.HA$/);
    expect(run.stdout).toContain("* Fri 26 Mar 2027 is Good Friday: the last working day before it is Thu 25 Mar 2027.");
  });

  it("Mei-Lin's social worker visit: 6 weeks after 20 Nov 2026 → Fri 1 Jan 2027", () => {
    const r = rowsFor("Mei-Lin (EN-10472)", "Social worker visit");
    expect(r.length).toBeGreaterThan(0);
    for (const row of r) expect(row).toMatch(/^due\s+Fri 1 Jan 2027\*\s.*NAT-R28$/);
  });

  it("Zuzia's review conference reports: 5 working days before Thu 7 Jan 2027 → Wed 30 Dec 2026 (6, 5, 4 Jan, 31, 30 Dec; 1 Jan skipped)", () => {
    const r = rowsFor("Zuzia (KN-31502)", "Review conference reports shared with the family");
    expect(r.length).toBeGreaterThan(0);
    for (const row of r) expect(row).toMatch(/^due\s+Wed 30 Dec 2026\s.*KSW-4\.RCPC$/);
  });

  it("Aaliyah's review reports: 5 working days before Thu 14 Jan 2027 → Thu 7 Jan 2027 (13, 12, 11, 8, 7 Jan)", () => {
    const r = rowsFor("Aaliyah (KN-24117)", "Reports for the review reach the IRO");
    expect(r.length).toBeGreaterThan(0);
    for (const row of r) expect(row).toMatch(/^due\s+Thu 7 Jan 2027\s.*KSW-8\.REP$/);
  });

  it("the chair meets Zuzia's parents by the review conference itself, Thu 7 Jan 2027", () => {
    const r = rowsFor("Zuzia (KN-31502)", "Chair meets the parents before the conference");
    expect(r.length).toBeGreaterThan(0);
    for (const row of r) expect(row).toMatch(/^due\s+Thu 7 Jan 2027\s.*KCP-2\.1$/);
  });

  it("Layla's QA progress review: by the day before her review on Thu 21 Jan 2027 → Wed 20 Jan 2027", () => {
    const r = rowsFor("Layla (GL-70315)", "QA progress review before the next looked-after review");
    expect(r.length).toBeGreaterThan(0);
    for (const row of r) expect(row).toMatch(/^due\s+Wed 20 Jan 2027\s.*GL-5-CIC$/);
  });
});
