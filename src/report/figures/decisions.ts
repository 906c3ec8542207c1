/**
 * Review decisions: made, done on time, overdue, and overdue with no escalation (drift). A decision's
 * due date is its own (set at the review, KIRO-2.2); where it stands is the rules' reading
 * (decision-state.ts); "escalated" is KIRO-2.6's reading (helpers/review-decisions.ts).
 */
import { compareIsoDates } from "../../calendar/index.js";
import type { Citation } from "../../profiles/types.js";
import { anyEscalationCovers } from "../../rules/helpers/review-decisions.js";
import type { Escalation } from "../../types/index.js";
import type { Contribute } from "../case-view.js";
import { decisionsOf } from "../decision-state.js";
import { inPeriod } from "../period.js";
import type { FigureDef } from "../tally.js";

/** Where review decisions' named person and timescale come from. @example DECISIONS_CITATION.requirement // "KIRO-2.2" */
export const DECISIONS_CITATION: Citation = { document: "000_e97c8872ca661401.txt", paragraph: "IRO Standard 2.2", requirement: "KIRO-2.2" };
/** The national floor for review decisions. @example NATIONAL_DECISIONS.document // "IRO-Handbook-2010" */
export const NATIONAL_DECISIONS: Citation = { document: "IRO-Handbook-2010", paragraph: "chapter 3 (the review's decisions, each with who will act and by when)" };
const DRIFT: Citation = { document: "000_e97c8872ca661401.txt", paragraph: "IRO Standard 2.6", requirement: "KIRO-2.6" };
const DISPUTE: Citation = { document: "IRO-Handbook-2010", paragraph: "para 6.2 (local dispute resolution process)", requirement: "NAT-HB-6.2" };

/** The decisions section's figures. @example DECISION_FIGURES.map((f) => f.id) */
export const DECISION_FIGURES: readonly FigureDef[] = [
  { id: "decisions-made", section: "decisions", unit: "count", title: "Decisions made", sources: [NATIONAL_DECISIONS, DECISIONS_CITATION],
    definition: "Decisions recorded at looked-after reviews held in the period." },
  { id: "decisions-on-time", section: "decisions", unit: "share", title: "Decisions done on time", sources: [NATIONAL_DECISIONS, DECISIONS_CITATION],
    definition: "Of the decisions due in the period (by their own due date, on or before the as-of date), those done or dropped with no later completion date than the due date; a decision reported done by a later review counts as done." },
  { id: "decisions-overdue", section: "decisions", unit: "count", title: "Decisions overdue", sources: [NATIONAL_DECISIONS, DECISIONS_CITATION],
    definition: "Decisions due in the period, before the as-of date, and still open on it." },
  { id: "decisions-drift", section: "decisions", unit: "count", title: "Decisions overdue and not escalated (drift)", sources: [DRIFT, DISPUTE],
    definition: "Of the overdue decisions, those no escalation answers: none names the decision, and none naming no decisions was raised on or after its due date (KIRO-2.6's reading, for every authority)." },
];

/** Adds one case file's decision figures. @example contributeDecisions(view, emit) */
export const contributeDecisions: Contribute = (v, emit) => {
  const escalations: Escalation[] = [];
  for (const r of v.caseFile.records) if (r.recordType === "escalation") escalations.push(r);
  const escalated = anyEscalationCovers(escalations);
  for (const d of decisionsOf(v.caseFile, v.asOf)) {
    if (inPeriod(d.review.reviewDate, v.period)) emit({ id: "decisions-made" });
    const due = d.decision.dueDate;
    if (!inPeriod(due, v.period) || compareIsoDates(due, v.asOf) >= 0) continue;
    if (d.state === "open") {
      emit({ id: "decisions-on-time", num: 0 });
      emit({ id: "decisions-overdue" });
      if (!escalated(d.decision)) emit({ id: "decisions-drift" });
    } else {
      const completed = d.doneOn;
      emit({ id: "decisions-on-time", num: completed === undefined || compareIsoDates(completed, due) <= 0 ? 1 : 0 });
    }
  }
};
