import { testRule } from "../test-rule.js";
import { ev, lookedAfterFrom } from "../../../test/fixtures/timeline.js";
import rule from "./pep-on-time.js";

// Placed Fri 19 Mar 2027 → PEP within 15 working days, Easter skipped: 22–25 Mar = 4, 30 Mar–2 Apr = 8,
// 5–9 Apr = 13, 12–13 Apr = 15 → Tue 13 Apr. Reviewed within 4 months (a school term) → Fri 13 Aug.
const placed = (...events: ReturnType<typeof ev>[]) => lookedAfterFrom("2027-03-19", { events });

testRule(rule, {
  profile: "knowsley",
  valid: [
    { why: "PEP on day 15 and its review 4 months on", record: placed(ev("pep", "2027-04-13"), ev("pep", "2027-08-13")), asOf: "2027-08-14" },
  ],
  invalid: [
    { why: "PEP on day 16, Wed 14 Apr", record: placed(ev("pep", "2027-04-14")), asOf: "2027-04-15", errors: [{ messageId: "late", path: "/events/0" }] },
    { why: "review on Sat 14 Aug, a day past 4 months", record: placed(ev("pep", "2027-04-13"), ev("pep", "2027-08-14")), asOf: "2027-08-16", errors: [{ messageId: "late", path: "/events/1" }] },
    { why: "no PEP by Wed 14 Apr", record: placed(), asOf: "2027-04-14", errors: [{ messageId: "overdue", path: "/placements/0/startDate" }] },
  ],
});
