import { testRule } from "../test-rule.js";
import { caseFile, escalation } from "../../../test/fixtures/records.js";
import type { CaseFile } from "../../types/index.js";
import rule from "./wb-regulation-24-approval.js";

// Worked by hand. 48 clock hours over Christmas 2026 (bank holidays do not stop the clock):
//  - placed Thursday 24 December 2026 at 16:00 → due Saturday 26 December at 16:00; 16:01 is late.
//  - start date only, 24 December 2026 → due 26 December at the latest; 27 December is late.
//  - no approval: not overdue while today is 26 December, overdue from 27 December.
type Placement = CaseFile["placements"][number];
const file = (p: Partial<Placement>, escalatedOn?: string, linked = false) => {
  const cf = caseFile();
  cf.authority = "west-berkshire";
  // Only the placements under test, so paths do not move when the fixture grows.
  cf.placements = [{ id: "P1", type: "foster-care", startDate: "2026-06-01", endDate: "2026-12-24", outOfBorough: false }];
  cf.placements.push({ id: "P2", type: "kinship", startDate: "2026-12-24", outOfBorough: false, regulation24: true, ...p });
  if (escalatedOn !== undefined) {
    const e = escalation();
    e.events[0]!.date = escalatedOn;
    if (linked) e.linkedRecordId = "P2";
    cf.records.push(e);
  }
  return cf;
};
const timed = { startedAt: "2026-12-24T16:00" };

testRule(rule, {
  profile: "west-berkshire",
  valid: [
    { why: "approved at 16:00 on 26 December, exactly 48 hours", record: file({ ...timed, headOfServiceApprovedAt: "2026-12-26T16:00" }), asOf: "2027-01-10" },
    { why: "start date only, approved on 26 December", record: file({ headOfServiceApprovedAt: "2026-12-26" }), asOf: "2027-01-10" },
    { why: "not yet approved, but today is 26 December, the due day", record: file(timed), asOf: "2026-12-26" },
    { why: "approved late on 29 December, but the IRO escalated on 27 December", record: file({ ...timed, headOfServiceApprovedAt: "2026-12-29T11:00" }, "2026-12-27"), asOf: "2027-01-10" },
    { why: "still not approved on 4 January 2027, and the IRO escalated on 29 December", record: file(timed, "2026-12-29"), asOf: "2027-01-04" },
    { why: "an escalation linked to the placement by its id", record: file(timed, "2026-11-01", true), asOf: "2027-01-04" },
    { why: "the fixture's foster placement is not a regulation 24 placement", record: caseFile() },
  ],
  invalid: [
    {
      why: "approved at 16:01 on 26 December, a minute past 48 hours, not escalated",
      record: file({ ...timed, headOfServiceApprovedAt: "2026-12-26T16:01" }),
      asOf: "2027-01-10",
      errors: [{ messageId: "late", path: "/placements/1/headOfServiceApprovedAt" }],
    },
    {
      why: "start date only, approved on 27 December, not escalated",
      record: file({ headOfServiceApprovedAt: "2026-12-27" }),
      asOf: "2027-01-10",
      errors: [{ messageId: "late", path: "/placements/1/headOfServiceApprovedAt" }],
    },
    {
      why: "no approval and no escalation, and today is 27 December",
      record: file(timed),
      asOf: "2026-12-27",
      errors: [{ messageId: "overdue", path: "/placements/1/headOfServiceApprovedAt" }],
    },
    {
      why: "the only escalation was raised before the placement began, about something else",
      record: file(timed, "2026-12-01"),
      asOf: "2027-01-04",
      errors: [{ messageId: "overdue", path: "/placements/1/headOfServiceApprovedAt" }],
    },
    {
      why: "approved late on 29 December; an escalation raised after the approval does not count",
      record: file({ ...timed, headOfServiceApprovedAt: "2026-12-29T11:00" }, "2027-01-05"),
      asOf: "2027-01-10",
      errors: [{ messageId: "late", path: "/placements/1/headOfServiceApprovedAt" }],
    },
  ],
});
