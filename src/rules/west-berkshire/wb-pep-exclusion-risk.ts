/**
 * West Berkshire Standard 1, For children in our care, Enjoy and achieve:
 *   "Track children at risk of exclusion and ensure that Personal Education plans are reviewed at
 *   least every three months to ensure the education of young people is not undermined."
 *
 * An "exclusion-risk" event marks the day the child was identified as at risk of exclusion; its end
 * date, if any, the day the risk was judged over (overlapping risk events are one time at risk).
 * While at risk and in care, PEP reviews ("pep" events) are due at least every
 * "pep-review-exclusion-risk" (3 months): the first within 3 months of the risk being identified,
 * then within 3 months of the one before. Judgement calls:
 *  - The clock starts when the risk is identified, not at the last PEP before it: the standard is
 *    about children already known to be at risk, and a PEP review held before anyone knew of the
 *    risk was not reviewing it.
 *  - Time at risk stops when the child leaves care (the standard is for children in our care).
 *  - A risk event while the child is not in care is not checked.
 */
import { defineRule } from "../define-rule.js";
import { compareIsoDates } from "../../calendar/index.js";
import { checkIntervals, eventsOfType, longDate, lookedAfterPeriods } from "../helpers/index.js";

export default defineRule({
  id: "wb-pep-exclusion-risk",
  appliesTo: ["case-file"],
  severity: "error",
  description: "While a child in care is at risk of exclusion, their Personal Education Plan is reviewed at least every {pep-review-exclusion-risk}.",
  source: { document: "002_eca72b624649d413.txt", paragraph: "Standard 1, Enjoy and achieve", requirement: "WB-1.PEP" },
  owns: ["pep-review-exclusion-risk"],
  messages: {
    gap: "The child has been at risk of exclusion since {{since}}. After {{previous}} the next PEP review was due by {{due}} (at least every {{limit}}), but came on {{done}}.",
    overdue: "The child has been at risk of exclusion since {{since}}. There has been no PEP review since {{previous}}; one was due by {{due}} (at least every {{limit}}).",
  },
  check(caseFile, ctx) {
    const peps = eventsOfType(caseFile, "pep").map((e) => e.event.date);
    const care = lookedAfterPeriods(caseFile);
    // Times at risk, merged where risk events overlap; each keeps the index of the event that began it.
    const periods: { from: string; to: string | undefined; index: number }[] = [];
    for (const { event, index } of eventsOfType(caseFile, "exclusion-risk")) {
      const last = periods[periods.length - 1];
      if (last !== undefined && (last.to === undefined || compareIsoDates(event.date, last.to) <= 0)) {
        if (last.to !== undefined && (event.endDate === undefined || compareIsoDates(event.endDate, last.to) > 0)) last.to = event.endDate;
        continue;
      }
      periods.push({ from: event.date, to: event.endDate, index });
    }
    let any = false;
    for (const period of periods) {
      const inCare = care.find(
        (c) => compareIsoDates(c.from, period.from) <= 0 && (c.to === undefined || compareIsoDates(period.from, c.to) <= 0),
      );
      if (inCare === undefined || compareIsoDates(period.from, ctx.asOf) > 0) continue;
      any = true;
      const ends = [period.to, inCare.to].filter((d): d is string => d !== undefined).sort(compareIsoDates);
      checkIntervals(ctx, {
        start: period.from,
        dates: peps,
        end: ends[0],
        timescale: "pep-review-exclusion-risk",
        path: `/events/${period.index}`,
        messages: { gap: "gap", overdue: "overdue" },
        data: { since: longDate(period.from) },
      });
    }
    if (!any) ctx.notApplicable("no child in care at risk of exclusion");
  },
});
