import { testRule } from "../test-rule.js";
import { caseFile, cpCaseFile } from "../../../test/fixtures/records.js";
import type { CaseFile } from "../../types/index.js";
import rule from "./lei-midway-tracking.js";

/** Amara's case file (reviews on 26 June, 10 September and 10 December 2026) with midway checks on these dates. */
function reviews(...checks: string[]): CaseFile {
  const cf = caseFile();
  cf.authority = "leicestershire";
  checks.forEach((date, i) => cf.events.push({ id: `M${i}`, type: "midway-check", date }));
  return cf;
}

/** Dima's case file: initial conference 14 December 2026, review conference 12 March 2027. */
function conferences(...checks: string[]): CaseFile {
  const cf = cpCaseFile();
  cf.authority = "leicestershire";
  cf.events.push({ id: "E3", type: "review-conference", date: "2027-03-12" });
  checks.forEach((date, i) => cf.events.push({ id: `M${i}`, type: "midway-check", date }));
  return cf;
}

testRule(rule, {
  profile: "leicestershire",
  valid: [
    { why: "a midway check in each of the two review periods", record: reviews("2026-08-03", "2026-10-26"), asOf: "2027-01-10" },
    { why: "a midway check between the initial and the review conference", record: conferences("2027-01-27"), asOf: "2027-03-20" },
    {
      why: "one conference only: no period has ended yet (not applicable)",
      record: (() => {
        const cf = cpCaseFile();
        cf.authority = "leicestershire";
        return cf;
      })(),
    },
  ],
  invalid: [
    {
      why: "no midway check between the September and December reviews",
      record: reviews("2026-08-03"),
      asOf: "2027-01-10",
      errors: [{ messageId: "missing", path: "/events/4" }],
    },
    {
      why: "a check on the day of the later review is not between the reviews",
      record: reviews("2026-08-03", "2026-12-10"),
      asOf: "2027-01-10",
      errors: [{ messageId: "missing", path: "/events/4" }],
    },
    { why: "no midway check between the conferences", record: conferences(), asOf: "2027-03-20", errors: [{ messageId: "missing", path: "/events/2" }] },
  ],
});
