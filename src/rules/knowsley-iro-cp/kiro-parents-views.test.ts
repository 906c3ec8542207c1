import { testRule } from "../test-rule.js";
import { lookedAfterReview } from "../../../test/fixtures/records.js";
import type { LookedAfterReview } from "../../types/index.js";
import rule from "./kiro-parents-views.js";

type Parent = LookedAfterReview["parents"][number];
const withParents = (...parents: Parent[]) => {
  const r = lookedAfterReview();
  r.parents = parents;
  return r;
};
const mother: Parent = { name: "Chinwe Okafor", relationship: "mother", parentalResponsibility: true, attended: true, views: "Supports the plan." };
const father: Parent = { name: "Emeka Okafor", relationship: "father", parentalResponsibility: false, attended: false };

testRule(rule, {
  profile: "knowsley",
  valid: [
    { why: "the mother's views are recorded", record: lookedAfterReview() },
    { why: "a father without parental responsibility and no views: not required", record: withParents(mother, father) },
    {
      why: "no views, but a reason the parent could not be involved",
      record: withParents({ name: "Chinwe Okafor", relationship: "mother", parentalResponsibility: true, attended: false, notMetReason: "Whereabouts unknown." }),
    },
  ],
  invalid: [
    { why: "no parents listed: please check", record: withParents(), errors: [{ messageId: "noParents", path: "/parents", severity: "warning" }] },
    {
      why: "the second person has parental responsibility and no views or reason",
      record: withParents(mother, { ...father, parentalResponsibility: true }),
      errors: [{ messageId: "noViews", path: "/parents/1/views", severity: "error" }],
    },
    {
      why: "views left as spaces",
      record: withParents({ ...mother, views: " " }),
      errors: [{ messageId: "noViews", path: "/parents/0/views" }],
    },
  ],
});
