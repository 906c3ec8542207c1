import { testRule } from "../test-rule.js";
import { lookedAfterReview } from "../../../test/fixtures/records.js";
import rule from "./wb-pre-disruption-meeting.js";

// The fixture placement started on 1 June 2026; the review was on 10 December 2026.
const atRisk = (meeting?: string) => {
  const r = lookedAfterReview();
  r.placement.atRiskOfDisruption = true;
  if (meeting !== undefined) r.placement.preDisruptionMeetingOn = meeting;
  return r;
};

testRule(rule, {
  profile: "west-berkshire",
  valid: [
    { why: "the fixture placement is not at risk of disruption", record: lookedAfterReview() },
    { why: "at risk, and a meeting was held on 4 December 2026", record: atRisk("2026-12-04"), asOf: "2026-12-20" },
    { why: "a meeting on the day the child moved in still concerns this placement", record: atRisk("2026-06-01"), asOf: "2026-12-20" },
    { why: "a meeting booked for today, 20 December 2026", record: atRisk("2026-12-20"), asOf: "2026-12-20" },
  ],
  invalid: [
    { why: "at risk and no meeting recorded", record: atRisk(), errors: [{ messageId: "missing", path: "/placement/preDisruptionMeetingOn" }] },
    {
      why: "the meeting was on 31 May 2026, the day before this placement began",
      record: atRisk("2026-05-31"),
      asOf: "2026-12-20",
      errors: [{ messageId: "beforePlacement", path: "/placement/preDisruptionMeetingOn", severity: "error" }],
    },
    {
      why: "the meeting is booked for 21 December 2026, after today",
      record: atRisk("2026-12-21"),
      asOf: "2026-12-20",
      errors: [{ messageId: "notYetHeld", path: "/placement/preDisruptionMeetingOn", severity: "warning" }],
    },
  ],
});
