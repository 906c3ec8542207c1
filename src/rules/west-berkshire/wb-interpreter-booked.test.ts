import { testRule } from "../test-rule.js";
import { cpConference, lookedAfterReview } from "../../../test/fixtures/records.js";
import rule from "./wb-interpreter-booked.js";

const review = (change: (r: ReturnType<typeof lookedAfterReview>) => void) => {
  const r = lookedAfterReview();
  change(r);
  return r;
};
const conference = (change: (c: ReturnType<typeof cpConference>) => void) => {
  const c = cpConference();
  change(c);
  return c;
};

testRule(rule, {
  profile: "west-berkshire",
  valid: [
    { why: "the fixture review: English, spoken, no interpreter needed", record: lookedAfterReview() },
    { why: "a Polish interpreter needed and booked", record: review((r) => (r.interpreter = { needed: true, type: "interpreter", language: "Polish", booked: true })) },
    {
      why: "the child prefers Polish but the record says no interpreter was needed",
      record: review((r) => {
        r.communication.preferredLanguage = "Polish";
        r.interpreter = { needed: false };
      }),
    },
    { why: "conference: a signer booked", record: conference((c) => (c.interpreter = { needed: true, type: "signer", language: "British Sign Language", booked: true })) },
  ],
  invalid: [
    {
      why: "needed and not booked",
      record: review((r) => (r.interpreter = { needed: true, type: "lip-reader", booked: false })),
      errors: [{ messageId: "notBooked", path: "/interpreter/booked", severity: "error" }],
    },
    {
      why: "needed, booking not recorded",
      record: conference((c) => (c.interpreter = { needed: true, type: "interpreter", language: "Arabic" })),
      errors: [{ messageId: "bookingNotRecorded", path: "/interpreter/booked" }],
    },
    {
      why: "the child communicates in British Sign Language and nothing is recorded about a signer",
      record: review((r) => (r.communication.method = "British Sign Language")),
      errors: [{ messageId: "checkNeed", path: "/interpreter", severity: "warning" }],
    },
    {
      why: "conference: a child whose preferred language is Romanian, nothing recorded",
      record: conference((c) => (c.children[0]!.preferredLanguage = "Romanian")),
      errors: [{ messageId: "checkNeed", path: "/interpreter", severity: "warning" }],
    },
  ],
});
