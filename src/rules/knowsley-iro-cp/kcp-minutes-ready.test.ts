import { testRule } from "../test-rule.js";
import { cpConference } from "../../../test/fixtures/records.js";
import rule from "./kcp-minutes-ready.js";

// Conference on Monday 14 December 2026. 15 working days, worked by hand: 15–18 Dec (1–4),
// 21–24 Dec (5–8), 25 Dec (Fri) and 28 Dec (Mon) bank holidays with the weekend between,
// 29–31 Dec (9–11), 1 Jan 2027 (Fri) bank holiday, 4 Jan (12), 5 Jan (13), 6 Jan (14),
// 7 Jan (15), 8 Jan (16). So Thursday 7 January 2027 is day 15 and Friday 8 January is day 16.
const withMinutes = (minutes: { readyOn?: string; distributedOn?: string } | undefined) => {
  const c = cpConference();
  if (minutes === undefined) delete c.minutes;
  else c.minutes = minutes;
  return c;
};

testRule(rule, {
  profile: "knowsley",
  valid: [
    { why: "the fixture's minutes were ready on 23 December 2026, day 7", record: cpConference() },
    { why: "ready on 6 January 2027, day 14", record: withMinutes({ readyOn: "2027-01-06" }) },
    { why: "ready on 7 January 2027, day 15, across Christmas and New Year", record: withMinutes({ readyOn: "2027-01-07" }) },
    { why: "only the distribution date is recorded, and it is day 15", record: withMinutes({ distributedOn: "2027-01-07" }) },
    { why: "ready on day 15 and sent out later: the standard times them being ready", record: withMinutes({ readyOn: "2027-01-07", distributedOn: "2027-01-11" }) },
    { why: "no minutes date yet, and today is the due day 7 January 2027", record: withMinutes(undefined), asOf: "2027-01-07" },
  ],
  invalid: [
    {
      why: "ready on 8 January 2027, day 16",
      record: withMinutes({ readyOn: "2027-01-08" }),
      errors: [{ messageId: "late", path: "/minutes/readyOn" }],
    },
    {
      why: "only a distribution date, on day 16",
      record: withMinutes({ distributedOn: "2027-01-08" }),
      errors: [{ messageId: "late", path: "/minutes/distributedOn" }],
    },
    {
      why: "no minutes recorded and today is 8 January 2027, the day after they were due",
      record: withMinutes(undefined),
      asOf: "2027-01-08",
      errors: [{ messageId: "overdue", path: "/minutes/readyOn" }],
    },
    {
      why: "a minutes entry with neither date, long past the due date",
      record: withMinutes({}),
      asOf: "2027-02-01",
      errors: [{ messageId: "overdue", path: "/minutes/readyOn" }],
    },
  ],
});
