import { testRule } from "../test-rule.js";
import { lookedAfterReview } from "../../../test/fixtures/records.js";
import rule from "./kiro-review-information.js";

/** The fixture with the social worker absent and not reporting; other attendees unchanged. */
const swAbsent = () => {
  const r = lookedAfterReview();
  r.attendance = r.attendance.map((a) => (a.role === "Social Worker" ? { name: a.name, role: a.role, attendance: "apologies" as const, reportProvided: false } : a));
  r.reportsReceived = r.reportsReceived.filter((x) => x.role !== "Social Worker");
  return r;
};

testRule(rule, {
  profile: "knowsley",
  valid: [
    { why: "attendance and reports recorded, the social worker present", record: lookedAfterReview() },
    {
      why: "the social worker sent apologies but their report was received (role given on the person)",
      record: (() => {
        const r = swAbsent();
        r.reportsReceived.push({ from: { name: "Łukasz Wróbel", role: "social-worker" }, receivedOn: "2026-12-02" });
        return r;
      })(),
    },
  ],
  invalid: [
    {
      why: "no attendance and no reports recorded",
      record: (() => {
        const r = lookedAfterReview();
        r.attendance = [];
        r.reportsReceived = [];
        return r;
      })(),
      errors: [
        { messageId: "noAttendance", path: "/attendance" },
        { messageId: "noReports", path: "/reportsReceived" },
      ],
    },
    {
      why: "no reports listed and no attendee provided one",
      record: (() => {
        const r = lookedAfterReview();
        r.reportsReceived = [];
        r.attendance = r.attendance.map((a) => ({ name: a.name, role: a.role, attendance: a.attendance }));
        return r;
      })(),
      errors: [{ messageId: "noReports", path: "/reportsReceived" }],
    },
    {
      why: "the social worker neither attended nor reported: please check",
      record: swAbsent(),
      errors: [{ messageId: "noSocialWorker", path: "/attendance", severity: "warning" }],
    },
  ],
});
