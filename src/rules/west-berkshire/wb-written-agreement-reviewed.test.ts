import { testRule } from "../test-rule.js";
import { cpCaseFile, cpConference } from "../../../test/fixtures/records.js";
import rule from "./wb-written-agreement-reviewed.js";

// A review conference on 12 March 2027; the previous (initial) conference was 14 December 2026.
// An agreement reviewed on 15 December 2026 was reviewed since; on 14 December 2026 it was not.
const review = (writtenAgreement?: { inPlace: boolean; lastReviewedOn?: string }) => {
  const c = cpConference();
  c.id = "RCPC-2027-03-12";
  c.conferenceType = "review";
  c.conferenceDate = "2027-03-12";
  delete c.minutes;
  if (writtenAgreement !== undefined) c.writtenAgreement = writtenAgreement;
  return c;
};
const inFile = (lastReviewedOn: string) => {
  const cf = cpCaseFile();
  cf.authority = "west-berkshire";
  cf.records.push(review({ inPlace: true, lastReviewedOn }));
  return cf;
};

testRule(rule, {
  profile: "west-berkshire",
  valid: [
    { why: "the fixture is an initial conference", record: cpConference() },
    { why: "a review conference with no written agreement", record: review() },
    { why: "reviewed on 1 March 2027, before the review conference", record: review({ inPlace: true, lastReviewedOn: "2027-03-01" }) },
    { why: "in the case file: reviewed on 15 December 2026, the day after the previous conference", record: inFile("2026-12-15"), asOf: "2027-03-20" },
  ],
  invalid: [
    { why: "in place but never reviewed", record: review({ inPlace: true }), errors: [{ messageId: "neverReviewed", path: "/writtenAgreement/lastReviewedOn", severity: "error" }] },
    {
      why: "in the case file: last reviewed on 14 December 2026, the previous conference's own day",
      record: inFile("2026-12-14"),
      asOf: "2027-03-20",
      errors: [{ messageId: "notSinceLast", path: "/records/2/writtenAgreement/lastReviewedOn", severity: "warning" }],
    },
  ],
});
