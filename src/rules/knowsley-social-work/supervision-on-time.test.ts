import { testRule } from "../test-rule.js";
import { blankCaseFile, ev } from "../../../test/fixtures/timeline.js";
import rule from "./supervision-on-time.js";

// Supervision Thu 10 Dec 2026 → its record within 1 week → Thu 17 Dec; the next within 28 days → Thu 7 Jan 2027.
const sessions = (...events: ReturnType<typeof ev>[]) => blankCaseFile({ events });

testRule(rule, {
  profile: "knowsley",
  valid: [
    {
      why: "recorded on day 7, next session on day 28",
      record: sessions(ev("supervision", "2026-12-10", { recordedOn: "2026-12-17" }), ev("supervision", "2027-01-07", { recordedOn: "2027-01-08" })),
      asOf: "2027-01-08",
    },
    { why: "no supervision recorded: nothing to check", record: sessions(), asOf: "2027-01-08" },
    {
      why: "ad-hoc discussion Thu 10 Dec 2026 at 14:00 recorded on Sat 12 Dec, the day 48 hours end (a bare date on the due day passes)",
      record: sessions(ev("supervision", "2026-12-10", { dateTime: "2026-12-10T14:00", adHoc: true, recordedOn: "2026-12-12" })),
      asOf: "2027-01-08",
    },
    {
      why: "an ad-hoc discussion between formal sessions 28 days apart changes nothing",
      record: sessions(
        ev("supervision", "2026-12-10", { recordedOn: "2026-12-17" }),
        ev("supervision", "2026-12-20", { adHoc: true, recordedOn: "2026-12-21" }),
        ev("supervision", "2027-01-07", { recordedOn: "2027-01-08" }),
      ),
      asOf: "2027-01-08",
    },
  ],
  invalid: [
    {
      why: "recorded on day 8, next session on day 29",
      record: sessions(ev("supervision", "2026-12-10", { recordedOn: "2026-12-18" }), ev("supervision", "2027-01-08", { recordedOn: "2027-01-08" })),
      asOf: "2027-01-09",
      errors: [
        { messageId: "late", path: "/events/0/recordedOn" },
        { messageId: "late", path: "/events/1" },
      ],
    },
    {
      why: "ad-hoc discussion Thu 10 Dec 2026 at 14:00 recorded on Sun 13 Dec, after the 48 hours (a formal session's week would have allowed it)",
      record: sessions(ev("supervision", "2026-12-10", { dateTime: "2026-12-10T14:00", adHoc: true, recordedOn: "2026-12-13" })),
      asOf: "2027-01-08",
      errors: [{ messageId: "late", path: "/events/0/recordedOn" }],
    },
    {
      why: "ad-hoc discussion on Thu 10 Dec 2026 (no time) not recorded by Mon 14 Dec",
      record: sessions(ev("supervision", "2026-12-10", { adHoc: true })),
      asOf: "2026-12-14",
      errors: [{ messageId: "overdue", path: "/events/0" }],
    },
    {
      why: "an ad-hoc discussion on 20 Dec is not formal supervision: none since 10 Dec by Fri 8 Jan",
      record: sessions(ev("supervision", "2026-12-10", { recordedOn: "2026-12-11" }), ev("supervision", "2026-12-20", { adHoc: true, recordedOn: "2026-12-21" })),
      asOf: "2027-01-08",
      errors: [{ messageId: "overdue", path: "/events/0" }],
    },
    { why: "no session since 10 Dec by Fri 8 Jan", record: sessions(ev("supervision", "2026-12-10", { recordedOn: "2026-12-11" })), asOf: "2027-01-08", errors: [{ messageId: "overdue", path: "/events/0" }] },
  ],
});
