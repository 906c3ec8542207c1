import { testRule } from "../test-rule.js";
import { escalation } from "../../../test/fixtures/records.js";
import rule from "./kiro-cafcass-considered.js";

/** The fixture's informal escalation, taken to formal stage 1 on 1 February 2027. */
const formal = (cafcassConsidered?: boolean) => {
  const e = escalation();
  const first = e.events[0]!;
  e.events.push({ ...first, type: "raise-formal", stage: "formal-1", date: "2027-02-01", text: "Raised formally." });
  if (cafcassConsidered !== undefined) e.cafcassConsidered = cafcassConsidered;
  return e;
};

testRule(rule, {
  profile: "knowsley",
  valid: [
    { why: "informal only: not yet the stage for Cafcass (not applicable)", record: escalation() },
    { why: "formal, and Cafcass was considered", record: formal(true) },
    {
      why: "formal, with a Cafcass referral step though the flag is not set",
      record: (() => {
        const e = formal();
        e.events.push({ ...e.events[0]!, type: "refer-cafcass", date: "2027-02-10", text: "Referred." });
        return e;
      })(),
    },
    {
      why: "a child protection escalation: Cafcass referral is for looked-after children only",
      record: (() => {
        const e = formal();
        e.childStatus = "child-protection";
        return e;
      })(),
    },
  ],
  invalid: [
    { why: "formal, and nothing recorded about Cafcass", record: formal(), errors: [{ messageId: "notRecorded", path: "/cafcassConsidered", severity: "warning" }] },
    { why: "formal, and recorded as not considered", record: formal(false), errors: [{ messageId: "notConsidered", path: "/cafcassConsidered", severity: "warning" }] },
  ],
});
