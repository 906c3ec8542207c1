import { testRule } from "../test-rule.js";
import { caseFile, qaProgressReview } from "../../../test/fixtures/records.js";
import type { CaseFile } from "../../types/index.js";
import rule from "./gl-qapr-child-in-care.js";

/**
 * Amara's case file: the Initial review on 26 June 2026 (review 1), the 1st Care Review on 10
 * September (review 2) and the 2nd on 10 December (review 3, whose record says reviewNumber 3),
 * with `qapr` events on these dates.
 */
function withQaprs(...dates: string[]): CaseFile {
  const cf = caseFile();
  cf.authority = "gloucestershire";
  dates.forEach((date, i) => cf.events.push({ id: `Q${i}`, type: "qapr", date }));
  return cf;
}

testRule(rule, {
  profile: "gloucestershire",
  valid: [
    { why: "a QAPR between the 1st and 2nd Care Reviews; none needed between the Initial and 1st", record: withQaprs("2026-11-02"), asOf: "2027-01-10" },
    {
      why: "the QAPR is an IRO-form QA progress review record in the case file",
      record: (() => {
        const cf = withQaprs();
        cf.records.push({ ...qaProgressReview(), date: "2026-11-02" });
        return cf;
      })(),
      asOf: "2027-01-10",
    },
    {
      why: "only the Initial and the 1st Care Review so far (not applicable)",
      record: (() => {
        const cf = withQaprs();
        cf.events = cf.events.filter((e) => e.id !== "E5");
        cf.records = [];
        return cf;
      })(),
      asOf: "2026-10-01",
    },
  ],
  invalid: [
    { why: "no QAPR between the 1st and 2nd Care Reviews", record: withQaprs("2026-08-01"), asOf: "2027-01-10", errors: [{ messageId: "missing", path: "/events/4" }] },
    { why: "a QAPR on the day of the 2nd Care Review is not between the reviews", record: withQaprs("2026-12-10"), asOf: "2027-01-10", errors: [{ messageId: "missing", path: "/events/4" }] },
    {
      why: "a CP-form QA review does not count for a child in care",
      record: (() => {
        const cf = withQaprs();
        cf.records.push({ ...qaProgressReview(), form: "cp", date: "2026-11-02" });
        return cf;
      })(),
      asOf: "2027-01-10",
      errors: [{ messageId: "missing", path: "/events/4" }],
    },
    {
      why: "the file starts at review 2 (numbered from the linked review 3 record): a QAPR is due between them",
      record: (() => {
        const cf = withQaprs();
        cf.events = cf.events.filter((e) => e.id !== "E3");
        return cf;
      })(),
      asOf: "2027-01-10",
      errors: [{ messageId: "missing", path: "/events/3" }],
    },
  ],
});
