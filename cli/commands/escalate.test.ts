import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCliInProcess } from "../../test/helpers/run-cli.js";
import { escalation } from "../../test/fixtures/records.js";
import { checkSchema } from "../../src/schema/schema-findings.js";
import type { Escalation, EscalationEvent } from "../../src/types/index.js";

const chair = { name: "Siân Llŷr", role: "Independent Reviewing Officer" };

/** A temporary copy of an escalation with these steps, in its own folder (so stray temp files show). */
function tempFile(status: Escalation["childStatus"], ...events: Omit<EscalationEvent, "by" | "text">[]): { file: string; dir: string } {
  const e = escalation();
  e.childStatus = status;
  e.events = events.map((x) => ({ by: chair, text: "Step.", ...x }));
  const dir = mkdtempSync(join(tmpdir(), "reviewkit-escalate-"));
  const file = join(dir, "escalation.json");
  writeFileSync(file, `${JSON.stringify(e, null, 2)}\n`);
  return { file, dir };
}

const read = (file: string) => JSON.parse(readFileSync(file, "utf8")) as Escalation;
const escalate = (file: string, ...args: string[]) => runCliInProcess(["escalate", file, ...args]);

describe("reviewkit escalate", () => {
  it("raises at formal-1 over Christmas: stamps the step, rewrites the file as 2-space JSON, prints due dates with weekdays", async () => {
    const { file, dir } = tempFile("looked-after", { type: "note", date: "2026-12-18" });
    const r = await escalate(file, "raise", "--stage", "formal-1", "--date", "2026-12-23", "--to", "Fatima Al-Sayed", "--profile", "leicestershire");
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(
      "Raised at Stage One – Team Manager (formal-1) on 23 December 2026, delegated to the Team Manager (Fatima Al-Sayed). Tell the Team Manager and the Social Worker.\n" +
        // 24, 29, 30, 31 December, 4 January; 20 working days: … 22, 25 January.
        "Response due by Monday 4 January 2027; the formal process is due to end by Monday 25 January 2027.\n",
    );
    const text = readFileSync(file, "utf8");
    const after = JSON.parse(text) as Escalation;
    expect(text).toBe(`${JSON.stringify(after, null, 2)}\n`);
    expect(checkSchema(after, "escalation")).toEqual([]);
    expect(after.events[1]).toEqual({
      type: "raise-formal",
      date: "2026-12-23",
      stage: "formal-1",
      by: escalation().raisedBy,
      delegatedTo: { name: "Fatima Al-Sayed", role: "Team Manager" },
      notified: [{ role: "Team Manager" }, { role: "Social Worker" }],
      text: "Concern raised at Stage One – Team Manager (formal-1).",
      responseDueDate: "2027-01-04",
      formalDueDate: "2027-01-25",
    });
    expect(readdirSync(dir)).toEqual(["escalation.json"]);
  });

  it("raises a new escalation written as a draft with no steps yet; other actions refuse the draft", async () => {
    const { file, dir } = tempFile("looked-after");
    const draft = readFileSync(file, "utf8");
    const refused = await escalate(file, "respond", "--date", "2026-12-23", "--text", "Done.", "--profile", "gloucestershire");
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/escalation\.json: does not match the escalation schema, so no step was added: \/events/);
    expect(readFileSync(file, "utf8")).toBe(draft);
    const r = await escalate(file, "raise", "--date", "2026-12-23", "--profile", "gloucestershire");
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const after = read(file);
    expect(after.events).toHaveLength(1);
    expect(after.events[0]).toMatchObject({ type: "raise-informal", date: "2026-12-23", stage: "informal" });
    expect(checkSchema(after, "escalation")).toEqual([]);
    expect(readdirSync(dir)).toEqual(["escalation.json"]);
  });

  it("escalates to Stage Two on Friday 29 January 2027: response due Friday 5 February 2027", async () => {
    const { file } = tempFile("looked-after", { type: "raise-formal", date: "2027-01-25", stage: "formal-1" });
    const r = await escalate(file, "escalate", "--date", "2027-01-29", "--to", "Gareth Price", "--profile", "leicestershire");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Escalated to Stage Two – Service Manager (formal-2) on 29 January 2027, delegated to the Service Manager (Gareth Price).");
    expect(r.stdout).toContain("Response due by Friday 5 February 2027");
    // The formal clock runs from 25 January: 20 working days → Monday 22 February 2027.
    expect(r.stdout).toContain("the formal process is due to end by Monday 22 February 2027");
    expect(read(file).events[1]).toMatchObject({ type: "escalate", stage: "formal-2", responseDueDate: "2027-02-05", formalDueDate: "2027-02-22" });
  });

  it("refuses Cafcass for a child on a child protection plan: one line, exit 2, the file byte for byte unchanged", async () => {
    const { file, dir } = tempFile("child-protection", { type: "raise-formal", date: "2027-01-04", stage: "formal-1" }, { type: "senior-meeting", date: "2027-01-05" });
    const before = readFileSync(file);
    const r = await escalate(file, "refer-cafcass", "--date", "2027-01-06", "--profile", "leicestershire");
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(
      `reviewkit: ${file}: A Cafcass referral is only for a child in care; this escalation is for a child on a child protection plan ` +
        "(Leicestershire County Council, Stage Four – Assistant Director (CAFCASS) [LEI-CAF])\n",
    );
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(readdirSync(dir)).toEqual(["escalation.json"]);
  });

  it("refuses a response after the escalation was resolved, the file unchanged", async () => {
    const { file } = tempFile("looked-after", { type: "raise-informal", date: "2027-01-18", stage: "informal" }, { type: "resolve", date: "2027-02-03", stage: "informal" });
    const before = readFileSync(file);
    const r = await escalate(file, "respond", "--date", "2027-02-04", "--by", "Fatima Al-Sayed", "--role", "Team Manager", "--text", "Late reply.", "--profile", "gloucestershire");
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split("\n")).toEqual([
      `reviewkit: ${file}: This escalation was resolved on 3 February 2027; a response cannot be added to a closed escalation`,
    ]);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it("refuses Leicestershire Cafcass before the senior managers' meeting, and takes it after one", async () => {
    const { file } = tempFile("looked-after", { type: "raise-formal", date: "2027-01-04", stage: "formal-4" });
    const before = readFileSync(file);
    const refused = await escalate(file, "refer-cafcass", "--date", "2027-01-05", "--profile", "leicestershire");
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/A Cafcass referral comes after a meeting with the Assistant Director/);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect((await escalate(file, "senior-meeting", "--date", "2027-01-05", "--profile", "leicestershire")).status).toBe(0);
    const referred = await escalate(file, "refer-cafcass", "--date", "2027-01-06", "--profile", "leicestershire");
    expect(referred.status).toBe(0);
    expect(referred.stdout).toMatch(/^Referred to Cafcass alongside Stage Four – Assistant Director \(formal-4\) on 6 January 2027\. Tell /);
    expect(read(file).events.map((e) => e.type)).toEqual(["raise-formal", "senior-meeting", "refer-cafcass"]);
  });

  it("refuses to touch a file that does not match the schema", async () => {
    const { file } = tempFile("looked-after", { type: "raise-informal", date: "2027-01-18", stage: "informal" });
    const broken = read(file) as unknown as Record<string, unknown>;
    delete broken["concern"];
    writeFileSync(file, JSON.stringify(broken));
    const before = readFileSync(file);
    const r = await escalate(file, "escalate", "--date", "2027-01-25");
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("does not match the escalation schema, so no step was added");
    expect(r.stderr).not.toContain("sibling");
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it("uses the england ladder without --profile, and says so on stderr", async () => {
    const { file } = tempFile("looked-after", { type: "note", date: "2027-01-18" });
    const r = await escalate(file, "raise", "--date", "2027-01-18");
    expect(r.status).toBe(0);
    expect(r.stderr).toContain("no --profile given, so the england ladder was used");
    expect(r.stdout).toContain("Raised at Informal resolution (informal) on 18 January 2027, delegated to the Team Manager (name them with --to).");
  });

  it("--dry-run prints the step and leaves the file alone; --format json gives the event", async () => {
    const { file } = tempFile("looked-after", { type: "raise-informal", date: "2027-03-22", stage: "informal" });
    const before = readFileSync(file);
    const r = await escalate(file, "escalate", "--stage", "formal-3", "--date", "2027-03-23", "--profile", "gloucestershire", "--dry-run", "--format", "json");
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { written: boolean; event: EscalationEvent };
    expect(out.written).toBe(false);
    // Easter 2027: 24, 25, 30, 31 March, 1 April; the whole: … 22 April.
    expect(out.event).toMatchObject({ type: "escalate", stage: "formal-3", responseDueDate: "2027-04-01", formalDueDate: "2027-04-22" });
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it("status shows the stage, the overdue response and what may come next, changing nothing", async () => {
    const { file } = tempFile("looked-after", { type: "raise-formal", date: "2026-12-23", stage: "formal-1", delegatedTo: { name: "Fatima Al-Sayed", role: "Team Manager" } });
    const before = readFileSync(file);
    const r = await escalate(file, "status", "--as-of", "2027-01-05", "--profile", "leicestershire");
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(
      "Open at Stage One – Team Manager (formal-1) since 23 December 2026, delegated to the Team Manager (Fatima Al-Sayed).\n" +
        "Response due by Monday 4 January 2027: overdue on 5 January 2027.\n" +
        "Formal process from 23 December 2026, due to end by Monday 25 January 2027.\n" +
        "Next: respond, escalate, resolve, legal-advice, senior-meeting, note.\n",
    );
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it("gives a usage error for options that do not fit the action", async () => {
    const { file } = tempFile("looked-after", { type: "raise-informal", date: "2027-01-18", stage: "informal" });
    const r = await escalate(file, "respond", "--stage", "formal-2", "--text", "x", "--by", "A");
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("--stage is for raise and escalate");
    const bad = await escalate(file, "escalate", "--date", "2027-02-30");
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split("\n")).toHaveLength(1);
  });
});
