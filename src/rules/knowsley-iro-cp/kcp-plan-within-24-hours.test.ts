import { testRule } from "../test-rule.js";
import { cpCaseFile, cpPlan } from "../../../test/fixtures/records.js";
import { ev, onPlanFrom } from "../../../test/fixtures/timeline.js";
import type { CpConference, CpPlan } from "../../types/index.js";
import rule from "./kcp-plan-within-24-hours.js";

// Worked by hand. 24 clock hours from the conference:
//  - with times: 14 December 2026 at 10:00 → 15 December 2026 at 10:00 (day N); 10:01 is late.
//  - bare dates: 14 December 2026 → 15 December 2026 at the latest; 16 December is late.
//  - over Christmas: Thursday 24 December 2026 at 15:00 → Friday 25 December at 15:00. Bank
//    holidays do not stop the clock: the standard counts hours, not working days.
const plan = (conferenceDate: string, completedAt: string) => {
  const p = cpPlan();
  p.conferenceDate = conferenceDate;
  p.completedAt = completedAt;
  return p;
};

/**
 * A case file whose initial conference ran from 10:00 to 13:30 on 14 December 2026 (recorded on the
 * conference record, or only on the conference event), with the plan completed at `completedAt`.
 * Timed from the end (the profile's reading kcp-plan-24-hours-from-end): due 15 December at 13:30.
 */
function longConference(completedAt: string, on: "record" | "event" = "record") {
  const cf = cpCaseFile();
  const conf = cf.records[0] as CpConference;
  conf.conferenceStartedAt = "2026-12-14T10:00";
  if (on === "record") conf.conferenceEndedAt = "2026-12-14T13:30";
  else cf.events[0]!.endedAt = "2026-12-14T13:30";
  (cf.records[1] as CpPlan).completedAt = completedAt;
  return cf;
}

testRule(rule, {
  profile: "knowsley",
  valid: [
    { why: "the fixture: conference 14 December 10:00, completed 15 December 09:30", record: cpPlan() },
    { why: "completed at 10:00 on 15 December, exactly 24 hours", record: plan("2026-12-14T10:00", "2026-12-15T10:00") },
    { why: "bare dates: completed on 15 December, the next day", record: plan("2026-12-14", "2026-12-15") },
    { why: "conference with a time, completion as a bare date on the due day", record: plan("2026-12-14T10:00", "2026-12-15") },
    { why: "conference as a bare date, completed late on the next day (the hour is unknown)", record: plan("2026-12-14", "2026-12-15T23:59") },
    { why: "Christmas Eve at 15:00, completed on Christmas Day at 15:00", record: plan("2026-12-24T15:00", "2026-12-25T15:00") },
    { why: "in its case file, with the conference record on the same date", record: cpCaseFile() },
    {
      why: "a conference only as an event, on the day the plan is due: not overdue yet",
      record: onPlanFrom("2027-04-07", { events: [ev("initial-conference", "2027-04-07", { dateTime: "2027-04-07T10:00", endedAt: "2027-04-07T12:00" })] }),
      asOf: "2027-04-08",
    },
    {
      why: "conference ended 13:30, plan at 13:30 next day: exactly 24 hours from the end (3.5 hours late if timed from the start)",
      record: longConference("2026-12-15T13:30"),
    },
    { why: "the end time recorded only on the conference event", record: longConference("2026-12-15T13:30", "event") },
  ],
  invalid: [
    {
      why: "the initial conference recorded only as an event (10:00 to 12:00, 7 April 2027) and no plan by 8 April at 12:01: overdue, as `deadlines` shows",
      record: onPlanFrom("2027-04-07", { events: [ev("initial-conference", "2027-04-07", { dateTime: "2027-04-07T10:00", endedAt: "2027-04-07T12:00" })] }),
      asOf: "2027-04-09",
      errors: [{ messageId: "overdue", path: "/events/0" }],
    },
    {
      why: "conference ended 13:30, plan at 13:31 next day: 24 hours and a minute from the end",
      record: longConference("2026-12-15T13:31"),
      errors: [{ messageId: "lateInCaseFile", path: "/records/1/completedAt" }],
    },
    {
      why: "the end time only on the event, plan 24 hours and a minute after it",
      record: longConference("2026-12-15T13:31", "event"),
      errors: [{ messageId: "lateInCaseFile", path: "/records/1/completedAt" }],
    },
    {
      why: "completed at 10:01 on 15 December, one minute past 24 hours",
      record: plan("2026-12-14T10:00", "2026-12-15T10:01"),
      errors: [{ messageId: "late", path: "/completedAt" }],
    },
    {
      why: "bare dates: completed on 16 December, two days after",
      record: plan("2026-12-14", "2026-12-16"),
      errors: [{ messageId: "late", path: "/completedAt" }],
    },
    {
      why: "conference with a time, completion as a bare date the day after the due day",
      record: plan("2026-12-14T10:00", "2026-12-16"),
      errors: [{ messageId: "late", path: "/completedAt" }],
    },
    {
      why: "Christmas Eve conference, plan left until after the bank holidays on 29 December",
      record: plan("2026-12-24T15:00", "2026-12-29T09:00"),
      errors: [{ messageId: "late", path: "/completedAt" }],
    },
    {
      why: "in a case file, the plan's conference date differs from its conference record's",
      record: (() => {
        const cf = cpCaseFile();
        const p = cf.records[1] as CpPlan;
        p.conferenceDate = "2026-12-15T10:00";
        p.completedAt = "2026-12-15T16:00";
        return cf;
      })(),
      errors: [{ messageId: "conferenceMismatch", path: "/records/1/conferenceDate", severity: "warning" }],
    },
  ],
});
