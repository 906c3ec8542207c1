import { testRule } from "../test-rule.js";
import { cpConference, lookedAfterReview } from "../../../test/fixtures/records.js";
import rule from "./wb-seen-before-meeting.js";

// Conference on 14 December 2026. A report shared with the family on 14 December (bare date) counts
// as before; on 15 December is after. With a start time of 10:00, a report shared at 10:30 is after.
const conference = (change: (c: ReturnType<typeof cpConference>) => void) => {
  const c = cpConference();
  c.seenBeforeMeeting = { child: true, family: true };
  change(c);
  return c;
};

testRule(rule, {
  profile: "west-berkshire",
  valid: [
    { why: "the fixture conference, with both having seen the reports (shared 11 December)", record: conference(() => {}) },
    { why: "a report shared with the family on the conference day", record: conference((c) => (c.reportsReceived[0]!.sharedWithFamilyOn = "2026-12-14")) },
    {
      why: "a review where both saw the reports",
      record: (() => {
        const r = lookedAfterReview();
        r.seenBeforeMeeting = { child: true, family: true };
        return r;
      })(),
    },
  ],
  invalid: [
    {
      why: "nothing recorded",
      record: cpConference(),
      errors: [
        { messageId: "familyNotSeen", path: "/seenBeforeMeeting/family", severity: "error" },
        { messageId: "childNotSeen", path: "/seenBeforeMeeting/child", severity: "warning" },
      ],
    },
    {
      why: "the family had not seen the reports",
      record: conference((c) => (c.seenBeforeMeeting = { child: true, family: false })),
      errors: [{ messageId: "familyNotSeen", path: "/seenBeforeMeeting/family", severity: "error" }],
    },
    {
      why: "the child had not: a warning, since the standard sets no age",
      record: conference((c) => (c.seenBeforeMeeting = { child: false, family: true })),
      errors: [{ messageId: "childNotSeen", path: "/seenBeforeMeeting/child", severity: "warning" }],
    },
    {
      why: "a report shared with the family on 15 December, the day after the conference",
      record: conference((c) => (c.reportsReceived[0]!.sharedWithFamilyOn = "2026-12-15")),
      errors: [{ messageId: "sharedAfter", path: "/reportsReceived/0/sharedWithFamilyOn" }],
    },
    {
      why: "conference started at 10:00 and the report was shared at 10:30 that day",
      record: conference((c) => {
        c.conferenceStartedAt = "2026-12-14T10:00";
        c.reportsReceived[0]!.sharedWithFamilyOn = "2026-12-14T10:30";
      }),
      errors: [{ messageId: "sharedAfter", path: "/reportsReceived/0/sharedWithFamilyOn" }],
    },
  ],
});
