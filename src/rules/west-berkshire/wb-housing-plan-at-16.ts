/**
 * West Berkshire Standard 1, For children in our care, Promotion of life skills:
 *   "Challenge teams to ensure Housing Plans are in place for all 16 year olds to include staying put
 *   arrangements, registration with local Housing providers or return to family."
 *
 * The age lives in the profile ("housing-plan-age", 192 months: profiles count time in months, not
 * years) and is read as an age in completed years, with the child's age taken on the review date
 * (ageOn), so the plan is due from the 16th birthday. Judgement calls:
 *  - "All 16 year olds" is read as 16 and over: a 17-year-old still needs a housing plan, and the
 *    duty starts at 16.
 *  - No housing plan, or one recorded as not in place, is an error.
 *  - A plan in place with nothing said about what it is (staying put, registration with housing
 *    providers, return to family) is a warning: the standard says what it should include.
 */
import { defineRule } from "../define-rule.js";
import { ageOn, longDate } from "../helpers/index.js";

export default defineRule({
  id: "wb-housing-plan-at-16",
  appliesTo: ["looked-after-review"],
  severity: "error",
  description: "Every young person in care aged {housing-plan-age.years} or over has a housing plan.",
  source: { document: "002_eca72b624649d413.txt", paragraph: "Standard 1, Promotion of life skills", requirement: "WB-1.H16" },
  owns: ["housing-plan-age"],
  messages: {
    missing: "The young person was {{age}} at the review on {{review}}, and no housing plan is recorded; every young person aged {{from}} or over has one.",
    notInPlace: "The young person was {{age}} at the review on {{review}}, and the housing plan is recorded as not in place; every young person aged {{from}} or over has one.",
    noDetails:
      "A housing plan is in place, but what it is is not recorded. Say whether it is staying put, registration with housing providers, or a return to family.",
  },
  check(review, ctx) {
    const t = ctx.timescale("housing-plan-age");
    if (t.unit !== "months" || t.value % 12 !== 0) {
      throw new Error(`timescale "housing-plan-age" must be a whole number of years in months, got ${t.value} ${t.unit}`);
    }
    const from = t.value / 12;
    const age = ageOn(review.child.dateOfBirth, review.reviewDate);
    if (age < from) {
      ctx.notApplicable("young person under the housing plan age");
      return;
    }
    // The message's facts are written only for a finding.
    const data = () => ({ age, from, review: longDate(review.reviewDate) });
    const plan = review.housingPlan;
    if (plan === undefined) ctx.report({ messageId: "missing", path: "/housingPlan", data: data() });
    else if (!plan.inPlace) ctx.report({ messageId: "notInPlace", path: "/housingPlan/inPlace", data: data() });
    else if (plan.details === undefined) ctx.report({ messageId: "noDetails", path: "/housingPlan/details", severity: "warning" });
  },
});
