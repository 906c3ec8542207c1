import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ICAL from "ical.js";
import { afterAll, describe, expect, it } from "vitest";
import { blankCaseFile, ev, lookedAfterFrom } from "../../test/fixtures/timeline.js";
import { lookedAfterReview } from "../../test/fixtures/records.js";
import { deadlinesForFiles } from "./deadlines.js";
import { formatDeadlinesCsv } from "./format-csv.js";
import { formatDeadlinesIcs, initials } from "./format-ics.js";
import { formatDeadlinesText, shortDate } from "./format-text.js";

const dir = mkdtempSync(join(tmpdir(), "reviewkit-deadlines-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Amara: looked after from Tue 15 Dec 2026 (Knowsley); Dima: a strategy discussion on Mon 15 Mar 2027 (england).
const amara = lookedAfterFrom("2026-12-15", { id: "CF-A" });
const dima = blankCaseFile({
  id: "CF-D",
  authority: "england",
  child: { ...amara.child, id: "KN-0002", name: "Dmitri Sokolov", preferredName: "Dima", team: "Safeguarding Team 2" },
  events: [ev("strategy-discussion", "2027-03-15")],
});
mkdirSync(join(dir, "caseload"));
writeFileSync(join(dir, "caseload", "amara.json"), JSON.stringify(amara));
writeFileSync(join(dir, "caseload", "dima.json"), JSON.stringify(dima));
writeFileSync(join(dir, "caseload", "review.json"), JSON.stringify(lookedAfterReview()));
const broken = { ...amara, child: { ...amara.child, dateOfBirth: "2014-02-30" } };
writeFileSync(join(dir, "broken.json"), JSON.stringify(broken));

describe("deadlinesForFiles", () => {
  const asOf = "2027-01-04"; // Mon: IRO (17 Dec), professionals/PPM/health (22 Dec), care plan (31 Dec) overdue
  const result = deadlinesForFiles([join(dir, "caseload")], { asOf });

  it("reads a caseload folder, skipping records that are not case files, each under its own profile", () => {
    expect(result.failures).toEqual([]);
    expect(result.summary.caseFiles).toBe(2);
    expect(result.caseload).toBe(true);
    expect(result.items.find((i) => i.caseFileId === "CF-D" && i.kind === "icpc")).toMatchObject({ due: "2027-04-07", citation: { requirement: "NAT-WT-ICPC" } });
    expect(result.items.find((i) => i.id === "iro-notified:la-2026-12-15")).toMatchObject({ status: "overdue", daysOverdue: 9 }); // 18–24 Dec = 5, 29–31 Dec = 8, 4 Jan = 9
  });

  it("lists overdue first, most overdue first, and only open items", () => {
    const statuses = result.items.map((i) => i.status);
    expect(statuses.indexOf("due")).toBeGreaterThan(statuses.lastIndexOf("overdue"));
    expect(statuses.every((s) => s === "due" || s === "overdue")).toBe(true);
    expect(result.items[0]?.id).toBe("iro-notified:la-2026-12-15"); // due Thu 17 Dec: the oldest
    expect(result.items[1]?.id).toBe("child-seen-after-placement:la-2026-12-15"); // due Fri 18 Dec
  });

  it("--within keeps items due within N working days plus everything overdue", () => {
    const within = deadlinesForFiles([join(dir, "caseload")], { asOf, within: 9 }); // Mon 4 Jan is day 0: day 9 is Fri 15 Jan 2027
    expect(within.items.some((i) => i.id === "lac-review:la-2026-12-15:0")).toBe(true);
    expect(within.items.some((i) => i.kind === "icpc")).toBe(false);
    expect(deadlinesForFiles([join(dir, "caseload")], { asOf, within: 8 }).items.some((i) => i.id === "lac-review:la-2026-12-15:0")).toBe(false);
    expect(within.summary.overdue).toBe(result.summary.overdue);
  });

  it("names the file and field of a case file that fails its schema, and refuses a record named directly", () => {
    const r = deadlinesForFiles([join(dir, "broken.json"), join(dir, "caseload", "review.json")], { asOf });
    expect(r.failures.map((f) => f.line)).toEqual([
      expect.stringMatching(/broken\.json: \/child\/dateOfBirth: .*Date of birth/),
      expect.stringMatching(/review\.json: is a looked-after-review record, not a case file/),
    ]);
    expect(r.failures[0]?.line).not.toContain("2014-02-30");
  });

  it("a --profile applies to every case file", () => {
    const r = deadlinesForFiles([join(dir, "caseload", "amara.json")], { asOf, profile: "england" });
    expect(r.items.some((i) => i.kind === "iro-notified")).toBe(false);
    expect(r.caseload).toBe(false);
  });
});

describe("formats", () => {
  const result = deadlinesForFiles([join(dir, "caseload")], { asOf: "2027-01-04", within: 11 });

  it("text: a table by urgency with weekday dates, then a summary by status and team", () => {
    const text = formatDeadlinesText(result);
    const lines = text.split("\n");
    expect(lines[0]).toMatch(/^STATUS\s+DUE\s+CHILD\s+ITEM\s+WORKING DAYS\s+CITATION$/);
    expect(lines[1]).toMatch(/^overdue\s+Thu 17 Dec 2026\s+Amara \(KN-0001\)\s+IRO service told the child is looked after\s+9 overdue\s+KSW-8\.IRO$/);
    expect(lines[2]).toMatch(/^overdue\s+Fri 18 Dec 2026\s+Amara \(KN-0001\)\s+Child seen by their social worker after coming into care\s+8 overdue\s+KSW-6\.SEEN$/);
    expect(text).toMatch(/Fri 15 Jan 2027\s+Amara \(KN-0001\)\s+First looked-after review\s+9 left\s+NAT-R33/);
    expect(text).toContain("As of Mon 4 Jan 2027, 2 case files:");
    expect(text).toMatch(/By team:\n {2}Children in Care Team 1\s+\d+ overdue/);
    expect(shortDate("2026-12-22T14:30")).toBe("Tue 22 Dec 2026 14:30");
  });

  it("csv: a header and one row per item, days signed", () => {
    const csv = formatDeadlinesCsv(result);
    const [header, first] = csv.split("\n");
    expect(header).toBe("status,due,days,child_id,child_name,team,item,trigger_event,trigger_date,done,timescale,value,unit,requirement,document,document_title,paragraph,case_file,item_id");
    expect(first).toMatch(/^overdue,2026-12-17,-9,KN-0001,Amara Okafor,Children in Care Team 1,IRO service told the child is looked after,became-looked-after,2026-12-15,,iro-notified,2,working_days,KSW-8\.IRO,004_b07548fa3c53f1e2\.txt,"Knowsley Council, Practice Standards \(social work\), December 2022",Section 8,CF-A,iro-notified:la-2026-12-15$/);
    expect(csv.trim().split("\n")).toHaveLength(result.items.length + 1);
  });

  it("ics: parses with ical.js; all-day events on the due dates, initials not names, stable bytes", () => {
    const ics = formatDeadlinesIcs(result);
    expect(formatDeadlinesIcs(deadlinesForFiles([join(dir, "caseload")], { asOf: "2027-01-04", within: 11 }))).toBe(ics);
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents("vevent").map((c) => new ICAL.Event(c));
    expect(events).toHaveLength(result.items.length);
    const review = events.find((e) => e.uid === "CF-A/lac-review%3Ala-2026-12-15%3A0@reviewkit");
    expect(review?.summary).toBe("First looked-after review – A.O. (KN-0001)");
    expect(review?.startDate.isDate).toBe(true);
    expect(review?.startDate.toString()).toBe("2027-01-15");
    expect(review?.description).toContain("Care Planning, Placement and Case Review (England) Regulations 2010, reg 33(1) (NAT-R33)");
    expect(ics).toContain("DTSTAMP:20270104T000000Z");
    expect(ics).not.toContain("Amara");
    expect(ics).not.toContain("Okafor");
    expect(initials("Mary-Jane van der Berg")).toBe("M.J.V.D.B.");
  });
});
