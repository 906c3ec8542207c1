import { testRule } from "../test-rule.js";
import { qaProgressReview } from "../../../test/fixtures/records.js";
import type { QaProgressReview } from "../../types/index.js";
import rule from "./gl-qapr-rationale.js";

const section = (rationale = "Amara took part and her views shaped the plan.") => ({ answer: "Good" as const, rationale });

function iroForm(change: (r: QaProgressReview) => void = () => {}): QaProgressReview {
  const r = qaProgressReview();
  r.iroSections = { participation: section(), progress: section(), records: section() };
  change(r);
  return r;
}

testRule(rule, {
  profile: "gloucestershire",
  valid: [
    { why: "the IRO form with three sections, each with a rationale", record: iroForm() },
    {
      why: "the CP form: the IRO sections are not asked for",
      record: (() => {
        const r = qaProgressReview();
        r.form = "cp";
        return r;
      })(),
    },
  ],
  invalid: [
    { why: "the IRO form without its sections", record: qaProgressReview(), errors: [{ messageId: "sectionsMissing", path: "/iroSections" }] },
    {
      why: "section 3's rationale is only spaces",
      record: iroForm((r) => {
        r.iroSections!.records = section("  ");
      }),
      errors: [{ messageId: "blank", path: "/iroSections/records/rationale" }],
    },
    {
      why: "the grade's rationale is only spaces",
      record: iroForm((r) => {
        r.gradeRationale = " ";
      }),
      errors: [{ messageId: "blank", path: "/gradeRationale" }],
    },
  ],
});
