import { testRule } from "../test-rule.js";
import { moved, movedWithRecord, moveRecord } from "../../../test/fixtures/significant-changes.js";
import { ev, lookedAfterFrom } from "../../../test/fixtures/timeline.js";
import rule from "./kiro-significant-change-from-events.js";

// Worked by hand (see the fixture): the move on 2 Nov 2026 needs the IRO's decision by the next
// review, held on 10 Dec 2026: decided on 10 Dec is day N (in time), 11 Dec is N+1 (late).
testRule(rule, {
  profile: "knowsley",
  valid: [
    { why: "the move told to the IRO, decided on the day of the next review (day N)", record: movedWithRecord("2026-12-10"), asOf: "2027-01-11" },
    { why: "a proposed move recorded before it happened counts", record: movedWithRecord("2026-11-20", "proposed-placement-change"), asOf: "2027-01-11" },
    { why: "still pending, but the next review has not come yet", record: movedWithRecord("pending"), asOf: "2026-12-10" },
    { why: "one placement only: nothing changed (not applicable)", record: lookedAfterFrom("2026-09-01"), asOf: "2027-01-11" },
  ],
  invalid: [
    {
      why: "a move to a children's home with no significant-change record, after the next review",
      record: moved(),
      asOf: "2026-12-11",
      errors: [{ messageId: "noRecord", path: "/placements/1/startDate", severity: "error" }],
    },
    {
      why: "no record yet, on the day of the next review: a warning until it passes",
      record: moved(),
      asOf: "2026-12-10",
      errors: [{ messageId: "noRecordYet", path: "/placements/1/startDate", severity: "warning" }],
    },
    {
      why: "decided on 11 December, the day after the next review (N+1)",
      record: movedWithRecord("2026-12-11"),
      asOf: "2027-01-11",
      errors: [{ messageId: "decisionLate", path: "/records/0/decision/decidedOn" }],
    },
    {
      why: "still pending after the next review",
      record: movedWithRecord("pending"),
      asOf: "2026-12-11",
      errors: [{ messageId: "decisionPending", path: "/records/0/decision/outcome" }],
    },
    {
      why: "a record about something else (a new social worker) does not tell the IRO of the move",
      record: movedWithRecord("2026-11-10", "change-of-social-worker"),
      asOf: "2027-01-11",
      errors: [{ messageId: "noRecord", path: "/placements/1/startDate" }],
    },
    {
      why: "interim care order to care order on 2 Nov, and a missing episode on 16 Nov, neither recorded",
      record: lookedAfterFrom("2026-09-01", {
        legalStatus: [
          { status: "interim-care-order", from: "2026-09-01", to: "2026-11-01" },
          { status: "care-order", from: "2026-11-02" },
        ],
        events: [ev("looked-after-review", "2026-09-28"), ev("missing-episode", "2026-11-16", { endDate: "2026-11-17" }), ev("looked-after-review", "2026-12-10")],
      }),
      asOf: "2027-01-11",
      errors: [
        { messageId: "noRecord", path: "/legalStatus/1/from" },
        { messageId: "noRecord", path: "/events/1/date" },
      ],
    },
    {
      why: "two moves, one record: the record stands for one move only",
      record: moved({
        placements: [
          { id: "P1", type: "foster-care", startDate: "2026-09-01", endDate: "2026-10-05", outOfBorough: false },
          { id: "P2", type: "foster-care", startDate: "2026-10-05", endDate: "2026-11-02", outOfBorough: false },
          { id: "P3", type: "residential", startDate: "2026-11-02", outOfBorough: false },
        ],
        records: [moveRecord("2026-11-20")],
      }),
      asOf: "2027-01-11",
      errors: [{ messageId: "noRecord", path: "/placements/1/startDate" }],
    },
  ],
});
