/**
 * Escalations (the dispute resolution process), good practice notes and QA progress reviews. Where an
 * escalation stands is read by the escalation state machine (src/escalation) with the child's
 * profile's ladder, the same replay `validate` and `escalate` use; the 20-working-day limit is the
 * ladder's total formal time, never restated here.
 */
import { replayEscalation, stageRank, stepFor, type EscalationStage } from "../../escalation/index.js";
import { raisedOn } from "../../rules/helpers/escalation-steps.js";
import { rulesFor } from "../../rules/run-rules.js";
import type { Citation } from "../../profiles/types.js";
import type { Contribute } from "../case-view.js";
import { inPeriod } from "../period.js";
import type { FigureDef } from "../tally.js";

/** Categories every authority's records use (GL-4.3). @example CATEGORIES[1] // "Drift and Delay" */
export const CATEGORIES = ["Safeguarding", "Drift and Delay", "Process"] as const;
/** QA grades (GL-5.1). @example GRADES[3] // "Inadequate" */
export const GRADES = ["Outstanding", "Good", "Requires Improvement", "Inadequate"] as const;

const STAGE_NAMES: Readonly<Record<EscalationStage, string>> = {
  informal: "Informal",
  "formal-1": "Formal stage 1",
  "formal-2": "Formal stage 2",
  "formal-3": "Formal stage 3",
  "formal-4": "Formal stage 4",
};
const STAGES = Object.values(STAGE_NAMES);
const GL_CATEGORIES: Citation = { document: "003_d67215d843be25d1.txt", paragraph: "Section 4.3", requirement: "GL-4.3" };
const GL_GRADES: Citation = { document: "003_d67215d843be25d1.txt", paragraph: "Section 5.1", requirement: "GL-5.1" };
const INADEQUATE_RULE = "gl-qapr-inadequate-challenge";

/** The escalations section's figures. @example ESCALATION_FIGURES.find((f) => f.id === "esc-raised") */
export const ESCALATION_FIGURES: readonly FigureDef[] = [
  { id: "esc-raised", section: "escalations", unit: "count", labels: CATEGORIES, title: "Escalations raised, by category", sources: [GL_CATEGORIES],
    definition: "Escalations whose first step (informal or formal) is dated in the period, by the category the IRO or chair gave." },
  { id: "esc-stage-reached", section: "escalations", unit: "count", labels: STAGES, title: "Escalations raised, by the highest stage reached",
    definition: "The same escalations, by the highest stage they reached by the as-of date on the authority's ladder." },
  { id: "esc-resolved", section: "escalations", unit: "count", labels: STAGES, title: "Escalations resolved, by the stage they were resolved at",
    definition: "Escalations closed in the period (a resolve step, or the outcome's resolved date), by the stage they stood at when closed." },
  { id: "esc-resolved-in-limit", section: "escalations", unit: "share", title: "Formal escalations resolved within the limit",
    definition: "Of the escalations closed in the period after going formal, those closed by the end of the ladder's total formal time (20 working days from the formal start nationally)." },
  { id: "esc-days-to-resolve", section: "escalations", unit: "median-working-days", title: "Working days from the formal start to resolution (median)",
    definition: "For the escalations closed in the period after going formal: working days from the first formal step to the close (day 0 is the formal start); the median, and how many were measured." },
  { id: "esc-open", section: "escalations", unit: "count", labels: STAGES, title: "Escalations still open", 
    definition: "Escalations raised on or before the period's last day and not closed by the as-of date, by the stage they stand at." },
  { id: "esc-cafcass", section: "escalations", unit: "count", title: "Referrals to Cafcass",
    definition: "Cafcass referral steps dated in the period (looked-after children only, IRO Handbook para 6.2)." },
  { id: "esc-legal-advice", section: "escalations", unit: "count", title: "Legal advice sought",
    definition: "Legal advice steps dated in the period." },
  { id: "good-practice-notes", section: "escalations", unit: "count", labels: CATEGORIES, title: "Good practice notes sent", sources: [GL_CATEGORIES],
    definition: "Good practice notes dated in the period, by category." },
  { id: "qapr-grades", section: "escalations", unit: "count", labels: GRADES, title: "QA progress reviews, by grade", sources: [GL_GRADES],
    definition: "QA progress reviews dated in the period, by grade." },
  { id: "qapr-inadequate-challenged", section: "escalations", unit: "share", title: "Inadequate grades followed by a formal challenge", sources: [GL_GRADES],
    definition: "Of the QA progress reviews in the period graded Inadequate, under a profile that requires a formal challenge (GL-5.1), those for which validate finds the formal challenge in time (no gl-qapr-inadequate-challenge error). One whose challenge is not yet due is left out." },
];

/** Adds one case file's escalation, good practice and QA figures. @example contributeEscalations(view, emit) */
export const contributeEscalations: Contribute = (v, emit) => {
  const inadequateRuleRuns = rulesFor(v.profile).some((r) => r.rule.id === INADEQUATE_RULE);
  v.caseFile.records.forEach((record, index) => {
    if (record.recordType === "escalation") {
      const r = replayEscalation(record, v.profile, v.calendar);
      const raised = raisedOn(record);
      const total = r.ladder.totalFormalTime.citation;
      // Each stage as the child's profile's ladder defines it (its role and response time).
      const stageCite = (stage: EscalationStage) => {
        const step = stepFor(r.ladder, stage);
        return step ? { cite: step.citation } : {};
      };
      if (inPeriod(raised, v.period)) {
        emit({ id: "esc-raised", label: record.category });
        const highest = r.visits.map((s) => s.stage).sort((a, b) => stageRank(b) - stageRank(a))[0];
        if (highest) emit({ id: "esc-stage-reached", label: STAGE_NAMES[highest], ...stageCite(highest) });
      }
      if (r.closed && inPeriod(r.closed.on, v.period)) {
        if (r.stage) emit({ id: "esc-resolved", label: STAGE_NAMES[r.stage], ...stageCite(r.stage) });
        if (r.formalStart && r.formalDue) {
          emit({ id: "esc-resolved-in-limit", num: r.closed.on <= r.formalDue ? 1 : 0, cite: total });
          emit({ id: "esc-days-to-resolve", days: v.calendar.workingDaysBetween(r.formalStart.date, r.closed.on), cite: total });
        }
      }
      if (r.state === "open" && raised <= v.period.to && r.stage) emit({ id: "esc-open", label: STAGE_NAMES[r.stage], ...stageCite(r.stage) });
      for (const s of r.cafcassReferrals) if (inPeriod(s.date, v.period)) emit({ id: "esc-cafcass", cite: r.ladder.cafcass.citation });
      for (const s of r.legalAdvice) if (inPeriod(s.date, v.period)) emit({ id: "esc-legal-advice", cite: r.ladder.legalAdvice.citation });
    } else if (record.recordType === "good-practice-note" && inPeriod(record.date, v.period)) {
      emit({ id: "good-practice-notes", label: record.category });
    } else if (record.recordType === "qa-progress-review" && inPeriod(record.date, v.period)) {
      emit({ id: "qapr-grades", label: record.grade });
      if (record.grade === "Inadequate" && inadequateRuleRuns) {
        const found = v.findings.find((f) => f.ruleId === INADEQUATE_RULE && f.path.startsWith(`/records/${index}/`));
        if (found && found.severity !== "error") v.leaveOut("Inadequate grade whose formal challenge is not yet due");
        else emit({ id: "qapr-inadequate-challenged", num: found ? 0 : 1 });
      }
    }
  });
};

