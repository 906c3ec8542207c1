/**
 * The drift list: every open review decision, agreed action and escalation step past its due date or
 * due within N working days, child by child. Red: past due. Amber: due within N working days. (Later
 * items are not drift, so the list holds no green rows.) Decisions and actions are due on the date
 * their own record sets; escalation responses and the formal total come from the timeline.
 */
import { compareIsoDates } from "../calendar/index.js";
import type { Citation } from "../profiles/types.js";
import { anyEscalationCovers } from "../rules/helpers/review-decisions.js";
import type { Action, Escalation } from "../types/index.js";
import type { CaseView } from "./case-view.js";
import { actionState, decisionsOf } from "./decision-state.js";
import { citeFor } from "./cite-for.js";
import { DECISIONS_CITATION, NATIONAL_DECISIONS } from "./figures/decisions.js";
import type { DriftRow, Rag } from "./types.js";

const cite = (document: string, paragraph: string, requirement: string): Citation => ({ document, paragraph, requirement });
/** Each record type's actions: the authority standard that sets them, and the national one otherwise. */
const ACTION_SOURCES: Readonly<Record<string, [Citation, Citation]>> = {
  "looked-after-review": [cite("002_eca72b624649d413.txt", "Standard 1 Parallel planning", "WB-1.PP"), { document: "CPPCR-2010", paragraph: "reg 5 (the care plan and its contingency)" }],
  escalation: [cite("003_d67215d843be25d1.txt", "Section 4.1", "GL-4.1"), cite("IRO-Handbook-2010", "para 6.2 (local dispute resolution process)", "NAT-HB-6.2")],
  "qa-progress-review": [cite("003_d67215d843be25d1.txt", "Section 5.1", "GL-5.1"), cite("003_d67215d843be25d1.txt", "Section 5.1", "GL-5.1")],
  "cp-plan": [cite("000_e97c8872ca661401.txt", "CP Chair Standard 1.1", "KCP-1.1"), { document: "Working-Together-2023", paragraph: "Chapter 3, the child protection plan" }],
};
const ESCALATION_KINDS = ["escalation-stage-response", "escalation-formal-total"];

/**
 * One case file's drift rows, most overdue first.
 * @example driftRows(view, 5).filter((r) => r.rag === "red")
 */
export function driftRows(v: CaseView, within: number): DriftRow[] {
  const rows: DriftRow[] = [];
  const child = v.caseFile.child;
  const base = { childId: child.id, child: child.name, team: child.team, iro: child.iro?.name ?? child.cpChair?.name ?? "", authority: v.profile.name, file: v.file };
  const rag = (due: string): { rag: Rag; workingDays: number } | undefined => {
    const days = v.calendar.workingDaysBetween(v.asOf, due);
    if (compareIsoDates(due, v.asOf) < 0) return { rag: "red", workingDays: days };
    return days <= within ? { rag: "amber", workingDays: days } : undefined;
  };
  const escalations: Escalation[] = [];
  for (const r of v.caseFile.records) if (r.recordType === "escalation") escalations.push(r);
  const covered = anyEscalationCovers(escalations);

  const decisionCite = v.profile.timescales["decision-monitoring"]?.citation ?? citeFor(v.profile, DECISIONS_CITATION, NATIONAL_DECISIONS);
  for (const d of decisionsOf(v.caseFile, v.asOf)) {
    if (d.state !== "open") continue;
    const r = rag(d.decision.dueDate);
    if (!r) continue;
    rows.push({ ...base, what: "decision", ref: d.decision.id, title: `Review decision ${d.decision.id}`, due: d.decision.dueDate, ...r,
      escalated: covered(d.decision), citation: decisionCite });
  }
  for (const { action, ref, type } of actionsOf(v)) {
    if (actionState(action, v.asOf) !== "open") continue;
    const r = rag(action.dueDate);
    if (r) rows.push({ ...base, what: "action", ref, title: `Agreed action (${type.replace(/-/g, " ")})`, due: action.dueDate, ...r, citation: citeFor(v.profile, ...ACTION_SOURCES[type]!) });
  }
  for (const kind of ESCALATION_KINDS) {
    for (const item of v.items(kind)) {
      if (item.status !== "overdue" && item.status !== "due") continue;
      const due = item.due.slice(0, 10);
      const r = rag(due);
      if (r) rows.push({ ...base, what: "escalation", ref: item.trigger.path, title: item.title, due, ...r, citation: item.citation });
    }
  }
  return rows.sort((a, b) => compareIsoDates(a.due, b.due));
}

/** Every agreed action in the case file's records, with a reference that names the record, not its content. */
function actionsOf(v: CaseView): { action: Action; ref: string; type: string }[] {
  const out: { action: Action; ref: string; type: string }[] = [];
  v.caseFile.records.forEach((r) => {
    const add = (list: readonly Action[] | undefined, where: string) =>
      (list ?? []).forEach((action, i) => out.push({ action, ref: `${r.id} ${where}${i + 1}`, type: r.recordType }));
    if (r.recordType === "looked-after-review") add(r.permanence?.parallelPlanActions, "parallel plan action ");
    else if (r.recordType === "escalation") r.events.forEach((e, j) => add(e.agreedActions, `step ${j + 1} action `));
    else if (r.recordType === "qa-progress-review") add(r.recommendations, "recommendation ");
    else if (r.recordType === "cp-plan") r.outcomes.forEach((o) => add(o.actions as Action[], `outcome ${o.id} action `));
  });
  return out;
}
