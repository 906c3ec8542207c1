/**
 * KSW-8.REP — Knowsley Practice Standards, section 8 (Children in Care):
 *   "The allocated social worker & other relevant workers (key workers, residential workers, and foster
 *   carers schools, health & CYPMHS) will provide a report for every review - sent to the Independent
 *   Reviewing Officer at least 5 days in advance;"
 *
 * "5 days" is read as working days (profiles/knowsley.json "review-reports" says why). Each report
 * with the date it reached the IRO is checked; reports with no date are left to KIRO-3.1.
 */
import { defineRule } from "../define-rule.js";
import { checkBefore } from "../helpers/index.js";

const LATE = { late: "late" };

export default defineRule({
  id: "review-reports-in-time",
  appliesTo: ["looked-after-review"],
  severity: "error",
  description: "Reports for a looked-after review reach the IRO at least {review-reports} before it.",
  source: { document: "004_b07548fa3c53f1e2.txt", paragraph: "Section 8", requirement: "KSW-8.REP" },
  owns: ["review-reports"],
  messages: {
    late: "A report for the review on {{trigger}} reached the IRO on {{done}}; it should have arrived by {{due}}, at least {{limit}} before.",
  },
  check(review, ctx) {
    // A plain loop over the reports, without a list of them and a list of the dated ones.
    const reports = review.reportsReceived;
    let dated = false;
    for (let i = 0; i < reports.length; i++) {
      const receivedOn = reports[i]!.receivedOn;
      if (receivedOn === undefined) continue;
      dated = true;
      checkBefore(ctx, { trigger: review.reviewDate, done: receivedOn, timescale: "review-reports", path: `/reportsReceived/${i}/receivedOn`, messages: LATE });
    }
    if (!dated) ctx.notApplicable("no report has a date it reached the IRO");
  },
});
