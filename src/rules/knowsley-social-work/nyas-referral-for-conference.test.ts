import { testRule } from "../test-rule.js";
import { cpConference } from "../../../test/fixtures/records.js";
import rule from "./nyas-referral-for-conference.js";

// Conference on Mon 14 Dec 2026; Knowsley refers children aged 11 or over (profile advocacy.minAge).
// Born 14 Dec 2015: 11 on the day. Born 15 Dec 2015: still 10.
function conference(dateOfBirth: string, change: (c: ReturnType<typeof cpConference>) => void = () => {}) {
  const c = cpConference();
  c.children = c.children.map((child) => ({ ...child, dateOfBirth }));
  change(c);
  return c;
}

testRule(rule, {
  profile: "knowsley",
  valid: [
    { why: "the child is 10 on the day (11 tomorrow)", record: conference("2015-12-15") },
    { why: "11 today and referred to NYAS before the conference", record: conference("2015-12-14", (c) => (c.childParticipation = [{ childId: "KN-0002", how: "drawing", nyasReferredOn: "2026-12-01" }])) },
    { why: "11 and the conference's advocacy referral is recorded", record: conference("2015-12-14", (c) => (c.advocacy = { offered: true, referredOn: "2026-12-10", service: "NYAS" })) },
    { why: "11 and an advocate spoke for the child", record: conference("2015-12-14", (c) => (c.childParticipation = [{ childId: "KN-0002", how: "advocate" }])) },
    { why: "11 and the child declined, with the reason recorded", record: conference("2015-12-14", (c) => (c.advocacy = { offered: true, declinedReason: "Wants to write a letter instead." })) },
  ],
  invalid: [
    { why: "11 today and no referral", record: conference("2015-12-14"), errors: [{ messageId: "notReferred", path: "/children/0" }] },
    {
      why: "referred the day after the conference",
      record: conference("2014-05-09", (c) => (c.childParticipation = [{ childId: "KN-0002", how: "drawing", nyasReferredOn: "2026-12-15" }])),
      errors: [{ messageId: "referredAfter", path: "/childParticipation/0/nyasReferredOn" }],
    },
  ],
});
