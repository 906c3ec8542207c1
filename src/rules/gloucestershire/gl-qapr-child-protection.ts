/**
 * Gloucestershire PRP Protocol, Section 5 Quality Assurance and progress monitoring (GL-5-CP):
 *   "For a child on a Child Protection Plan this should take place between all formal statutory
 *   reviews. Children will have a minimum of 3 QAPR's in their first-year subject to a Child
 *   Protection Plan and 2 checks in subsequent years. QAPR's can be completed more regularly in line
 *   with the needs of the child but must not drop below the frequencies noted above."
 *
 * Two checks: a QAPR strictly between each pair of consecutive conferences (initial or review), and
 * for each plan period, each complete year of the plan (from its start; a year the plan did not last
 * or that has not yet ended is not judged) holds at least the profile's frequency of QAPRs
 * (qapr-cp-first-year, qapr-cp-later-years, which this rule owns). QAPRs are `qapr` events and
 * CP-form QA progress reviews. The years are the timeline's "qapr-cp" items, one per year of a plan.
 */
import { defineRule } from "../define-rule.js";
import { compareIsoDates } from "../../calendar/index.js";
import { eventsOfType, longDate, qaprDates, strictlyBetween } from "../helpers/index.js";
import { timelineItemsOf } from "../../timeline/timeline-for.js";

export default defineRule({
  id: "gl-qapr-child-protection",
  appliesTo: ["case-file"],
  severity: "error",
  description: "A child on a child protection plan has a QA progress review between conferences, at least {qapr-cp-first-year.value} in the plan's first year and {qapr-cp-later-years.value} a year after.",
  source: { document: "003_d67215d843be25d1.txt", paragraph: "Section 5", requirement: "GL-5-CP" },
  owns: ["qapr-cp-first-year", "qapr-cp-later-years"],
  messages: {
    missing: "No QA progress review is recorded between the conference on {{from}} and the next on {{to}}.",
    fewInYear: "The plan's {{year}} year, from {{from}} to {{to}}, has {{count}} QA progress review(s) recorded; the protocol asks for at least {{required}}.",
  },
  check(caseFile, ctx) {
    const qaprs = qaprDates(caseFile, "cp");
    const conferences = eventsOfType(caseFile, "initial-conference", "review-conference");
    let judged = 0;
    for (let i = 1; i < conferences.length; i++) {
      const from = conferences[i - 1]!.event.date;
      const to = conferences[i]!;
      if (compareIsoDates(from, to.event.date) >= 0) continue;
      judged++;
      if (!qaprs.some((d) => strictlyBetween(d, from, to.event.date))) {
        ctx.report({ messageId: "missing", path: `/events/${to.index}`, data: { from: longDate(from), to: longDate(to.event.date) } });
      }
    }
    // Each year of each plan period is a timeline item (src/timeline/schedules.ts `count`), so this
    // finding and the year `deadlines` shows short have the same due date: the year's last day.
    for (const item of timelineItemsOf(caseFile, ctx, ["qapr-cp"])) {
      if (item.timescale === undefined || !ctx.owns(item.timescale)) continue;
      if (compareIsoDates(ctx.asOf, item.due) <= 0) continue; // the year has not ended
      judged++;
      if (item.status !== "overdue") continue;
      const from = item.measuredFrom ?? item.trigger.date;
      const required = ctx.profile.frequencies[item.timescale]!.value;
      const count = qaprs.filter((d) => compareIsoDates(from, d) <= 0 && compareIsoDates(d, item.due) <= 0).length;
      ctx.report({
        messageId: "fewInYear",
        path: item.trigger.path.replace(/\/(startDate|from)$/, ""),
        data: { count, required, year: ordinal(Number(item.id.split(":").pop()) + 1), from: longDate(from), to: longDate(item.due) },
        timescale: item.timescale,
        due: item.due,
      });
    }
    if (!judged) ctx.notApplicable("no period between conferences and no year of a plan has ended");
  },
});

function ordinal(n: number): string {
  const words = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];
  return words[n - 1] ?? `${n}th`;
}
