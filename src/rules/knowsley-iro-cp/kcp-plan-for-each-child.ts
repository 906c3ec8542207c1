/**
 * Knowsley CP Chair Standard 1.1 (Monitoring the Child's Plan):
 *   "CP Chair to ensure that the child's Child Protection Plan/permanence plan is fully focussed,
 *   SMART, fully reflects the current risks and circumstances of the child and each child has an
 *   individual plan."
 *
 * This rule is the "each child has an individual plan" part, across a case file: a conference that
 * makes N children subject to a plan should lead to N cp-plan records, one per child, each linked to
 * the conference by its id. kcp-plan-smart checks each plan's content.
 *
 * Judgement calls:
 *  - A case file is one child's. A sibling's plan may rightly sit in the sibling's own case file, so a
 *    missing plan for the case file's own child is an error, and for a sibling only a warning.
 *  - A missing plan is reported only once the plan was due (the "cp-plan-completed" timescale, 24
 *    hours, KCP-1.2), so a conference held today is not flagged. This rule reads that timescale;
 *    kcp-plan-within-24-hours owns it. A conference with no plan at all past its due date is the
 *    timeline's overdue "cp-plan-completed" item, which its owner reports: one item, one finding, so
 *    this rule stays quiet about that conference. It reports a child left without an individual plan
 *    where the conference's plan was made for someone else (the item is done, the child still has
 *    no plan).
 *  - A plan for a child the conference did not make subject to a plan, or who was not at that
 *    conference, is an error: it is nobody's individual plan. Two plans for one child from one
 *    conference are a warning (one is probably a draft left on file).
 *  - Plans whose conference record is not in the case file cannot be matched, and are left alone.
 */
import { defineRule } from "../define-rule.js";
import { compareIsoDates, datePart } from "../../calendar/index.js";
import { describeTimescale, longDate, recordsOfType } from "../helpers/index.js";
import { lateItemsOf } from "../../timeline/timeline-for.js";

export default defineRule({
  id: "kcp-plan-for-each-child",
  appliesTo: ["case-file"],
  severity: "error",
  description: "Each child a conference makes subject to a child protection plan has their own plan from that conference, and no plan is for a child the conference did not make subject to one.",
  source: { document: "000_e97c8872ca661401.txt", paragraph: "CP Chair Standard 1.1", requirement: "KCP-1.1" },
  reads: ["cp-plan-completed"],
  messages: {
    missing:
      "Child {{child}} was made subject to a child protection plan at the conference on {{conference}}, but the case file has no plan for them from that conference; each child has an individual plan, due within {{limit}}.",
    missingSibling:
      "Child {{child}} was also made subject to a plan at the conference on {{conference}}, and this case file has no plan for them. Please check their own case file holds their individual plan.",
    notAtConference:
      "This plan is for child {{child}}, who is not one of the children of the conference on {{conference}} it names. Check the conference ID and the child.",
    notSubject:
      "This plan is for child {{child}}, but the conference on {{conference}} did not make them subject to a child protection plan.",
    duplicate:
      "Child {{child}} has more than one plan from the conference on {{conference}}; each child should have one individual plan. Remove or link the extra one.",
  },
  check(caseFile, ctx) {
    const conferences = recordsOfType(caseFile, "cp-conference");
    const plans = recordsOfType(caseFile, "cp-plan");
    if (conferences.length === 0 && plans.length === 0) {
      ctx.notApplicable("no conferences or plans in the case file");
      return;
    }
    const limit = describeTimescale(ctx.timescale("cp-plan-completed"));
    const seen = new Set<string>();
    for (const { record: plan, index } of plans) {
      const conf = conferences.find((c) => c.record.id === plan.conferenceId)?.record;
      if (conf === undefined) continue;
      // The message's facts are written only for a finding (most plans pass).
      const data = () => ({ child: plan.child.id, conference: longDate(conf.conferenceDate) });
      const child = conf.children.find((c) => c.id === plan.child.id);
      if (child === undefined) {
        ctx.report({ messageId: "notAtConference", path: `/records/${index}/child/id`, data: data() });
      } else if (!child.outcome.subjectToPlan) {
        ctx.report({ messageId: "notSubject", path: `/records/${index}/child/id`, data: data() });
      } else {
        const key = `${conf.id}\u0000${child.id}`;
        if (seen.has(key)) ctx.report({ messageId: "duplicate", path: `/records/${index}`, data: data(), severity: "warning" });
        seen.add(key);
      }
    }
    // Conferences whose plan the timeline shows overdue: the timescale's owner reports those.
    // Only that kind's late and overdue items are read (src/timeline/timeline-for.ts), as its owner has them.
    const overdue = new Set(
      lateItemsOf(caseFile, ctx, ["cp-plan-completed"])
        .filter((i) => i.status === "overdue")
        .map((i) => datePart(i.trigger.date)),
    );
    for (const { record: conf, index } of conferences) {
      const due = ctx.dueDate(conf.conferenceEndedAt ?? conf.conferenceStartedAt ?? conf.conferenceDate, "cp-plan-completed");
      if (compareIsoDates(ctx.asOf, datePart(due)) <= 0) continue; // plans not due yet
      if (overdue.has(conf.conferenceDate)) continue; // no plan at all: kcp-plan-within-24-hours reports it
      conf.children.forEach((child, k) => {
        if (!child.outcome.subjectToPlan) return;
        if (plans.some((p) => p.record.conferenceId === conf.id && p.record.child.id === child.id)) return;
        const own = child.id === caseFile.child.id;
        ctx.report({
          messageId: own ? "missing" : "missingSibling",
          path: `/records/${index}/children/${k}`,
          data: { child: child.id, conference: longDate(conf.conferenceDate), limit },
          ...(own ? {} : { severity: "warning" as const }),
        });
      });
    }
  },
});
