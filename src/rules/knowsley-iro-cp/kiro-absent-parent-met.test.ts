import { testRule } from "../test-rule.js";
import { lookedAfterReview } from "../../../test/fixtures/records.js";
import type { LookedAfterReview } from "../../types/index.js";
import rule from "./kiro-absent-parent-met.js";

type Parent = LookedAfterReview["parents"][number];
const withParents = (...parents: Parent[]) => {
  const r = lookedAfterReview();
  r.parents = parents;
  return r;
};
const base: Parent = { name: "Chinwe Okafor", relationship: "mother", parentalResponsibility: true, attended: false, views: "Supports the plan." };

testRule(rule, {
  profile: "knowsley",
  valid: [
    { why: "the mother did not attend and was met separately two days before", record: lookedAfterReview() },
    { why: "did not attend; not met, with the reason", record: withParents({ ...base, notMetReason: "Declined to meet." }) },
    { why: "every parent attended (not applicable)", record: withParents({ ...base, attended: true }) },
  ],
  invalid: [
    { why: "a mother with parental responsibility, absent, neither met nor a reason", record: withParents(base), errors: [{ messageId: "notMet", path: "/parents/0/metSeparatelyOn", severity: "error" }] },
    {
      why: "a father without parental responsibility, absent, neither met nor a reason: please check",
      record: withParents({ ...base, attended: true }, { ...base, name: "Emeka Okafor", relationship: "father", parentalResponsibility: false }),
      errors: [{ messageId: "notMetNoPr", path: "/parents/1/metSeparatelyOn", severity: "warning" }],
    },
  ],
});
