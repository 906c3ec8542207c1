import { describe, expect, it } from "vitest";
import { ruleContext as ctx } from "../../../test/fixtures/rule-context.js";
import { checkBefore, checkWithin } from "./deadline.js";

const reports = (trigger: string, done: string | undefined) => ({ trigger, done, timescale: "review-reports", path: "/reportsReceived/0/receivedOn", messages: { late: "late" } });
const toFamily = (trigger: string, done: string | undefined) => ({ trigger, done, timescale: "conference-report-to-family", path: "/socialWorkReport/sharedWithFamilyAt", messages: { late: "late" } });

describe("checkBefore", () => {
  it("counts back over Christmas: reports for a review on 4 January 2027 are due by 23 December 2026", () => {
    // why: KSW-8.REP, 5 working days before. Back from Monday 4 January: 31, 30, 29 December (1–3);
    // 28 December is the substitute Boxing Day and 25 December Christmas Day; 24 and 23 December (4, 5).
    const c = ctx("2027-01-10");
    expect(checkBefore(c, reports("2027-01-04", "2026-12-23"))).toBe("2026-12-23");
    expect(c.reported).toEqual([]); // day N: on time
    checkBefore(c, reports("2027-01-04", "2026-12-24")); // day N+1: late
    expect(c.reported.map((r) => [r.messageId, r.due])).toEqual([["late", "2026-12-23"]]);
  });

  it("gives each meeting and timescale its own answer when checks alternate between them", () => {
    // why: the latest date is remembered for the last meeting asked about; a different meeting,
    // timescale or calendar must not get it. Easter Monday 29 March 2027 and Good Friday 26 March
    // are bank holidays: 5 working days back from the 29th is 19 March. 24 hours before a
    // conference at 10:00 is 10:00 the day before; before a bare date, the day before.
    const c = ctx("2027-06-01");
    const answers = [
      checkBefore(c, reports("2027-01-04", undefined)),
      checkBefore(c, reports("2027-03-29", undefined)),
      checkBefore(c, reports("2027-01-04", undefined)),
      checkBefore(c, toFamily("2027-01-04", undefined)),
      checkBefore(c, toFamily("2026-12-22T10:00", undefined)),
      checkBefore(c, toFamily("2026-12-22", undefined)),
      checkBefore(c, reports("2027-03-29", undefined)),
      checkBefore({ ...c, calendar: { ...c.calendar, addDuration: () => "2000-01-01" } }, reports("2027-03-29", undefined)),
    ];
    expect(answers).toEqual(["2026-12-23", "2027-03-19", "2026-12-23", "2027-01-03", "2026-12-21T10:00", "2026-12-21", "2027-03-19", "2000-01-01"]);
  });
});

describe("checkWithin", () => {
  it("reports overdue only after the due date, with the message's facts", () => {
    // why: Knowsley's lac-minutes is 20 working days (KIRO-2.9). From Monday 7 December 2026, over
    // Christmas (25 and 28 December) and New Year's Day: due Thursday 7 January 2027 (day N).
    const onDue = ctx("2027-01-07");
    expect(checkWithin(onDue, { trigger: "2026-12-07", done: undefined, timescale: "lac-minutes", path: "/minutes/completedOn", messages: { late: "late", overdue: "overdue" } })).toBe("2027-01-07");
    expect(onDue.reported).toEqual([]);
    const after = ctx("2027-01-08");
    checkWithin(after, { trigger: "2026-12-07", done: undefined, timescale: "lac-minutes", path: "/minutes/completedOn", messages: { late: "late", overdue: "overdue" } });
    expect(after.reported).toEqual([
      {
        messageId: "overdue",
        path: "/minutes/completedOn",
        timescale: "lac-minutes",
        due: "2027-01-07",
        data: { trigger: "7 December 2026", due: "7 January 2027", limit: "20 working days", asOf: "8 January 2027" },
      },
    ]);
  });
});
