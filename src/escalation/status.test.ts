import { describe, expect, it } from "vitest";
import { defaultCalendar } from "../calendar/index.js";
import { loadProfile } from "../profiles/load-profile.js";
import type { Escalation, EscalationEvent } from "../types/index.js";
import { escalation as fixture } from "../../test/fixtures/records.js";
import { escalationStatus } from "./status.js";
import { replayEscalation } from "./replay.js";
import { formalTiming, responseTiming } from "./timeliness.js";
import { weekdayDate } from "./describe.js";

const calendar = defaultCalendar();
const lei = loadProfile("leicestershire");
const chair = { name: "Siân Llŷr" };

function withEvents(...events: Omit<EscalationEvent, "by" | "text">[]): Escalation {
  const e = fixture();
  e.events = events.map((x) => ({ by: chair, text: "Step.", ...x }));
  return e;
}

describe("escalationStatus", () => {
  // Formal stage 1 reached Wednesday 23 December 2026: response due Monday 4 January 2027
  // (24, 29, 30, 31 December, 4 January); the formal process due Monday 25 January 2027.
  const formal1 = withEvents({ type: "raise-formal", date: "2026-12-23", stage: "formal-1", delegatedTo: { name: "Fatima Al-Sayed", role: "Team Manager" } });

  it("on the due date: response due, not yet overdue", () => {
    const s = escalationStatus(formal1, lei, calendar, "2027-01-04");
    expect(s.state).toBe("open");
    expect(s.stage).toBe("formal-1");
    expect(s.stageLabel).toBe("Stage One – Team Manager (formal-1)");
    expect(s.delegatedTo).toEqual({ role: "Team Manager", name: "Fatima Al-Sayed" });
    expect(s.response).toEqual({ due: "2027-01-04", respondedOn: undefined, overdue: false, late: false });
    expect(s.formal).toEqual({ startedOn: "2026-12-23", due: "2027-01-25", overdue: false, late: false });
    // No Cafcass yet: Leicestershire needs the senior managers' meeting first.
    expect(s.next).toEqual(["respond", "escalate", "resolve", "legal-advice", "senior-meeting", "note"]);
    expect(s.keptInformed).toEqual(["Assistant Service Manager, Safeguarding and Performance"]);
  });

  it("the day after the due date: response overdue", () => {
    expect(escalationStatus(formal1, lei, calendar, "2027-01-05").response?.overdue).toBe(true);
  });

  it("formal total: day 20 (25 January 2027) running, day 21 (26 January) overdue", () => {
    expect(escalationStatus(formal1, lei, calendar, "2027-01-25").formal?.overdue).toBe(false);
    expect(escalationStatus(formal1, lei, calendar, "2027-01-26").formal?.overdue).toBe(true);
  });

  it("a closed escalation: closed on its resolve date, late when that is after the formal due date, nothing overdue", () => {
    const e = withEvents(
      { type: "raise-formal", date: "2026-12-23", stage: "formal-1" },
      { type: "respond", date: "2027-01-05", stage: "formal-1" },
      { type: "resolve", date: "2027-01-26", stage: "formal-1" },
    );
    const s = escalationStatus(e, lei, calendar, "2027-03-01");
    expect(s.state).toBe("closed");
    expect(s.closedOn).toBe("2027-01-26");
    expect(s.response).toEqual({ due: "2027-01-04", respondedOn: "2027-01-05", overdue: false, late: true });
    expect(s.formal).toEqual({ startedOn: "2026-12-23", due: "2027-01-25", overdue: false, late: true });
    expect(s.next).toEqual(["note"]);
    expect(s.history.map((h) => [h.type, h.response?.timing])).toEqual([
      ["raise-formal", "late"],
      ["respond", undefined],
      ["resolve", undefined],
    ]);
  });

  it("an outcome without a resolve step still closes the escalation", () => {
    const e = withEvents({ type: "raise-informal", date: "2027-01-18", stage: "informal" });
    e.outcome = { resolvedOn: "2027-01-20", summary: "Sorted." };
    expect(escalationStatus(e, lei, calendar, "2027-02-01")).toMatchObject({ state: "closed", closedOn: "2027-01-20" });
  });

  it("not started: only notes so far", () => {
    const e = withEvents({ type: "note", date: "2027-01-18" });
    const s = escalationStatus(e, lei, calendar, "2027-01-18");
    expect([s.state, s.stage, s.response, s.formal]).toEqual(["not-started", undefined, undefined, undefined]);
    expect(s.next).toEqual(["raise", "legal-advice", "senior-meeting", "note"]);
  });

  it("records Cafcass, a senior meeting and legal advice dates", () => {
    const e = withEvents(
      { type: "raise-formal", date: "2027-01-04", stage: "formal-4" },
      { type: "senior-meeting", date: "2027-01-05" },
      { type: "legal-advice", date: "2027-01-05" },
      { type: "refer-cafcass", date: "2027-01-06" },
    );
    const s = escalationStatus(e, lei, calendar, "2027-01-06");
    expect([s.seniorMeetingOn, s.legalAdviceOn, s.cafcassReferredOn, s.stage, s.state]).toEqual(["2027-01-05", "2027-01-05", "2027-01-06", "formal-4", "open"]);
  });
});

describe("responseTiming and formalTiming", () => {
  const visitOf = (e: Escalation, i = 0) => replayEscalation(e, lei, calendar).visits[i]!;

  it("a response on the due date is on time; the next working day is late", () => {
    // Formal 1 on Tuesday 23 March 2027: due Thursday 1 April (Good Friday and Easter Monday skipped).
    const onTime = withEvents({ type: "raise-formal", date: "2027-03-23", stage: "formal-1" }, { type: "respond", date: "2027-04-01" });
    const late = withEvents({ type: "raise-formal", date: "2027-03-23", stage: "formal-1" }, { type: "respond", date: "2027-04-02" });
    expect(responseTiming(visitOf(onTime), "2027-05-01").kind).toBe("on-time");
    expect(responseTiming(visitOf(late), "2027-05-01").kind).toBe("late");
  });

  it("a stage left after its due date with no response is unanswered; left before it, no response was needed", () => {
    const after = withEvents({ type: "raise-formal", date: "2027-03-23", stage: "formal-1" }, { type: "escalate", date: "2027-04-02", stage: "formal-2" });
    const before = withEvents({ type: "raise-formal", date: "2027-03-23", stage: "formal-1" }, { type: "escalate", date: "2027-04-01", stage: "formal-2" });
    expect(responseTiming(visitOf(after), "2027-05-01")).toEqual({ kind: "unanswered", endedOn: "2027-04-02", endedBy: "escalate" });
    expect(responseTiming(visitOf(before), "2027-05-01")).toEqual({ kind: "not-needed" });
    // The formal clock ran from 23 March: 20 working days → Thursday 22 April 2027.
    expect(formalTiming(replayEscalation(after, lei, calendar), "2027-04-22")).toEqual({ kind: "running", due: "2027-04-22" });
    expect(formalTiming(replayEscalation(after, lei, calendar), "2027-04-23")).toEqual({ kind: "overdue", due: "2027-04-22" });
  });

  it("steps recorded out of order are read in date order", () => {
    const e = withEvents({ type: "respond", date: "2027-03-25" }, { type: "raise-formal", date: "2027-03-23", stage: "formal-1" });
    const r = replayEscalation(e, lei, calendar);
    expect(r.order).toEqual([1, 0]);
    expect(r.visits[0]!.responses).toEqual([{ date: "2027-03-25", eventIndex: 0 }]);
  });

  it("orders steps as sorting by date would: ties keep record order, a mixed order is sorted, one in order is left", () => {
    // why: the order is worked out from each date read once, and not sorted when already in order;
    // it must be what sorting the indexes with compareIsoDates, ties by index, gives.
    const dates = ["2027-03-23", "2027-03-25", "2027-03-25", "2027-03-24", "2027-03-23", "2027-04-01"];
    const e = withEvents(...dates.map((date) => ({ type: "note" as const, date })));
    const sorted = dates.map((_, i) => i).sort((a, b) => (dates[a]! < dates[b]! ? -1 : dates[a]! > dates[b]! ? 1 : a - b));
    expect(replayEscalation(e, lei, calendar).order).toEqual(sorted);
    expect(sorted).toEqual([0, 4, 3, 1, 2, 5]);
    expect(replayEscalation(withEvents(...["2027-03-23", "2027-03-23", "2027-03-30"].map((date) => ({ type: "note" as const, date }))), lei, calendar).order).toEqual([0, 1, 2]);
  });

  it("a step's date that does not parse throws the same error as sorting by it did", () => {
    // why: outside a validation (a record not yet checked) the first bad date named is the one the
    // sort read first: the second step's, then the first's.
    const bad = (first: string, second: string) => () => replayEscalation(withEvents({ type: "note", date: first }, { type: "note", date: second }), lei, calendar);
    expect(bad("2027-02-30", "2027-03-31")).toThrow(/"2027-02-30" is not a real date/);
    expect(bad("2027-02-30", "2027-04-31")).toThrow(/"2027-04-31" is not a real date/);
  });
});

describe("weekdayDate", () => {
  it("writes due dates as people read them", () => {
    expect(weekdayDate("2027-02-05")).toBe("Friday 5 February 2027");
    expect(weekdayDate("2027-01-04")).toBe("Monday 4 January 2027");
  });
});
