import { testRule } from "../test-rule.js";
import { moved, movedWithRecord, moveRecord } from "../../../test/fixtures/significant-changes.js";
import { ev, lookedAfterFrom } from "../../../test/fixtures/timeline.js";
import rule from "./gl-significant-change-from-events.js";

// Worked by hand (see the fixture): a move from foster care to a children's home on 2 Nov 2026 is
// "an actual change of placement" (Section 6.1, IRO Handbook 3.74); the IRO's decision is due by the
// next review, held on 10 Dec 2026 (day N in time, 11 Dec late).
testRule(rule, {
  profile: "gloucestershire",
  valid: [
    { why: "the move told to the IRO, decided on the day of the next review (day N)", record: movedWithRecord("2026-12-10"), asOf: "2027-01-11" },
    { why: "a missing episode told to the IRO and decided the next day", record: lookedAfterFrom("2026-09-01", {
      events: [ev("looked-after-review", "2026-09-28"), ev("missing-episode", "2026-11-16")],
      records: [{ ...moveRecord("2026-11-17", "missing-from-care"), occurredOn: "2026-11-16" }],
    }), asOf: "2027-01-11" },
  ],
  invalid: [
    {
      why: "the move with no significant-change record, the day after the next review (N+1)",
      record: moved(),
      asOf: "2026-12-11",
      errors: [{ messageId: "noRecord", path: "/placements/1/startDate", severity: "error" }],
    },
    {
      why: "decided on 11 December, the day after the next review",
      record: movedWithRecord("2026-12-11"),
      asOf: "2027-01-11",
      errors: [{ messageId: "decisionLate", path: "/records/0/decision/decidedOn" }],
    },
  ],
});
