import { testRule } from "../test-rule.js";
import { caseFile } from "../../../test/fixtures/records.js";
import type { CaseFile } from "../../types/index.js";
import rule from "./wb-return-home-approved.js";

// Amara is on a care order from 1 June 2026. A return home starting on 4 January 2027: approval on
// 4 January passes, on 5 January is after the placement.
type Placement = CaseFile["placements"][number];
const file = (p: Partial<Placement>) => {
  const cf = caseFile();
  cf.authority = "west-berkshire";
  // Only the placements under test, so paths do not move when the fixture grows.
  cf.placements = [{ id: "P1", type: "foster-care", startDate: "2026-06-01", endDate: "2027-01-04", outOfBorough: false }];
  cf.placements.push({ id: "P2", type: "placed-with-parents", startDate: "2027-01-04", outOfBorough: false, ...p });
  return cf;
};

testRule(rule, {
  profile: "west-berkshire",
  valid: [
    { why: "approved on 18 December 2026, before the return home", record: file({ rehabilitationHome: true, headOfServiceApprovedOn: "2026-12-18" }), asOf: "2027-01-10" },
    { why: "approved on the day the placement began", record: file({ rehabilitationHome: true, headOfServiceApprovedOn: "2027-01-04" }), asOf: "2027-01-10" },
    { why: "the return home has not started yet (today is 3 January 2027)", record: file({ rehabilitationHome: true }), asOf: "2027-01-03" },
    { why: "with parents, and explicitly not a return home on a care order", record: file({ rehabilitationHome: false }), asOf: "2027-01-10" },
    { why: "the fixture has only a foster placement", record: caseFile() },
  ],
  invalid: [
    {
      why: "approved on 5 January 2027, the day after the placement began",
      record: file({ rehabilitationHome: true, headOfServiceApprovedOn: "2027-01-05" }),
      asOf: "2027-01-10",
      errors: [{ messageId: "approvedAfter", path: "/placements/1/headOfServiceApprovedOn" }],
    },
    {
      why: "no approval recorded for a return home that has begun",
      record: file({ rehabilitationHome: true }),
      asOf: "2027-01-04",
      errors: [{ messageId: "notApproved", path: "/placements/1/headOfServiceApprovedOn" }],
    },
    {
      why: "placed with parents on a care order, not marked either way",
      record: file({}),
      asOf: "2027-01-10",
      errors: [{ messageId: "notMarked", path: "/placements/1/rehabilitationHome", severity: "warning" }],
    },
  ],
});
