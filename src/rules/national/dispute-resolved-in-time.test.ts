import { testRule } from "../test-rule.js";
import { escalation } from "../../../test/fixtures/records.js";
import rule from "./dispute-resolved-in-time.js";

// Raised formally on Mon 14 Dec 2026: 20 working days, skipping 25 and 28 Dec and 1 Jan:
// 15–24 Dec = 8, 29–31 Dec = 11, 4–8 Jan = 16, 11–14 Jan = 20 → Thu 14 Jan 2027.
const iro = { name: "Siân Llŷr", role: "Independent Reviewing Officer" };
function formal(resolvedOn?: string) {
  const e = escalation();
  e.events = [{ type: "raise-formal", date: "2026-12-14", stage: "formal-1", by: iro, text: "Raised formally." }];
  if (resolvedOn) e.outcome = { resolvedOn, summary: "Contact started." };
  return e;
}

testRule(rule, {
  profile: "england",
  valid: [
    { why: "resolved on day 20, Thu 14 Jan 2027", record: formal("2027-01-14"), asOf: "2027-01-20" },
    { why: "not resolved yet, due today", record: formal(), asOf: "2027-01-14" },
    { why: "never formal: informal only", record: escalation(), asOf: "2027-06-01" },
    { why: "Leicestershire sets its own limit for the formal process (LEI-FE-20)", record: formal("2027-03-01"), asOf: "2027-03-02", profile: "leicestershire" },
  ],
  invalid: [
    { why: "resolved on day 21, Fri 15 Jan 2027", record: formal("2027-01-15"), asOf: "2027-01-20", errors: [{ messageId: "late", path: "/outcome/resolvedOn" }] },
    { why: "not resolved by Fri 15 Jan 2027", record: formal(), asOf: "2027-01-15", errors: [{ messageId: "overdue", path: "/events/0" }] },
    { why: "also under Knowsley, which keeps the national limit", record: formal("2027-01-15"), asOf: "2027-01-20", profile: "knowsley", errors: [{ messageId: "late" }] },
  ],
});
