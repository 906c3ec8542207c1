import { testRule } from "../test-rule.js";
import { cpConference, lookedAfterReview } from "../../../test/fixtures/records.js";
import rule from "./wb-advocacy-referral.js";

// West Berkshire refers from age 10. Review on 10 December 2026: born 10 December 2016 is 10 that day;
// born 11 December 2016 is still 9. Conference on 14 December 2026: born 14 December 2016 is 10.
const review = (dateOfBirth: string, advocacy: ReturnType<typeof lookedAfterReview>["advocacy"]) => {
  const r = lookedAfterReview();
  r.child.dateOfBirth = dateOfBirth;
  r.advocacy = advocacy;
  return r;
};
const conference = (dateOfBirth: string, change?: (c: ReturnType<typeof cpConference>) => void) => {
  const c = cpConference();
  c.children[0]!.dateOfBirth = dateOfBirth;
  change?.(c);
  return c;
};

testRule(rule, {
  profile: "west-berkshire",
  valid: [
    { why: "the fixture review: aged 12 and referred on 20 November 2026", record: lookedAfterReview() },
    { why: "born 11 December 2016: 9 on the review day, not yet due a referral", record: review("2016-12-11", { offered: false }) },
    { why: "10 on the review day and referred", record: review("2016-12-10", { offered: true, referredOn: "2026-12-01", service: "Here for Me" }) },
    { why: "conference: Dima, aged 10, referred through the conference's advocacy record", record: conference("2016-03-02", (c) => (c.advocacy = { offered: true, referredOn: "2026-12-01" })) },
    { why: "conference: a 10-year-old represented by an advocate", record: conference("2016-12-14", (c) => (c.childParticipation = [{ childId: "KN-0002", how: "advocate", advocate: { name: "Ife Adeyemi" } }])) },
    { why: "conference: a 9-year-old (born 15 December 2016) needs no referral yet", record: conference("2016-12-15") },
    { why: "England profile: no advocacy age, nothing to check", profile: "england", record: review("2010-01-01", { offered: false }) },
  ],
  invalid: [
    {
      why: "10 on the review day and not referred",
      record: review("2016-12-10", { offered: false }),
      errors: [{ messageId: "notReferred", path: "/advocacy/referredOn", severity: "error" }],
    },
    {
      why: "declined advocacy: a warning to check",
      record: review("2012-01-01", { offered: true, declinedReason: "Says she talks to her IRO herself." }),
      errors: [{ messageId: "declined", path: "/advocacy/declinedReason", severity: "warning" }],
    },
    {
      why: "conference: a child who turned 10 on the conference day, not referred",
      record: conference("2016-12-14"),
      errors: [{ messageId: "childNotReferred", path: "/children/0" }],
    },
  ],
});
