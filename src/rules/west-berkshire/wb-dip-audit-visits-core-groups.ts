/**
 * West Berkshire Standard 1, For children subject to Child Protection plans:
 *   "If there is a lack of compliance with visiting and recording as set out in the regulatory
 *   framework then escalate the issues and record as a dip audit."
 *   "If there is a lack of compliance with the frequency and recording of core groups then record as
 *   a dip audit and escalate the issues."
 * (Standard 3 repeats it: "Always challenge lack of visiting, core groups and failure to implement
 * the child protection plan according to statutory obligations with dip audits to record the
 * challenge.")
 *
 * While the child is on a plan, the rule finds the times visits or core groups were not held as the
 * profile's timescales require, and for each asks for both a dip audit ("dip-audit" event) and an
 * escalation (an escalation record about a child on a plan with a step) dated on or after the day the
 * visit or core group was due. Judgement calls:
 *  - West Berkshire's standards give no visit or core group frequency ("as set out in the regulatory
 *    framework"), so the numbers come from the profile, where it has them: the first core group
 *    within "first-core-group" of the initial conference (Working Together 2023, in the national
 *    profile); core groups at least every "core-group-interval" and visits at least every
 *    "cp-visit" only if the profile sets them (a local profile may add the Berkshire procedures').
 *  - One dip audit or escalation can answer several lapses, as long as it is dated on or after each.
 *  - The escalation cannot be matched to its subject, so any escalation about a child on a plan, with
 *    a step on or after the lapse, is taken as the challenge.
 *  - The finding cites WB-1.DIP (the missing dip audit or escalation), not the timescale that was
 *    missed: the late visit or core group itself is other rules' business.
 */
import { defineRule } from "../define-rule.js";
import { compareIsoDates } from "../../calendar/index.js";
import {
  cpPlanPeriods,
  describeTimescale,
  eventsOfType,
  intervalBreaches,
  longDate,
  recordsOfType,
  type IntervalBreach,
} from "../helpers/index.js";

export default defineRule({
  id: "wb-dip-audit-visits-core-groups",
  appliesTo: ["case-file"],
  severity: "error",
  description: "Where visits or core groups for a child on a plan were not held on time, the chair records a dip audit and escalates.",
  source: { document: "002_eca72b624649d413.txt", paragraph: "Standard 1, For children subject to Child Protection plans", requirement: "WB-1.DIP" },
  messages: {
    neither:
      "{{what}} was due by {{due}} ({{limit}}) and {{held}}. No dip audit and no escalation are recorded since: record a dip audit and escalate the issue.",
    noDipAudit: "{{what}} was due by {{due}} ({{limit}}) and {{held}}. It was escalated, but no dip audit is recorded since: record one.",
    notEscalated: "{{what}} was due by {{due}} ({{limit}}) and {{held}}. A dip audit is recorded, but the issue has not been escalated since.",
  },
  check(caseFile, ctx) {
    const periods = cpPlanPeriods(caseFile).filter((p) => compareIsoDates(p.from, ctx.asOf) < 0);
    if (periods.length === 0) {
      ctx.notApplicable("the child has not been on a child protection plan");
      return;
    }
    const audits = eventsOfType(caseFile, "dip-audit").map((e) => e.event.date);
    const escalationSteps = recordsOfType(caseFile, "escalation")
      .filter((e) => e.record.childStatus === "child-protection")
      .flatMap((e) => e.record.events.map((s) => s.date));
    const coreGroups = eventsOfType(caseFile, "core-group").map((e) => e.event.date);
    const visits = eventsOfType(caseFile, "cp-visit").map((e) => e.event.date);
    const has = (id: string) => ctx.profile.timescales[id] !== undefined;

    const lapses: { what: string; timescale: string; breach: IntervalBreach }[] = [];
    for (const period of periods) {
      // The first core group: one step from the start of the plan, not "every N".
      const first = intervalBreaches(ctx, { start: period.from, dates: coreGroups, end: period.to, timescale: "first-core-group" })[0];
      if (first !== undefined && first.previous === period.from) lapses.push({ what: "The first core group", timescale: "first-core-group", breach: first });
      if (has("core-group-interval")) {
        const firstHeld = coreGroups.filter((d) => compareIsoDates(d, period.from) > 0).sort(compareIsoDates)[0];
        if (firstHeld !== undefined) {
          for (const breach of intervalBreaches(ctx, { start: firstHeld, dates: coreGroups, end: period.to, timescale: "core-group-interval" })) {
            lapses.push({ what: "A core group", timescale: "core-group-interval", breach });
          }
        }
      }
      if (has("cp-visit")) {
        for (const breach of intervalBreaches(ctx, { start: period.from, dates: visits, end: period.to, timescale: "cp-visit" })) {
          lapses.push({ what: "A visit to the child", timescale: "cp-visit", breach });
        }
      }
    }
    for (const { what, timescale, breach } of lapses) {
      const audited = audits.some((d) => compareIsoDates(d, breach.due) >= 0);
      const escalated = escalationSteps.some((d) => compareIsoDates(d, breach.due) >= 0);
      if (audited && escalated) continue;
      ctx.report({
        messageId: !audited && !escalated ? "neither" : audited ? "notEscalated" : "noDipAudit",
        path: "/events",
        data: {
          what,
          due: longDate(breach.due),
          limit: describeTimescale(ctx.timescale(timescale)),
          held: breach.done === undefined ? `none was held by ${longDate(ctx.asOf)}` : `was held late, on ${longDate(breach.done)}`,
        },
      });
    }
  },
});
