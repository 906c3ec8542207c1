import { describe, expect, it } from "vitest";
import { loadProfile } from "../profiles/load-profile.js";
import * as f from "../../test/fixtures/records.js";
import { escalationLevels, escalationTemplate } from "./escalation-form.js";

const ladder = [
  { stage: "informal", name: "Positive Challenge", delegatedTo: "Team Manager", notify: ["Social Worker"], responseTime: "5 days" },
  { stage: "formal-1", name: "Stage One – Team Manager", delegatedTo: "Team Manager", notify: ["Team Manager"], responseTime: "5 working days" },
  { stage: "formal-2", name: "Stage Two – Service Manager", delegatedTo: "Service Manager", notify: ["Service Manager"], responseTime: "5 working days" },
];

const iro = { name: "Дмитрий Соколов", role: "Independent Reviewing Officer" };
const tm = { name: "Gurpreet Kaur", role: "Team Manager" };

/** The fixture's Positive Challenge, answered, then Stage One (answered) and Stage Two (not yet). */
function escalationFormFixture() {
  const r = f.escalation();
  r.events.push(
    { type: "respond", date: "2027-01-21", stage: "informal", by: tm, text: "Contact will start next month." },
    { type: "raise-formal", date: "2027-01-26", stage: "formal-1", by: iro, text: "Not soon enough.", responseDueDate: "2027-02-02" },
    { type: "respond", date: "2027-02-01", stage: "formal-1", by: tm, text: "No worker free." },
    { type: "escalate", date: "2027-02-03", stage: "formal-2", by: iro, text: "Escalated to Stage Two.", responseDueDate: "2027-02-10" },
  );
  return r;
}

describe("escalationLevels", () => {
  it("groups the steps into one part per level, with the manager's responses and how each level ended (why: the authority's form has a part per level, LEI-FE, GL-4.2)", () => {
    const levels = escalationLevels(escalationFormFixture(), ladder);
    expect(levels.map((l) => l.name)).toEqual(["Positive Challenge", "Stage One – Team Manager", "Stage Two – Service Manager"]);
    expect(levels.map((l) => l.responses.length)).toEqual([1, 1, 0]);
    // Going formal ends the Positive Challenge unresolved; escalating ends Stage One.
    expect(levels[0]!.closed?.nextName).toBe("Stage One – Team Manager");
    expect(levels[1]!.closed?.nextName).toBe("Stage Two – Service Manager");
    // No response yet at Stage Two: the form leaves the manager's box empty to fill in.
    expect(levels[2]!.awaitingResponse).toBe(true);
    expect(levels[2]!.closed).toBeUndefined();
  });

  it("ends the last level with the resolution when there is one", () => {
    const record = escalationFormFixture();
    record.events.push({ type: "respond", date: "2027-02-09", stage: "formal-2", by: { name: "Marcus Whitfield", role: "Service Manager" }, text: "Agreed." });
    record.events.push({ type: "resolve", date: "2027-02-11", stage: "formal-2", by: iro, text: "Satisfied." });
    const last = escalationLevels(record, ladder).at(-1)!;
    expect(last.awaitingResponse).toBe(false);
    expect(last.closed?.type).toBe("resolve");
    expect(last.closed?.nextName).toBeUndefined();
  });
});

describe("escalationTemplate", () => {
  it("takes each authority's own form from its profile, and the general form otherwise", () => {
    expect(escalationTemplate(loadProfile("gloucestershire").escalationForm)).toBe("escalation-form-prp");
    expect(escalationTemplate(loadProfile("leicestershire").escalationForm)).toBe("escalation-form-positive-challenge");
    expect(escalationTemplate(loadProfile("knowsley").escalationForm)).toBe("escalation-form");
    expect(loadProfile("gloucestershire").escalationForm?.title).toBe("Progress Resolution Pathway (PRP) form");
    expect(loadProfile("leicestershire").escalationForm?.title).toBe("Positive Challenge and Formal Escalation record");
  });
});
