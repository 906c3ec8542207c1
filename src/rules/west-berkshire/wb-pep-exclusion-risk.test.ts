import { testRule } from "../test-rule.js";
import { caseFile } from "../../../test/fixtures/records.js";
import rule from "./wb-pep-exclusion-risk.js";

// Amara (in care since 1 June 2026) is identified as at risk of exclusion on 30 November 2026.
// Worked by hand: 3 calendar months after 30 November 2026 is "30 February 2027", clamped to the end
// of the month, 28 February 2027. A PEP review on 28 February passes; on 1 March is late. With no
// review, it is overdue from 1 March 2027 (not on 28 February). The next is due 28 May 2027.
const file = (opts: { peps?: string[]; riskEnd?: string; careEnd?: string } = {}) => {
  const cf = caseFile();
  cf.authority = "west-berkshire";
  if (opts.careEnd) cf.legalStatus[0]!.to = opts.careEnd;
  cf.events = []; // only the events under test, so paths do not move when the fixture grows
  cf.events.push({ id: "X1", type: "exclusion-risk", date: "2026-11-30", ...(opts.riskEnd ? { endDate: opts.riskEnd } : {}) });
  (opts.peps ?? []).forEach((date, i) => cf.events.push({ id: `P${i}`, type: "pep", date }));
  return cf;
};

testRule(rule, {
  profile: "west-berkshire",
  valid: [
    { why: "PEP reviews on 28 February and 28 May 2027", record: file({ peps: ["2027-02-28", "2027-05-28"] }), asOf: "2027-06-01" },
    { why: "no PEP review yet, and today is 28 February 2027, the due day", record: file(), asOf: "2027-02-28" },
    { why: "the risk ended on 15 January 2027, before a review was due", record: file({ riskEnd: "2027-01-15" }), asOf: "2027-06-01" },
    { why: "the child left care on 10 February 2027", record: file({ careEnd: "2027-02-10" }), asOf: "2027-06-01" },
    { why: "the fixture case file has no exclusion risk", record: caseFile() },
  ],
  invalid: [
    {
      why: "the first PEP review came on 1 March 2027, a day late",
      record: file({ peps: ["2027-03-01"] }),
      asOf: "2027-03-10",
      errors: [{ messageId: "gap", path: "/events/0" }],
    },
    {
      why: "no PEP review and today is 1 March 2027",
      record: file(),
      asOf: "2027-03-01",
      errors: [{ messageId: "overdue", path: "/events/0" }],
    },
    {
      why: "a PEP review on 20 November 2026, before the risk was known, does not count",
      record: file({ peps: ["2026-11-20"] }),
      asOf: "2027-03-01",
      errors: [{ messageId: "overdue", path: "/events/0" }],
    },
    {
      why: "on time on 28 February, then none by 29 May 2027",
      record: file({ peps: ["2027-02-28"] }),
      asOf: "2027-05-29",
      errors: [{ messageId: "overdue", path: "/events/0" }],
    },
  ],
});
