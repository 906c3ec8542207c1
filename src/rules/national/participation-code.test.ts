import { testRule } from "../test-rule.js";
import { lookedAfterReview } from "../../../test/fixtures/records.js";
import rule from "./participation-code.js";

// The fixture's review is held on Thu 10 Dec 2026. A child born on 10 Dec 2022 turns 4 that day
// (not PN0); one born on 11 Dec 2022 is still 3 (PN0).
type Review = ReturnType<typeof lookedAfterReview>;
function review(change: (r: Review) => void): Review {
  const r = lookedAfterReview();
  change(r);
  return r;
}
const part = (how: string, code?: string) => (r: Review) => {
  (r as { childParticipation: unknown }).childParticipation = code === undefined ? { how } : { how, code };
};

testRule(rule, {
  profile: "england",
  valid: [
    { why: "a 12-year-old who attended, with PN1 recorded", record: review(part("attended", "PN1")) },
    { why: "a 12-year-old who did not attend but wrote, with PN6 recorded", record: review(part("written", "PN6")) },
    { why: "'chaired' can only be PN1, so no code is asked for", record: review(part("chaired")) },
    { why: "'did-not-participate' can only be PN7, so no code is asked for", record: review(part("did-not-participate")) },
    { why: "a child still 3 on the day (born 11 Dec 2022), PN0 recorded", record: review((r) => { r.child.dateOfBirth = "2022-12-11"; part("attended", "PN0")(r); }) },
    { why: "a child still 3 on the day with no code: PN0 follows from the age", record: review((r) => { r.child.dateOfBirth = "2022-12-11"; part("attended")(r); }) },
    { why: "a child turning 4 on the day of the review (born 10 Dec 2022) with PN4", record: review((r) => { r.child.dateOfBirth = "2022-12-10"; part("attended", "PN4")(r); }) },
  ],
  invalid: [
    { why: "PN0 for a child who turned 4 on the day of the review (born 10 Dec 2022)", record: review((r) => { r.child.dateOfBirth = "2022-12-10"; part("attended", "PN0")(r); }), errors: [{ messageId: "pn0ButFourOrOver", path: "/childParticipation/code", severity: "error" }] },
    { why: "PN0 for a 12-year-old", record: review(part("did-not-participate", "PN0")), errors: [{ messageId: "pn0ButFourOrOver", path: "/childParticipation/code", severity: "error" }] },
    { why: "PN1 for a child still 3 on the day (born 11 Dec 2022)", record: review((r) => { r.child.dateOfBirth = "2022-12-11"; part("attended", "PN1")(r); }), errors: [{ messageId: "underFourNotPn0", path: "/childParticipation/code", severity: "error" }] },
    { why: "'attended' with no code: PN1, PN3 or PN4", record: review(part("attended")), errors: [{ messageId: "codeNeeded", path: "/childParticipation/how", severity: "warning" }] },
    { why: "'advocate' with no code: PN2 or PN5", record: review(part("advocate")), errors: [{ messageId: "codeNeeded", path: "/childParticipation/how", severity: "warning" }] },
    { why: "'written' with no code: PN6, or did they also come?", record: review(part("written")), errors: [{ messageId: "codeNeeded", path: "/childParticipation/how", severity: "warning" }] },
    { why: "no participation recorded at all for a 12-year-old", record: review((r) => delete (r as { childParticipation?: unknown }).childParticipation), errors: [{ messageId: "codeMissing", path: "/childParticipation", severity: "warning" }] },
  ],
});
