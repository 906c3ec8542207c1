import { testRule } from "../test-rule.js";
import { cpConference } from "../../../test/fixtures/records.js";
import rule from "./conference-report-shared-in-time.js";

// Initial conference Mon 14 Dec 2026. To the QA unit 3 working days before: 11 Dec (1), 10 Dec (2),
// 9 Dec (3) → by Wed 9 Dec. To the family at least 24 hours before: with a 10:00 start, by 10:00 Sun
// 13 Dec; from the date alone, by Sun 13 Dec. Christmas: a conference on Wed 30 Dec → QA by Wed 23 Dec
// (29 Dec, 24 Dec, 23 Dec; 25 and 28 Dec are bank holidays).
function conference(change: (c: ReturnType<typeof cpConference>) => void) {
  const c = cpConference();
  change(c);
  return c;
}
const sw = (c: ReturnType<typeof cpConference>) => c.reportsReceived[0]!;

testRule(rule, {
  profile: "knowsley",
  valid: [
    { why: "the fixture: shared 11 Dec, to QA 8 Dec", record: cpConference() },
    { why: "to QA on day 3 before, Wed 9 Dec", record: conference((c) => (sw(c).sentToQaOn = "2026-12-09")) },
    { why: "shared exactly 24 hours before a 10:00 start", record: conference((c) => ((c.conferenceStartedAt = "2026-12-14T10:00"), (sw(c).sharedWithFamilyOn = "2026-12-13T10:00"))) },
    { why: "across Christmas: to QA on Wed 23 Dec for Wed 30 Dec", record: conference((c) => ((c.conferenceDate = "2026-12-30"), (sw(c).sentToQaOn = "2026-12-23"), (sw(c).sharedWithFamilyOn = "2026-12-29"))) },
    { why: "a review conference is KSW-4.RCPC's", record: conference((c) => (c.conferenceType = "review")) },
  ],
  invalid: [
    { why: "to QA on Thu 10 Dec, 2 working days before", record: conference((c) => (sw(c).sentToQaOn = "2026-12-10")), errors: [{ messageId: "qaLate", path: "/reportsReceived/0/sentToQaOn" }] },
    {
      why: "shared a minute under 24 hours before",
      record: conference((c) => ((c.conferenceStartedAt = "2026-12-14T10:00"), (sw(c).sharedWithFamilyOn = "2026-12-13T10:01"))),
      errors: [{ messageId: "familyLate", path: "/reportsReceived/0/sharedWithFamilyOn" }],
    },
    { why: "across Christmas: to QA on Thu 24 Dec for Wed 30 Dec", record: conference((c) => ((c.conferenceDate = "2026-12-30"), (sw(c).sentToQaOn = "2026-12-24"), (sw(c).sharedWithFamilyOn = "2026-12-29"))), errors: [{ messageId: "qaLate" }] },
    {
      why: "the socialWorkReport has no dates once the conference has passed",
      record: conference((c) => (c.socialWorkReport = {})),
      asOf: "2026-12-15",
      errors: [
        { messageId: "familyNotRecorded", path: "/socialWorkReport/sharedWithFamilyAt", severity: "warning" },
        { messageId: "qaNotRecorded", path: "/socialWorkReport/sentToQaOn", severity: "warning" },
      ],
    },
  ],
});
