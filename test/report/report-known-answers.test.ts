/**
 * `reviewkit report` on hand-made case files whose answers were worked out by hand, including the
 * boundaries: a review on the period's last day, a plan of exactly two years (and one a day short),
 * a second plan starting on the period's first day, a review just before the period, a child in two
 * files, a file that fails validation and a file that is not a case file.
 *
 * Period 1 April 2026 to 31 March 2027 (as of its last day). Working days: England and Wales.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lookedAfterReview } from "../fixtures/records.js";
import { reportForFiles } from "../../src/report/build-report.js";
import type { Figure, Report } from "../../src/report/types.js";

const socialWorker = { name: "Łukasz Wróbel", role: "Social Worker" };
const base = (id: string, name: string, dateOfBirth: string, extra: Record<string, unknown> = {}) => ({
  recordType: "case-file",
  id: `CF-${id}`,
  authority: "england",
  child: { id, name, dateOfBirth, team: "Team North", socialWorker, iro: { name: "Chidi Okeke", role: "Independent Reviewing Officer" } },
  legalStatus: [],
  placements: [],
  events: [],
  records: [],
  ...extra,
});
const review = (n: number, date: string) => ({ id: `E${n}`, type: "looked-after-review", date });

// Tomasz: looked after from Mon 2 March 2026. First review due 20 working days later, Mon 30 March
// (held then: on time, but before the period, so left out). Second due 3 months after, 30 June: held
// 29 June (on time). Third due 6 months after 29 June, 29 December: held 31 March 2027, the period's
// last day (late, and counted). The fourth is due 30 September 2027 (not yet due).
const tomasz = base("T-A", "Tomasz Wiśniewski", "2015-05-05", {
  legalStatus: [{ status: "care-order", from: "2026-03-02" }],
  events: [review(1, "2026-03-30"), review(2, "2026-06-29"), review(3, "2027-03-31")],
});
// Amara (the fixture's review record, 10 Dec 2026): looked after from Tue 1 Sept 2026, so her first
// review was due Tue 29 Sept (20 working days) and was held late. Participation "advocate" with no
// code: could be PN2 or PN5, so no code is counted for it.
const lar = lookedAfterReview();
(lar as { childParticipation: unknown }).childParticipation = { how: "advocate" };
const amara = base(lar.child.id, lar.child.name, lar.child.dateOfBirth, {
  legalStatus: [{ status: "care-order", from: "2026-09-01" }],
  records: [lar],
});
// Plans: Bo's runs exactly two years (31 March 2025 to 31 March 2027); Ines's is a day short
// (1 April 2025 to 31 March 2027); Kwame's second plan starts on the period's first day.
const plan = (from: string, to?: string) => ({ status: "child-protection-plan", from, ...(to ? { to } : {}) });
const bo = base("CP-B", "Bo Lindqvist", "2018-02-02", { legalStatus: [plan("2025-03-31", "2027-03-31")] });
const ines = base("CP-I", "Inês Carvalho", "2019-07-07", { legalStatus: [plan("2025-04-01", "2027-03-31")] });
const kwame = base("CP-K", "Kwame Mensah", "2017-11-11", { legalStatus: [plan("2025-01-06", "2025-06-30"), plan("2026-04-01")] });
// The same child as Tomasz in a second file; a case file with no child name; a record that is not a case file.
const again = { ...tomasz, id: "CF-T-A-copy" };
const broken = base("X-1", "", "2016-01-01");
delete (broken.child as { name?: string }).name;

let dir: string;
let report: Report;
const fig = (id: string): Figure => {
  const f = report.figures.find((x) => x.id === id);
  if (!f) throw new Error(`no figure ${id}`);
  return f;
};
const row = (id: string, label: string) => fig(id).breakdown?.find((r) => r.label === label);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "reviewkit-report-"));
  const files: [string, unknown][] = [
    ["a-tomasz.json", tomasz], ["b-amara.json", amara], ["c-bo.json", bo], ["d-ines.json", ines], ["e-kwame.json", kwame],
    ["f-tomasz-again.json", again], ["g-broken.json", broken], ["h-review.json", lookedAfterReview()],
  ];
  for (const [name, json] of files) writeFileSync(join(dir, name), JSON.stringify(json));
  report = reportForFiles([dir], { period: { from: "2026-04-01", to: "2027-03-31" } });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("report figures on hand-made case files", () => {
  it("counts five case files and says why each of the other three was left out", () => {
    expect(report.caseFiles).toEqual({ read: 8, counted: 5, excluded: 3 });
    const why = Object.fromEntries(report.exclusions.map((e) => [e.file.split("/").pop(), e.reason]));
    expect(why["f-tomasz-again.json"]).toMatch(/same child \(T-A\) is already counted from .*a-tomasz\.json/);
    expect(why["g-broken.json"]).toMatch(/^fails validation: \/child/);
    expect(why["h-review.json"]).toMatch(/not a case file/);
  });

  it("counts a review on the period's last day and leaves out one held before the period, saying so", () => {
    expect(fig("lac-reviews-held").numerator).toBe(3);
    expect(row("lac-reviews-held", "First review")?.numerator).toBe(1); // Amara's
    expect(row("lac-reviews-held", "Second review")?.numerator).toBe(1); // Tomasz's, 29 June
    expect(row("lac-reviews-held", "Later reviews")?.numerator).toBe(1); // Tomasz's, 31 March 2027
    expect(report.leftOut["review held outside the period"]).toBe(1); // Tomasz's first, 30 March 2026
  });

  it("has one of three reviews in timescale, under the authority's profile and reg 33 alike", () => {
    for (const id of ["lac-reviews-in-timescale", "lac-reviews-in-timescale-national"]) {
      expect([fig(id).numerator, fig(id).denominator], id).toEqual([1, 3]);
      expect(row(id, "Second review"), id).toEqual({ label: "Second review", numerator: 1, denominator: 1 });
      expect(fig(id).sources.map((s) => s.requirement)).toContain("NAT-R33");
    }
    // Amara's second review was due 3 months after her first, on 10 March 2027, and not held.
    expect(fig("lac-reviews-overdue").numerator).toBe(1);
    expect(row("lac-reviews-overdue", "Second review")?.numerator).toBe(1);
  });

  it("counts a review with an ambiguous participation value under 'no code', not under a guessed code", () => {
    expect(row("lac-participation", "No code recorded")?.numerator).toBe(1);
    expect(fig("lac-participation").numerator).toBe(1);
    expect(fig("lac-participation").sources.map((s) => s.requirement)).toEqual(["NAT-903-PN"]);
  });

  it("counts a plan of exactly two years as two years or more, and one a day short as not", () => {
    expect(fig("cp-plans-ended").numerator).toBe(2);
    expect([fig("cp-plans-two-years").numerator, fig("cp-plans-two-years").denominator]).toEqual([1, 2]);
  });

  it("counts a second plan starting on the period's first day", () => {
    expect(fig("cp-plans-started").numerator).toBe(1);
    expect([fig("cp-second-plans").numerator, fig("cp-second-plans").denominator]).toEqual([1, 1]);
  });

  it("counts each looked-after child once against their IRO, with the Handbook's range", () => {
    // Tomasz (once, though in two files) and Amara; the children on plans are not looked after.
    expect(row("caseload-iro", "Chidi Okeke")?.numerator).toBe(2);
    const inRange = fig("caseload-iro-in-range");
    expect(inRange.sources.map((s) => s.requirement)).toEqual(["NAT-HB-7.15"]);
    expect(inRange.definition).toMatch(/Range used: 50 to 70/);
  });

  it("gives every figure a definition and every share a denominator", () => {
    for (const f of report.figures) {
      expect(f.definition.length, f.id).toBeGreaterThan(20);
      if (f.unit === "share") expect(f.denominator, f.id).toBeTypeOf("number");
    }
  });
});

describe("report --by", () => {
  it("splits the figures so each group's counts add up to the whole", () => {
    const byTeam = reportForFiles(["examples/knowsley", "examples/gloucestershire"], { period: { from: "2026-04-01", to: "2027-03-31" }, by: "iro" });
    expect(byTeam.groups.length).toBeGreaterThan(1);
    expect(byTeam.groups.reduce((n, g) => n + g.caseFiles, 0)).toBe(byTeam.caseFiles.counted);
    for (const id of ["lac-reviews-held", "esc-raised", "decisions-drift", "core-groups-in-timescale"]) {
      const whole = byTeam.figures.find((f) => f.id === id)!;
      const parts = byTeam.groups.map((g) => g.figures.find((f) => f.id === id)!);
      expect(parts.reduce((n, f) => n + f.numerator, 0), id).toBe(whole.numerator);
      expect(parts.reduce((n, f) => n + (f.denominator ?? 0), 0), id).toBe(whole.denominator ?? 0);
    }
  });
});
