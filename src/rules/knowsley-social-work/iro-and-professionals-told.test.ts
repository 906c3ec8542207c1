import { testRule } from "../test-rule.js";
import { ev, lookedAfterFrom } from "../../../test/fixtures/timeline.js";
import rule from "./iro-and-professionals-told.js";

// Looked after Wed 23 Dec 2026: IRO told within 2 working days → 24 Dec (1), 29 Dec (2) → Tue 29 Dec;
// others within 5 → 24, 29, 30, 31 Dec, 4 Jan → Mon 4 Jan 2027 (25 and 28 Dec, 1 Jan are bank holidays).
const told = (...events: ReturnType<typeof ev>[]) => lookedAfterFrom("2026-12-23", { events });

testRule(rule, {
  profile: "knowsley",
  valid: [
    { why: "IRO told on day 2 and others on day 5", record: told(ev("iro-notified", "2026-12-29"), ev("professionals-notified", "2027-01-04")), asOf: "2027-01-05" },
    { why: "under England there is no such timescale", record: told(), asOf: "2027-02-01", profile: "england" },
  ],
  invalid: [
    {
      why: "IRO told on day 3, others on day 6",
      record: told(ev("iro-notified", "2026-12-30"), ev("professionals-notified", "2027-01-05")),
      asOf: "2027-01-06",
      errors: [
        { messageId: "late", path: "/events/0" },
        { messageId: "late", path: "/events/1" },
      ],
    },
    { why: "IRO not told by Wed 30 Dec", record: told(ev("professionals-notified", "2026-12-24")), asOf: "2026-12-30", errors: [{ messageId: "overdue", path: "/legalStatus/0/from" }] },
  ],
});
