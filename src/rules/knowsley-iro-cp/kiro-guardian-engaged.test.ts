import { testRule } from "../test-rule.js";
import { lookedAfterReview } from "../../../test/fixtures/records.js";
import rule from "./kiro-guardian-engaged.js";

const proceedings = (guardian?: { engaged: boolean }) => {
  const r = lookedAfterReview();
  r.careProceedings = true;
  r.legalStatus = "interim-care-order";
  if (guardian) r.guardian = { name: "Ama Darko", engaged: guardian.engaged, lastContactOn: "2026-12-01" };
  return r;
};

testRule(rule, {
  profile: "knowsley",
  valid: [
    { why: "no care proceedings: a final care order (not applicable)", record: lookedAfterReview() },
    { why: "care proceedings and the IRO has engaged with the guardian", record: proceedings({ engaged: true }) },
  ],
  invalid: [
    { why: "care proceedings with no guardian recorded", record: proceedings(), errors: [{ messageId: "noGuardian", path: "/guardian/engaged" }] },
    { why: "care proceedings and the IRO has not engaged with the guardian", record: proceedings({ engaged: false }), errors: [{ messageId: "notEngaged", path: "/guardian/engaged" }] },
    {
      why: "an interim care order recorded with no care proceedings",
      record: (() => {
        const r = lookedAfterReview();
        r.legalStatus = "interim-care-order";
        return r;
      })(),
      errors: [{ messageId: "proceedingsUnclear", path: "/careProceedings", severity: "warning" }],
    },
    {
      why: "an interim care order with care proceedings not mentioned at all",
      record: (() => {
        const r = lookedAfterReview();
        r.legalStatus = "interim-care-order";
        delete r.careProceedings;
        return r;
      })(),
      errors: [{ messageId: "proceedingsUnclear", path: "/careProceedings", severity: "warning" }],
    },
  ],
});
