/**
 * Escalation clocks in the timeline, worked by hand and checked against the escalation state machine
 * (the same dates `reviewkit escalate` shows). Bank holidays: 25 and 28 Dec 2026, 1 Jan 2027, Good
 * Friday 26 Mar 2027, Easter Monday 29 Mar 2027.
 */
import { describe, expect, it } from "vitest";
import { defaultCalendar } from "../../calendar/index.js";
import { escalationStatus } from "../../escalation/index.js";
import { loadProfile } from "../../profiles/load-profile.js";
import { lookedAfterFrom } from "../../../test/fixtures/timeline.js";
import { escalation } from "../../../test/fixtures/records.js";
import type { CaseFile, Escalation } from "../../types/index.js";
import { buildTimeline } from "../build-timeline.js";
import type { TimelineItem } from "../types.js";

type Step = Escalation["events"][number];

function withSteps(steps: Partial<Step>[], outcome?: Escalation["outcome"]): Escalation {
  const base = escalation();
  const first = base.events[0] as Step;
  const e: Escalation = { ...base, events: steps.map((s) => ({ ...first, ...s }) as Step) };
  if (outcome) e.outcome = outcome;
  return e;
}

function items(esc: Escalation, asOf: string, profile = "leicestershire"): Map<string, TimelineItem> {
  const cf: CaseFile = lookedAfterFrom("2026-06-01", { records: [esc] });
  return new Map(buildTimeline(cf, { profile: loadProfile(profile), asOf }).items.map((i) => [i.id, i]));
}

describe("a Leicestershire Stage One raised on Wed 23 Dec 2026", () => {
  const raised = withSteps([{ type: "raise-formal", date: "2026-12-23", stage: "formal-1" }]);

  it("response due Mon 4 Jan 2027 (24, 29, 30, 31 Dec, 4 Jan), as the state machine says", () => {
    const item = items(raised, "2027-01-04").get("escalation-stage-response:0:0");
    expect(item).toMatchObject({ due: "2027-01-04", status: "due", daysLeft: 0, citation: { requirement: "LEI-FE-5" }, title: "Escalation response: Stage One – Team Manager", timescale: "escalation-stage-response" });
    expect(item?.due).toBe(escalationStatus(raised, loadProfile("leicestershire"), defaultCalendar(), "2027-01-04").response?.due);
    expect(items(raised, "2027-01-05").get("escalation-stage-response:0:0")).toMatchObject({ status: "overdue", daysOverdue: 1 });
  });

  it("formal process due Mon 25 Jan 2027 (20 working days: 4 in December, then 4–8, 11–15, 18–22, 25 Jan)", () => {
    const item = items(raised, "2027-01-05").get("escalation-formal-total:0");
    expect(item).toMatchObject({ due: "2027-01-25", status: "due", citation: { requirement: "LEI-FE-20" }, timescale: "escalation-total" });
    expect(item?.due).toBe(escalationStatus(raised, loadProfile("leicestershire"), defaultCalendar(), "2027-01-05").formal?.due);
  });

  it("answered on 4 Jan: on time; on 5 Jan: late by 1 working day", () => {
    const answered = (on: string) => withSteps([{ type: "raise-formal", date: "2026-12-23", stage: "formal-1" }, { type: "respond", date: on, stage: "formal-1" }]);
    expect(items(answered("2027-01-04"), "2027-01-06").get("escalation-stage-response:0:0")).toMatchObject({ status: "done-on-time", done: "2027-01-04" });
    expect(items(answered("2027-01-05"), "2027-01-06").get("escalation-stage-response:0:0")).toMatchObject({ status: "done-late", daysLate: 1 });
  });
});

describe("a Positive Challenge raised on Wed 24 Mar 2027, across Easter", () => {
  const raised = withSteps([{ type: "raise-informal", date: "2027-03-24", stage: "informal" }]);

  it("response due Fri 2 Apr 2027 (25 Mar, 30, 31 Mar, 1, 2 Apr; Good Friday and Easter Monday skipped), cited LEI-PC", () => {
    expect(items(raised, "2027-04-02").get("escalation-stage-response:0:0")).toMatchObject({
      due: "2027-04-02",
      status: "due",
      daysLeft: 0,
      citation: { requirement: "LEI-PC" },
      // The ladder's informal step names its timescale, so lei-positive-challenge-response's finding lines up.
      timescale: "positive-challenge-response",
    });
    expect(items(raised, "2027-04-05").get("escalation-stage-response:0:0")).toMatchObject({ status: "overdue", daysOverdue: 1 });
  });

  it("has no formal-process item while it stays informal", () => {
    expect(items(raised, "2027-04-02").get("escalation-formal-total:0")).toBeUndefined();
  });
});

describe("england: an informal step no timescale times is shown, with no timescale id (no rule owns it)", () => {
  it("raised Wed 24 Mar 2027: response due Fri 2 Apr, cited to the ladder", () => {
    const item = items(withSteps([{ type: "raise-informal", date: "2027-03-24", stage: "informal" }]), "2027-04-02", "england").get("escalation-stage-response:0:0");
    expect(item).toMatchObject({ due: "2027-04-02", citation: { requirement: "NAT-HB-6.2" } });
    expect(item?.timescale).toBeUndefined();
  });
});

describe("Gloucestershire: the informal concern resolved, or taken formal, in time (GL-4.1, informal-resolution)", () => {
  const informal = (more: Partial<Step>[] = [], first: Partial<Step> = {}) =>
    withSteps([{ type: "raise-informal", date: "2027-03-24", stage: "informal", ...first }, ...more]);
  const gl = (esc: Escalation, asOf: string) => items(esc, asOf, "gloucestershire");

  it("raised Wed 24 Mar 2027: due Fri 2 Apr across Easter; the one clock of the informal step (no separate response item)", () => {
    const t = gl(informal(), "2027-04-02");
    expect(t.get("escalation-informal-resolution:0:0")).toMatchObject({ due: "2027-04-02", status: "due", daysLeft: 0, timescale: "informal-resolution", citation: { requirement: "GL-4.1" } });
    expect(t.get("escalation-stage-response:0:0")).toBeUndefined();
    expect(gl(informal(), "2027-04-05").get("escalation-informal-resolution:0:0")).toMatchObject({ status: "overdue", daysOverdue: 1 });
  });

  it("taken formal on Fri 2 Apr: on time; on Mon 5 Apr: late by 1 working day", () => {
    const taken = (on: string) => informal([{ type: "escalate", date: on, stage: "formal-1" }]);
    expect(gl(taken("2027-04-02"), "2027-04-07").get("escalation-informal-resolution:0:0")).toMatchObject({ status: "done-on-time", done: "2027-04-02" });
    expect(gl(taken("2027-04-05"), "2027-04-07").get("escalation-informal-resolution:0:0")).toMatchObject({ status: "done-late", daysLate: 1, donePath: "/records/0/events/1/date" });
  });

  it("actions agreed for Fri 9 Apr: due that day, as gl-informal-timely reads the agreed timescale", () => {
    const agreed = informal([], { agreedActions: [{ text: "Arrange sibling contact.", owner: { name: "Grace Mensah", role: "Social Worker" }, dueDate: "2027-04-09" }] });
    expect(gl(agreed, "2027-04-06").get("escalation-informal-resolution:0:0")).toMatchObject({ due: "2027-04-09", status: "due" });
  });
});

describe("a stage left without a response is not tracked (the rules report it)", () => {
  it("formal-1 escalated to formal-2 with no response: only formal-2's response is open", () => {
    const esc = withSteps([
      { type: "raise-formal", date: "2026-12-23", stage: "formal-1" },
      { type: "escalate", date: "2027-01-06", stage: "formal-2" },
    ]);
    const t = items(esc, "2027-01-07");
    expect(t.get("escalation-stage-response:0:0")).toBeUndefined();
    // formal-2 reached Wed 6 Jan: 7, 8, 11, 12, 13 Jan → Wed 13 Jan 2027.
    expect(t.get("escalation-stage-response:0:1")).toMatchObject({ due: "2027-01-13", status: "due" });
  });
});

describe("Knowsley: the outcome recorded within 5 working days of resolution (KIRO-6.2)", () => {
  const resolved = (recordedOn?: string) =>
    withSteps([{ type: "raise-informal", date: "2026-12-14", stage: "informal" }, { type: "resolve", date: "2026-12-22" }], {
      resolvedOn: "2026-12-22",
      summary: "Contact started.",
      ...(recordedOn ? { recordedOn } : {}),
    } as Escalation["outcome"]);

  it("resolved Tue 22 Dec 2026 → due Thu 31 Dec (23, 24, 29, 30, 31 Dec)", () => {
    expect(items(resolved(), "2026-12-31", "knowsley").get("escalation-outcome-recorded:0")).toMatchObject({ due: "2026-12-31", status: "due", daysLeft: 0, citation: { requirement: "KIRO-6.2" } });
    expect(items(resolved(), "2027-01-04", "knowsley").get("escalation-outcome-recorded:0")).toMatchObject({ status: "overdue", daysOverdue: 1 });
    expect(items(resolved("2027-01-04"), "2027-01-05", "knowsley").get("escalation-outcome-recorded:0")).toMatchObject({ status: "done-late", daysLate: 1 });
  });

  it("not shown where the profile does not time it (leicestershire)", () => {
    expect(items(resolved(), "2026-12-31").get("escalation-outcome-recorded:0")).toBeUndefined();
  });
});
