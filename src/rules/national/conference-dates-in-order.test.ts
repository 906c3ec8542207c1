import { testRule } from "../test-rule.js";
import { cpConference } from "../../../test/fixtures/records.js";
import rule from "./conference-dates-in-order.js";

// The fixture's initial conference is held on Mon 14 Dec 2026, after a strategy discussion on 24 Nov.
function conference(change: (c: ReturnType<typeof cpConference>) => void) {
  const c = cpConference();
  change(c);
  return c;
}

testRule(rule, {
  profile: "england",
  valid: [
    { why: "the fixture: strategy discussion, conference, then minutes and core group", record: cpConference() },
    { why: "minutes ready on the day of the conference", record: conference((c) => (c.minutes = { readyOn: "2026-12-14", distributedOn: "2026-12-14" })) },
    { why: "strategy discussion on the same day as the conference", record: conference((c) => (c.strategyDiscussionDate = "2026-12-14")) },
  ],
  invalid: [
    { why: "minutes distributed the day before the conference", record: conference((c) => (c.minutes = { readyOn: "2026-12-14", distributedOn: "2026-12-13" })), errors: [{ messageId: "beforeConference", path: "/minutes/distributedOn" }] },
    { why: "first core group before the conference", record: conference((c) => (c.firstCoreGroupDate = "2026-12-01")), errors: [{ messageId: "beforeConference", path: "/firstCoreGroupDate" }] },
    { why: "next review conference before this one", record: conference((c) => (c.nextReviewConferenceDate = "2026-03-12")), errors: [{ messageId: "beforeConference", path: "/nextReviewConferenceDate" }] },
    { why: "strategy discussion after the conference", record: conference((c) => (c.strategyDiscussionDate = "2026-12-15")), errors: [{ messageId: "strategyAfter", path: "/strategyDiscussionDate" }] },
  ],
});
