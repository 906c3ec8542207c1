import { testRule } from "../test-rule.js";
import { lookedAfterReview } from "../../../test/fixtures/records.js";
import rule from "./kiro-decisions-letter-timely.js";

// Knowsley's child-decisions-letter timescale is 20 working days from the review. Review on Thursday
// 10 December 2026, worked by hand: 11 Dec (1), 14–18 (2–6), 21–24 (7–10), 25 and 28 Dec bank
// holidays, 29–31 (11–13), 1 Jan bank holiday, 4–8 Jan (14–18), 11 Jan (19), 12 January 2027 (20).
const letter = (sentOn: string | undefined) => {
  const r = lookedAfterReview();
  r.childDecisionsLetter = sentOn === undefined ? { format: "easy-read" } : { sentOn, format: "easy-read" };
  return r;
};
const noLetter = () => {
  const r = lookedAfterReview();
  delete r.childDecisionsLetter;
  return r;
};

testRule(rule, {
  profile: "knowsley",
  valid: [
    { why: "the fixture's letter went on 18 December 2026", record: lookedAfterReview() },
    { why: "sent on 12 January 2027, day 20", record: letter("2027-01-12") },
    { why: "no letter yet, and today is the due day 12 January 2027", record: noLetter(), asOf: "2027-01-12" },
    {
      why: "no decisions were made, so there is nothing to copy (not applicable)",
      record: (() => {
        const r = noLetter();
        r.decisions = [];
        return r;
      })(),
      asOf: "2027-03-01",
    },
  ],
  invalid: [
    { why: "sent on 13 January 2027, day 21", record: letter("2027-01-13"), errors: [{ messageId: "late", path: "/childDecisionsLetter/sentOn" }] },
    { why: "a letter prepared but not sent, today 13 January 2027", record: letter(undefined), asOf: "2027-01-13", errors: [{ messageId: "overdue", path: "/childDecisionsLetter/sentOn" }] },
    { why: "no letter at all, today 13 January 2027", record: noLetter(), asOf: "2027-01-13", errors: [{ messageId: "overdue", path: "/childDecisionsLetter/sentOn" }] },
  ],
});
