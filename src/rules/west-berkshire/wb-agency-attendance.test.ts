import { testRule } from "../test-rule.js";
import { cpConference, lookedAfterReview } from "../../../test/fixtures/records.js";
import type { CpConference } from "../../types/index.js";
import rule from "./wb-agency-attendance.js";

type Attendee = CpConference["attendance"][number];
const conference = (...extra: Attendee[]) => {
  const c = cpConference();
  c.attendance.push(...extra);
  return c;
};
const police = { name: "PC Dana Whitfield", role: "Police officer", organisation: "Thames Valley Police" };

testRule(rule, {
  profile: "west-berkshire",
  valid: [
    { why: "the fixture conference: health visitor sent apologies with a report", record: cpConference() },
    { why: "the fixture review", record: lookedAfterReview() },
    { why: "a father who did not attend is family, not an agency", record: conference({ name: "Ivan Sokolov", role: "Father", attendance: "did-not-attend" }) },
    { why: "police sent apologies and a report", record: conference({ ...police, attendance: "apologies", reportProvided: true }) },
  ],
  invalid: [
    {
      why: "no attendance recorded",
      record: (() => {
        const c = cpConference();
        c.attendance = [];
        return c;
      })(),
      errors: [{ messageId: "noAttendance", path: "/attendance" }],
    },
    {
      why: "police sent apologies and the record does not say whether they sent a report",
      record: conference({ ...police, attendance: "apologies" }),
      errors: [{ messageId: "reportNotStated", path: "/attendance/4/reportProvided", severity: "error" }],
    },
    {
      why: "police did not attend, no apologies, no report: noted for reporting",
      record: conference({ ...police, attendance: "did-not-attend", reportProvided: false }),
      errors: [{ messageId: "forReporting", path: "/attendance/4", severity: "info" }],
    },
    {
      why: "an absent professional with a report but no agency named",
      record: conference({ name: "Jo Hart", role: "School nurse", attendance: "apologies", reportProvided: true }),
      errors: [{ messageId: "agencyNotNamed", path: "/attendance/4/organisation", severity: "warning" }],
    },
    {
      why: "a school that attended but brought no report is noted for reporting",
      record: conference({ name: "Sam Lee", role: "Designated teacher", organisation: "Fern Primary School", attendance: "present", reportProvided: false }),
      errors: [{ messageId: "forReporting", path: "/attendance/4", severity: "info" }],
    },
    {
      why: "did not attend, report not stated: both recorded and noted",
      record: conference({ ...police, attendance: "did-not-attend" }),
      errors: [
        { messageId: "reportNotStated", path: "/attendance/4/reportProvided" },
        { messageId: "forReporting", path: "/attendance/4" },
      ],
    },
  ],
});
