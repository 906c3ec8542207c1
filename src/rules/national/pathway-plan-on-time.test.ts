import { testRule } from "../test-rule.js";
import { ev, lookedAfterFrom } from "../../../test/fixtures/timeline.js";
import rule from "./pathway-plan-on-time.js";

// Born 31 Jan 2011, in care since 1 Jun 2026: 16 on Sun 31 Jan 2027; 3 months on is 31 April,
// clamped to the month's end → Fri 30 Apr 2027.
function youngPerson(...events: ReturnType<typeof ev>[]) {
  const cf = lookedAfterFrom("2026-06-01", { events });
  cf.child.dateOfBirth = "2011-01-31";
  return cf;
}

testRule(rule, {
  profile: "england",
  valid: [
    { why: "pathway plan on the last day, 30 Apr 2027", record: youngPerson(ev("pathway-plan", "2027-04-30")), asOf: "2027-05-04" },
    { why: "pathway plan made before the 16th birthday, in the same period in care", record: youngPerson(ev("pathway-plan", "2027-01-10")), asOf: "2027-05-04" },
    { why: "needs assessment on the last day, 30 Apr 2027 (reg 42(1) times the assessment)", record: youngPerson(ev("needs-assessment", "2027-04-30"), ev("pathway-plan", "2027-05-20")), asOf: "2027-06-01" },
    { why: "not yet due", record: youngPerson(), asOf: "2027-04-30" },
    { why: "a child under 16 has no pathway plan item", record: lookedAfterFrom("2026-06-01"), asOf: "2027-05-04" },
  ],
  invalid: [
    { why: "pathway plan on Sat 1 May 2027, a day late", record: youngPerson(ev("pathway-plan", "2027-05-01")), asOf: "2027-05-04", errors: [{ messageId: "late", path: "/events/0" }] },
    { why: "needs assessment on Sat 1 May 2027, a day late", record: youngPerson(ev("needs-assessment", "2027-05-01")), asOf: "2027-05-04", errors: [{ messageId: "late", path: "/events/0" }] },
    { why: "no pathway plan by Mon 3 May 2027", record: youngPerson(), asOf: "2027-05-03", errors: [{ messageId: "overdue", path: "/child/dateOfBirth" }] },
  ],
});
