/**
 * Leicestershire, Positive Challenge (Midway Tracking) (LEI-MT):
 *   "The IRO and Independent Conference Chair has a duty to monitor the progress of the case (known
 *   as Midway Tracking). Should any issues arise during this time such as review decision timescales
 *   not adhered to … then these should be addressed informally … using the Positive Challenge process"
 *   Key Responsibilities: "… or within the role of mid-way tracking of cases within review periods."
 *
 * So every review period has a midway check: between each pair of consecutive looked-after reviews,
 * and between each pair of consecutive child protection conferences (initial or review), the case
 * file records a `midway-check` event. The standard sets no date within the period, so only periods
 * that have ended (the later meeting has happened) are judged; the period still running is not.
 */
import { defineRule } from "../define-rule.js";
import { compareIsoDates } from "../../calendar/index.js";
import { eventsOfType, longDate } from "../helpers/index.js";

export default defineRule({
  id: "lei-midway-tracking",
  appliesTo: ["case-file"],
  severity: "error",
  description: "A midway check is recorded between each pair of consecutive reviews, and of consecutive child protection conferences.",
  source: { document: "001_184c5097ab010ef4.txt", paragraph: "Positive Challenge (Midway Tracking)", requirement: "LEI-MT" },
  messages: {
    missing: "No midway check is recorded between the {{meeting}} on {{from}} and the next on {{to}}.",
  },
  check(caseFile, ctx) {
    const checks = eventsOfType(caseFile, "midway-check").map(({ event }) => event.date);
    const series = [
      { meeting: "looked-after review", events: eventsOfType(caseFile, "looked-after-review") },
      { meeting: "child protection conference", events: eventsOfType(caseFile, "initial-conference", "review-conference") },
    ];
    let periods = 0;
    for (const { meeting, events } of series) {
      for (let i = 1; i < events.length; i++) {
        const from = events[i - 1]!.event.date;
        const to = events[i]!;
        if (compareIsoDates(from, to.event.date) >= 0) continue;
        periods++;
        const checked = checks.some((d) => compareIsoDates(from, d) < 0 && compareIsoDates(d, to.event.date) < 0);
        if (!checked) {
          ctx.report({
            messageId: "missing",
            path: `/events/${to.index}`,
            data: { meeting, from: longDate(from), to: longDate(to.event.date) },
          });
        }
      }
    }
    if (!periods) ctx.notApplicable("no completed review period");
  },
});
