import { testRule } from "../test-rule.js";
import { blankCaseFile, ev, onPlanFrom } from "../../../test/fixtures/timeline.js";
import rule from "./child-protection-conferences-on-time.js";

// Strategy discussion Mon 15 Mar 2027 → conference within 15 working days, skipping Good Friday 26 Mar
// and Easter Monday 29 Mar: 16–19 Mar = 4, 22–25 Mar = 8, 30 Mar–2 Apr = 12, 5–7 Apr = 15 → Wed 7 Apr.
// Christmas: discussion Thu 10 Dec 2026 → 11–24 Dec = 10, 29–31 Dec = 13, 4–5 Jan = 15 → Tue 5 Jan 2027.
// Plan from Wed 7 Apr: first core group 10 working days → Wed 21 Apr; first review conference 3 months → Wed 7 Jul.
const enquiry = (sd: string, icpc: string) => blankCaseFile({ events: [ev("strategy-discussion", sd), ev("initial-conference", icpc)] });
const plan = (...events: ReturnType<typeof ev>[]) => onPlanFrom("2027-04-07", { events: [ev("initial-conference", "2027-04-07"), ...events] });

testRule(rule, {
  profile: "england",
  valid: [
    { why: "conference on day 15 across Easter, Wed 7 Apr", record: enquiry("2027-03-15", "2027-04-07"), asOf: "2027-04-08" },
    { why: "conference on day 15 across Christmas, Tue 5 Jan", record: enquiry("2026-12-10", "2027-01-05"), asOf: "2027-01-06" },
    { why: "first core group on day 10, first review conference on 7 Jul", record: plan(ev("core-group", "2027-04-21"), ev("review-conference", "2027-07-07")), asOf: "2027-07-08" },
    { why: "Knowsley cites its own section 3 for the initial conference", record: blankCaseFile({ events: [ev("strategy-discussion", "2027-03-15")] }), asOf: "2027-05-01", profile: "knowsley" },
  ],
  invalid: [
    { why: "conference on day 16, Thu 8 Apr", record: enquiry("2027-03-15", "2027-04-08"), asOf: "2027-04-09", errors: [{ messageId: "late", path: "/events/1" }] },
    { why: "conference on day 16 across Christmas, Wed 6 Jan", record: enquiry("2026-12-10", "2027-01-06"), asOf: "2027-01-07", errors: [{ messageId: "late", path: "/events/1" }] },
    { why: "no conference by Thu 8 Apr", record: blankCaseFile({ events: [ev("strategy-discussion", "2027-03-15")] }), asOf: "2027-04-08", errors: [{ messageId: "overdue", path: "/events/0" }] },
    { why: "first core group on day 11, Thu 22 Apr", record: plan(ev("core-group", "2027-04-22")), asOf: "2027-04-23", errors: [{ messageId: "late", path: "/events/1" }] },
    {
      why: "first review conference on Thu 8 Jul, a day past 3 months",
      record: plan(ev("core-group", "2027-04-21"), ev("review-conference", "2027-07-08")),
      asOf: "2027-07-09",
      errors: [{ messageId: "late", path: "/events/2" }],
    },
  ],
});
