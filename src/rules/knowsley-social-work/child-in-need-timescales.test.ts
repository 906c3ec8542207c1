import { testRule } from "../test-rule.js";
import { blankCaseFile, ev } from "../../../test/fixtures/timeline.js";
import rule from "./child-in-need-timescales.js";

// Need apparent Thu 17 Dec 2026 → meeting in 10 working days: 18–24 Dec = 5, 29–31 Dec = 8,
// 4–5 Jan = 10 → Tue 5 Jan 2027. Visits every 6 weeks from 17 Dec → Thu 28 Jan.
// Plan reviewed within 6 weeks of the meeting on 5 Jan → Tue 16 Feb.
const cin = (...events: ReturnType<typeof ev>[]) => blankCaseFile({ events: [ev("cin-start", "2026-12-17"), ...events] });

testRule(rule, {
  profile: "knowsley",
  valid: [
    {
      why: "meeting on day 10, visit on 28 Jan, review on 16 Feb",
      record: cin(ev("cin-meeting", "2027-01-05"), ev("cin-visit", "2027-01-28"), ev("cin-plan-review", "2027-02-16")),
      asOf: "2027-02-17",
    },
  ],
  invalid: [
    { why: "meeting on day 11, Wed 6 Jan", record: cin(ev("cin-meeting", "2027-01-06")), asOf: "2027-01-07", errors: [{ messageId: "late", path: "/events/1" }] },
    { why: "no meeting by Wed 6 Jan", record: cin(), asOf: "2027-01-06", errors: [{ messageId: "overdue", path: "/events/0" }] },
    {
      why: "visit on Fri 29 Jan and review on Wed 17 Feb, a day late each",
      record: cin(ev("cin-meeting", "2027-01-05"), ev("cin-visit", "2027-01-29"), ev("cin-plan-review", "2027-02-17")),
      asOf: "2027-02-18",
      errors: [
        { messageId: "late", path: "/events/2" },
        { messageId: "late", path: "/events/3" },
      ],
    },
  ],
});
