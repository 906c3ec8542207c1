import { testRule } from "../test-rule.js";
import { cpConference } from "../../../test/fixtures/records.js";
import rule from "./review-conference-reports-in-time.js";

// Review conference Wed 6 Jan 2027 → reports shared at least 5 working days before:
// 5 Jan (1), 4 Jan (2), 31 Dec (3), 30 Dec (4), 29 Dec (5) → by Tue 29 Dec 2026 (1 Jan, 28 and 25 Dec skipped).
function review(shared?: string) {
  const c = cpConference();
  c.conferenceType = "review";
  c.conferenceDate = "2027-01-06";
  c.reportsReceived = [{ from: "Łukasz Wróbel", role: "Social Worker", receivedOn: "2026-12-22", ...(shared ? { sharedWithFamilyOn: shared } : {}) }];
  return c;
}

testRule(rule, {
  profile: "knowsley",
  valid: [
    { why: "shared on day 5 before, Tue 29 Dec", record: review("2026-12-29"), asOf: "2027-01-07" },
    { why: "not shared yet, and 29 Dec has not passed", record: review(), asOf: "2026-12-29" },
    { why: "an initial conference is KSW-3.REP's", record: cpConference() },
  ],
  invalid: [
    { why: "shared on Wed 30 Dec, 4 working days before", record: review("2026-12-30"), asOf: "2027-01-07", errors: [{ messageId: "late", path: "/reportsReceived/0/sharedWithFamilyOn" }] },
    { why: "no report recorded as shared by the day of the conference", record: review(), asOf: "2027-01-06", errors: [{ messageId: "notRecorded", path: "/reportsReceived", severity: "warning" }] },
  ],
});
