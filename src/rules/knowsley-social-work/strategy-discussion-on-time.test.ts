import { testRule } from "../test-rule.js";
import { blankCaseFile, ev } from "../../../test/fixtures/timeline.js";
import rule from "./strategy-discussion-on-time.js";

// Decision at 10:00 Sun 14 Mar 2027 → discussion within 24 hours → 10:00 Mon 15 Mar.
// Discussion on Thu 25 Mar → minutes within 1 working day: Good Friday 26 Mar and Easter Monday
// 29 Mar are bank holidays → Tue 30 Mar.
const decided = (at: string) =>
  blankCaseFile({ events: [ev("strategy-discussion-decision", "2027-03-14", { dateTime: "2027-03-14T10:00" }), ev("strategy-discussion", at.slice(0, 10), { dateTime: at, minutesDistributedOn: "2027-03-16" })] });
const minutes = (on?: string) => blankCaseFile({ events: [ev("strategy-discussion", "2027-03-25", on ? { minutesDistributedOn: on } : {})] });

testRule(rule, {
  profile: "knowsley",
  valid: [
    { why: "discussion exactly 24 hours after the decision", record: decided("2027-03-15T10:00"), asOf: "2027-03-20" },
    { why: "minutes on the first working day after Easter, Tue 30 Mar", record: minutes("2027-03-30"), asOf: "2027-04-01" },
    { why: "minutes not sent yet, due today", record: minutes(), asOf: "2027-03-30" },
  ],
  invalid: [
    { why: "discussion a minute past 24 hours", record: decided("2027-03-15T10:01"), asOf: "2027-03-20", errors: [{ messageId: "late", path: "/events/1" }] },
    { why: "minutes on Wed 31 Mar, the second working day", record: minutes("2027-03-31"), asOf: "2027-04-01", errors: [{ messageId: "late", path: "/events/0/minutesDistributedOn" }] },
    { why: "no minutes by Wed 31 Mar", record: minutes(), asOf: "2027-03-31", errors: [{ messageId: "overdue", path: "/events/0" }] },
  ],
});
