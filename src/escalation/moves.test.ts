import { describe, expect, it } from "vitest";
import { defaultCalendar } from "../calendar/index.js";
import { BUILT_IN_PROFILES, loadProfile } from "../profiles/load-profile.js";
import { CHILD_STATUSES, type ChildStatus, type ResolvedProfile } from "../profiles/types.js";
import { checkSchema } from "../schema/schema-findings.js";
import type { Escalation } from "../types/index.js";
import { escalation as fixture } from "../../test/fixtures/records.js";
import { EscalationMoveError } from "./errors.js";
import { ladderFor, stepFor } from "./ladder.js";
import { allowedActions, planStep, takeStep, type StepRequest, type StepResult } from "./moves.js";

const calendar = defaultCalendar();

/** An escalation not yet raised: only a note of the concern, dated Friday 18 December 2026. */
function notStarted(status: ChildStatus): Escalation {
  const e = fixture();
  e.childStatus = status;
  e.events = [{ type: "note", date: "2026-12-18", by: e.raisedBy, text: "Concern noted before raising it." }];
  return e;
}

/** Takes steps in turn, checking every record produced still matches the schema. */
function walk(start: Escalation, profile: ResolvedProfile, steps: StepRequest[]): { record: Escalation; results: StepResult[] } {
  let record = start;
  const results: StepResult[] = [];
  for (const s of steps) {
    const result = takeStep(record, s, profile, calendar);
    expect(checkSchema(result.escalation, "escalation").map((f) => `${f.path} ${f.message}`)).toEqual([]);
    results.push(result);
    record = result.escalation;
  }
  return { record, results };
}

function refusal(record: Escalation, profile: ResolvedProfile, request: StepRequest): string {
  const plan = planStep(record, request, profile, calendar);
  if (plan.ok) throw new Error(`expected ${request.action} to be refused`);
  return plan.reason;
}

const respond = (date: string, by = "Fatima Al-Sayed"): StepRequest => ({ action: "respond", date, text: "Response.", by: { name: by } });

describe.each(BUILT_IN_PROFILES.flatMap((p) => CHILD_STATUSES.map((s) => [p, s] as const)))("the %s ladder for a %s child", (profileId, status) => {
  const profile = loadProfile(profileId);
  const ladder = ladderFor(profile, status);

  it("walks informal → formal-1 → formal-2 → formal-3 → formal-4 → resolved, stamping each step from the ladder (Christmas 2026)", () => {
    const { record, results } = walk(notStarted(status), profile, [
      // Monday 21 December 2026: 22, 23, 24, 29, 30 December → due Wednesday 30 December.
      { action: "raise", date: "2026-12-21", delegateName: "Fatima Al-Sayed" },
      respond("2026-12-22"),
      // Wednesday 23 December: 24, 29, 30, 31 December, 4 January → due Monday 4 January 2027;
      // 20 working days: … 22, 25 January → the formal process is due to end Monday 25 January 2027.
      { action: "escalate", date: "2026-12-23", delegateName: "Fatima Al-Sayed" },
      respond("2027-01-04"),
      // Monday 4 January: 5, 6, 7, 8, 11 January → due Monday 11 January.
      { action: "escalate", date: "2027-01-04", delegateName: "Gareth Price" },
      // Monday 11 January: 12, 13, 14, 15, 18 January → due Monday 18 January.
      { action: "escalate", date: "2027-01-11", delegateName: "Helen Osei" },
      // Monday 18 January: 19, 20, 21, 22, 25 January → due Monday 25 January.
      { action: "escalate", date: "2027-01-18", delegateName: "Ian Murray" },
      respond("2027-01-22", "Ian Murray"),
      { action: "resolve", date: "2027-01-25", text: "Contact started on 25 January." },
    ]);
    const events = results.map((r) => r.event);
    expect(events.map((e) => [e.type, e.stage])).toEqual([
      ["raise-informal", "informal"],
      ["respond", "informal"],
      ["escalate", "formal-1"],
      ["respond", "formal-1"],
      ["escalate", "formal-2"],
      ["escalate", "formal-3"],
      ["escalate", "formal-4"],
      ["respond", "formal-4"],
      ["resolve", "formal-4"],
    ]);
    expect(events.map((e) => e.responseDueDate)).toEqual([
      "2026-12-30", undefined, "2027-01-04", undefined, "2027-01-11", "2027-01-18", "2027-01-25", undefined, undefined,
    ]);
    // The formal clock starts at the first formal step (23 December) and does not restart at each stage.
    expect(events.map((e) => e.formalDueDate)).toEqual([
      undefined, undefined, "2027-01-25", "2027-01-25", "2027-01-25", "2027-01-25", "2027-01-25", "2027-01-25", undefined,
    ]);
    for (const [i, stage] of [[0, "informal"], [2, "formal-1"], [4, "formal-2"], [5, "formal-3"], [6, "formal-4"]] as const) {
      const step = stepFor(ladder, stage)!;
      expect(events[i]!.delegatedTo?.role).toBe(step.delegatedTo);
      expect(events[i]!.notified?.map((n) => n.role)).toEqual(step.notify);
    }
    expect(events[7]!.notified?.map((n) => n.role)).toEqual(stepFor(ladder, "formal-4")!.notifyOnResponse);
    expect(events[7]!.by.name).toBe("Ian Murray");
    expect(record.outcome).toEqual({ resolvedOn: "2027-01-25", summary: "Contact started on 25 January." });
    expect(results[8]!.summary.closes).toBe(true);

    expect(refusal(record, profile, respond("2027-01-26"))).toBe(
      "This escalation was resolved on 25 January 2027; a response cannot be added to a closed escalation",
    );
    expect(refusal(record, profile, { action: "escalate", date: "2027-01-26" })).toBe(
      "This escalation was resolved on 25 January 2027; a closed escalation cannot be escalated",
    );
    // A note may still be added to a closed escalation (what happened after, for the file).
    expect(planStep(record, { action: "note", date: "2027-01-26" }, profile, calendar).ok).toBe(true);
  });

  it("refuses to escalate past formal-4 and to escalate backwards", () => {
    const { record } = walk(notStarted(status), profile, [{ action: "raise", date: "2027-01-04", stage: "formal-3" }]);
    expect(refusal(record, profile, { action: "escalate", date: "2027-01-05", stage: "formal-2" })).toMatch(
      /^This escalation stands at .*\(formal-3\); escalating moves up the ladder, not to .*\(formal-2\)$/,
    );
    expect(refusal(record, profile, { action: "escalate", date: "2027-01-05", stage: "formal-3" })).toMatch(/escalating moves up the ladder/);
    const top = takeStep(record, { action: "escalate", date: "2027-01-05" }, profile, calendar).escalation;
    expect(refusal(top, profile, { action: "escalate", date: "2027-01-06" })).toMatch(
      /^This escalation stands at .*\(formal-4\), the last stage on the ladder; it cannot be escalated further/,
    );
  });

  it("bypasses straight to formal-3 (Easter 2027), the ladder allowing it", () => {
    expect(ladder.bypassAllowed).toBe(true);
    const { results } = walk(notStarted(status), profile, [
      // Tuesday 23 March 2027: 24, 25, 30, 31 March, 1 April (Good Friday 26 and Easter Monday 29 March skipped).
      // 20 working days: 24, 25, 30, 31 Mar, 1, 2, 5–9, 12–16, 19–22 April → Thursday 22 April 2027.
      { action: "raise", date: "2027-03-23", stage: "formal-3", delegateName: "Helen Osei" },
    ]);
    const e = results[0]!.event;
    expect([e.type, e.stage, e.responseDueDate, e.formalDueDate]).toEqual(["raise-formal", "formal-3", "2027-04-01", "2027-04-22"]);
    expect(e.delegatedTo?.role).toBe(stepFor(ladder, "formal-3")!.delegatedTo);
  });

  it("records legal advice at any open stage, telling whom the ladder names, without moving the stage", () => {
    const { record, results } = walk(notStarted(status), profile, [
      { action: "legal-advice", date: "2026-12-21" },
      { action: "raise", date: "2026-12-22", stage: "formal-2" },
      { action: "legal-advice", date: "2026-12-23" },
    ]);
    expect(results[2]!.event.stage).toBe("formal-2");
    expect(results[2]!.event.notified?.map((n) => n.role) ?? []).toEqual(ladder.legalAdvice.consult);
    expect(allowedActions(record, profile, calendar, "2026-12-24")).toContain("escalate");
  });

  if (status === "child-protection") {
    it("refuses a Cafcass referral for a child on a child protection plan", () => {
      const { record } = walk(notStarted(status), profile, [
        { action: "raise", date: "2027-01-04", stage: "formal-1" },
        { action: "senior-meeting", date: "2027-01-05" },
      ]);
      expect(refusal(record, profile, { action: "refer-cafcass", date: "2027-01-06" })).toMatch(
        /^A Cafcass referral is only for a child in care; this escalation is for a child on a child protection plan \(.+\)$/,
      );
    });
  } else {
    it("refers to Cafcass alongside a stage for a child in care, leaving the escalation open at that stage", () => {
      const steps: StepRequest[] = [{ action: "raise", date: "2027-01-04", stage: "formal-1" }];
      if (ladder.cafcass.requiresSeniorMeeting) steps.push({ action: "senior-meeting", date: "2027-01-05" });
      steps.push({ action: "refer-cafcass", date: "2027-01-06" });
      const { record, results } = walk(notStarted(status), profile, steps);
      const referral = results[results.length - 1]!.event;
      expect([referral.type, referral.stage]).toEqual(["refer-cafcass", "formal-1"]);
      expect(referral.notified?.map((n) => n.role).sort()).toEqual([...new Set([...ladder.cafcass.consult, ...ladder.cafcass.inform])].sort());
      const next = allowedActions(record, profile, calendar, "2027-01-07");
      expect(next).toEqual(expect.arrayContaining(["respond", "escalate", "resolve"]));
      expect(next).not.toContain("refer-cafcass");
    });
  }
});

describe("Leicestershire's own rules for the ladder", () => {
  const lei = loadProfile("leicestershire");

  it("refuses Cafcass before the meeting with the Assistant Director and Heads of Service, and allows it after", () => {
    const { record } = walk(notStarted("looked-after"), lei, [{ action: "raise", date: "2027-01-04", stage: "formal-4" }]);
    expect(refusal(record, lei, { action: "refer-cafcass", date: "2027-01-05" })).toBe(
      "A Cafcass referral comes after a meeting with the Assistant Director, the Head of Service and the Head of Service for Safeguarding and Performance; " +
        "none is recorded on or before 5 January 2027, so record the senior managers' meeting first " +
        "(Leicestershire County Council, Stage Four – Assistant Director (CAFCASS) [LEI-CAF])",
    );
    const met = takeStep(record, { action: "senior-meeting", date: "2027-01-05" }, lei, calendar);
    expect(met.event.notified?.map((n) => n.role)).toEqual(["Assistant Director", "Head of Service", "Head of Service for Safeguarding and Performance"]);
    expect(met.event.attendees?.map((n) => n.role)).toEqual(["Assistant Director", "Head of Service", "Head of Service for Safeguarding and Performance"]);
    // The same day as the meeting is allowed: the meeting is held, then the IRO refers.
    expect(planStep(met.escalation, { action: "refer-cafcass", date: "2027-01-05" }, lei, calendar).ok).toBe(true);
  });

  it("refuses Cafcass after a meeting without the Head of Service for Safeguarding and Performance", () => {
    const { record } = walk(notStarted("looked-after"), lei, [{ action: "raise", date: "2027-01-04", stage: "formal-4" }]);
    const met = takeStep(record, { action: "senior-meeting", date: "2027-01-05", attendees: ["Assistant Director", "Head of Service"] }, lei, calendar);
    expect(refusal(met.escalation, lei, { action: "refer-cafcass", date: "2027-01-06" })).toBe(
      "A Cafcass referral comes after a meeting with the Assistant Director, the Head of Service and the Head of Service for Safeguarding and Performance; " +
        "the meeting on 5 January 2027 is recorded but it does not record the Head of Service for Safeguarding and Performance as attending, so record the meeting with them first " +
        "(Leicestershire County Council, Stage Four – Assistant Director (CAFCASS) [LEI-CAF])",
    );
  });

  it("names the standard when refusing Cafcass for a child protection plan", () => {
    const { record } = walk(notStarted("child-protection"), lei, [{ action: "raise", date: "2027-01-04", stage: "formal-1" }]);
    expect(refusal(record, lei, { action: "refer-cafcass", date: "2027-01-05" })).toBe(
      "A Cafcass referral is only for a child in care; this escalation is for a child on a child protection plan " +
        "(Leicestershire County Council, Stage Four – Assistant Director (CAFCASS) [LEI-CAF])",
    );
  });

  it("tells the Team Manager and Social Worker of a Stage Two response (notifyOnResponse)", () => {
    const { results } = walk(notStarted("looked-after"), lei, [
      { action: "raise", date: "2027-01-04", stage: "formal-2", delegateName: "Gareth Price" },
      { action: "respond", date: "2027-01-08", text: "Panel date booked." },
    ]);
    expect(results[1]!.event.by).toEqual({ name: "Gareth Price", role: "Service Manager" });
    expect(results[1]!.event.notified).toEqual([{ role: "Team Manager" }, { role: "Social Worker" }]);
  });
});

describe("Gloucestershire's stage table: the forms differ at level 2", () => {
  const gl = loadProfile("gloucestershire");
  it.each([
    ["looked-after", "Head of Service"],
    ["child-protection", "Group Manager"],
  ] as const)("a %s child's level 2 goes to the %s", (status, role) => {
    const step = takeStep(notStarted(status), { action: "raise", date: "2027-01-04", stage: "formal-2", delegateName: "Kim Lee" }, gl, calendar);
    expect(step.event.delegatedTo).toEqual({ name: "Kim Lee", role });
    expect(step.summary.delegatedTo).toEqual({ role, name: "Kim Lee" });
  });
});

describe("moves the ladder refuses whatever the profile", () => {
  const england = loadProfile("england");

  it("refuses bypassing stages where a ladder forbids it (no shipped ladder does; an authority's own profile may)", () => {
    const strict: ResolvedProfile = structuredClone(england);
    strict.escalation.ladders["looked-after"].bypassAllowed = false;
    const start = notStarted("looked-after");
    expect(refusal(start, strict, { action: "raise", date: "2027-01-04", stage: "formal-3" })).toMatch(
      /^This ladder does not allow a concern to be raised straight at Formal stage 3 \(formal-3\); raise it at Formal stage 1 \(formal-1\) \(IRO Handbook 2010, para 6\.2 \[NAT-HB-6\.2\]\)$/,
    );
    const { record } = walk(start, strict, [{ action: "raise", date: "2027-01-04", stage: "formal-1" }]);
    expect(refusal(record, strict, { action: "escalate", date: "2027-01-05", stage: "formal-3" })).toMatch(
      /^This ladder does not allow stages to be bypassed; escalate to Formal stage 2 \(formal-2\) next/,
    );
    expect(planStep(record, { action: "escalate", date: "2027-01-05" }, strict, calendar).ok).toBe(true);
  });

  it("refuses steps before the escalation is raised, and steps out of date order", () => {
    const start = notStarted("looked-after");
    expect(refusal(start, england, respond("2027-01-04"))).toBe("This escalation has not been raised yet; there is nothing to respond to");
    expect(refusal(start, england, { action: "escalate", date: "2027-01-04" })).toBe("This escalation has not been raised yet; raise it first");
    expect(refusal(start, england, { action: "resolve", date: "2027-01-04", text: "x" })).toMatch(/nothing to resolve/);
    expect(refusal(start, england, { action: "raise", date: "2026-12-17" })).toBe(
      "This step is dated 17 December 2026, before the latest step on 18 December 2026; steps are added in date order",
    );
    expect(refusal(start, england, { action: "raise", date: "2026-02-30" })).toMatch(/real date/);
  });

  it("refuses raising twice, and asks for what a response or resolution must say", () => {
    const informal = fixture(); // raised informally on 18 January 2027
    expect(refusal(informal, england, { action: "raise", date: "2027-01-19" })).toBe("This escalation was already raised informally on 18 January 2027");
    expect(refusal(informal, england, { action: "respond", date: "2027-01-19", text: "  " })).toMatch(/^Say what the response was/);
    expect(refusal(informal, england, { action: "resolve", date: "2027-01-19" })).toMatch(/^Say how the concern was resolved/);
    // Raising formally from informal is the chair accessing the formal process: allowed.
    const formal = takeStep(informal, { action: "raise", date: "2027-01-25", stage: "formal-1" }, england, calendar);
    expect(formal.event.type).toBe("raise-formal");
    expect(refusal(formal.escalation, england, { action: "raise", date: "2027-01-26", stage: "formal-2" })).toBe(
      "This escalation was raised formally on 25 January 2027 and stands at Formal stage 1 (formal-1); use escalate to move it up the ladder",
    );
  });

  it("asks who responded when the stage went to no named manager", () => {
    const { record } = walk(notStarted("looked-after"), england, [{ action: "raise", date: "2027-01-04", stage: "formal-1" }]);
    expect(refusal(record, england, { action: "respond", date: "2027-01-05", text: "Done." })).toBe(
      "Say who responded: Formal stage 1 (formal-1) was not delegated to a named manager",
    );
  });

  it("takeStep throws EscalationMoveError with the reason; the record passed in is not changed", () => {
    const closed = fixture();
    closed.events.push({ type: "resolve", date: "2027-02-03", by: closed.raisedBy, text: "Resolved." });
    const before = structuredClone(closed);
    expect(() => takeStep(closed, respond("2027-02-04"), england, calendar)).toThrow(EscalationMoveError);
    expect(() => takeStep(closed, respond("2027-02-04"), england, calendar)).toThrow(
      "This escalation was resolved on 3 February 2027; a response cannot be added to a closed escalation",
    );
    takeStep(closed, { action: "note", date: "2027-02-04" }, england, calendar);
    expect(closed).toEqual(before);
  });
});
