import { testRule } from "../test-rule.js";
import { lookedAfterReview } from "../../../test/fixtures/records.js";
import rule from "./kiro-minutes-timely.js";

// Review on Thursday 10 December 2026. 20 working days, worked by hand: 11 Dec (1), 14–18 Dec (2–6),
// 21–24 Dec (7–10), 25 and 28 Dec bank holidays, 29–31 Dec (11–13), 1 Jan bank holiday,
// 4–8 Jan (14–18), 11 Jan (19), 12 Jan 2027 (20). So 12 January is day 20 and 13 January day 21.
const withMinutes = (minutes: { completedOn?: string; sentOn?: string } | undefined) => {
  const r = lookedAfterReview();
  if (minutes === undefined) delete r.minutes;
  else r.minutes = minutes;
  return r;
};

testRule(rule, {
  profile: "knowsley",
  valid: [
    { why: "the fixture's minutes were completed on 21 December 2026, day 7", record: lookedAfterReview() },
    { why: "completed on 12 January 2027, day 20 across Christmas and New Year", record: withMinutes({ completedOn: "2027-01-12" }) },
    { why: "only the sent date is recorded, and it is day 20", record: withMinutes({ sentOn: "2027-01-12" }) },
    {
      why: "completed on day 20 and sent later: the standard times the IRO preparing them",
      record: withMinutes({ completedOn: "2027-01-12", sentOn: "2027-01-15" }),
    },
    { why: "no minutes yet, and today is the due day 12 January 2027", record: withMinutes(undefined), asOf: "2027-01-12" },
  ],
  invalid: [
    {
      why: "completed on 13 January 2027, day 21",
      record: withMinutes({ completedOn: "2027-01-13", sentOn: "2027-01-13" }),
      errors: [{ messageId: "late", path: "/minutes/completedOn" }],
    },
    {
      why: "only a sent date, on day 21",
      record: withMinutes({ sentOn: "2027-01-13" }),
      errors: [{ messageId: "lateSent", path: "/minutes/sentOn" }],
    },
    {
      why: "no minutes recorded and today is 13 January 2027, the day after they were due",
      record: withMinutes(undefined),
      asOf: "2027-01-13",
      errors: [{ messageId: "overdue", path: "/minutes/completedOn" }],
    },
    {
      why: "a minutes entry with neither date, past the due date",
      record: withMinutes({}),
      asOf: "2027-02-01",
      errors: [{ messageId: "overdue", path: "/minutes/completedOn" }],
    },
  ],
});
