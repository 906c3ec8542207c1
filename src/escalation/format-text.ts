import { formatLongDate } from "../calendar/index.js";
import { listRoles, weekdayDate } from "./describe.js";
import type { EscalationAction, StepSummary } from "./moves.js";
import type { EscalationStatus } from "./status.js";

/** How `reviewkit escalate` says what it did and where an escalation stands, in words for a person. */

const DONE: Record<EscalationAction, string> = {
  raise: "Raised at",
  respond: "Response recorded at",
  escalate: "Escalated to",
  resolve: "Resolved at",
  "refer-cafcass": "Referred to Cafcass alongside",
  "legal-advice": "Legal advice sought at",
  "senior-meeting": "Senior managers' meeting recorded at",
  note: "Note added at",
};

/**
 * One or two lines: what was done, to whom, who must be told; then the due dates.
 * @example formatStepText(result.summary, "2026-12-23") // "Raised at Stage One – Team Manager (formal-1) on 23 December 2026, …"
 */
export function formatStepText(s: StepSummary, date: string): string {
  const where = s.stageLabel ? `${DONE[s.action]} ${s.stageLabel}` : DONE[s.action].replace(/ (at|alongside)$/, "");
  let first = `${where} on ${formatLongDate(date)}`;
  if (s.delegatedTo) {
    first += `, delegated to the ${s.delegatedTo.role}${s.delegatedTo.name ? ` (${s.delegatedTo.name})` : " (name them with --to)"}`;
  }
  first += s.closes ? "; the escalation is closed." : ".";
  if (s.notify.length) first += ` Tell ${listRoles(s.notify)}.`;
  const dates: string[] = [];
  if (s.responseDue) dates.push(`Response due by ${weekdayDate(s.responseDue)}`);
  if (s.formalDue) dates.push(`${dates.length ? "the" : "The"} formal process is due to end by ${weekdayDate(s.formalDue)}`);
  return `${first}\n${dates.length ? `${dates.join("; ")}.\n` : ""}`;
}

/**
 * Where the escalation stands on `asOf`, a few lines.
 * @example formatStatusText(escalationStatus(e, profile, calendar, "2027-01-04"), "2027-01-04") // "Open at … since …"
 */
export function formatStatusText(s: EscalationStatus, asOf: string): string {
  const lines: string[] = [];
  if (s.state === "not-started") lines.push("Not raised yet.");
  else if (s.state === "closed") lines.push(`Closed on ${formatLongDate(s.closedOn ?? asOf)}${s.stageLabel ? `, at ${s.stageLabel}` : ""}.`);
  else {
    const who = s.delegatedTo ? `, delegated to the ${s.delegatedTo.role}${s.delegatedTo.name ? ` (${s.delegatedTo.name})` : ""}` : "";
    lines.push(`Open at ${s.stageLabel} since ${formatLongDate(s.reachedOn ?? asOf)}${who}.`);
    if (s.response) {
      const r = s.response;
      lines.push(
        r.respondedOn
          ? `Responded on ${formatLongDate(r.respondedOn)}${r.late ? `, after the due date ${weekdayDate(r.due)}` : ""}.`
          : `Response due by ${weekdayDate(r.due)}${r.overdue ? `: overdue on ${formatLongDate(asOf)}` : ""}.`,
      );
    }
  }
  if (s.formal) {
    const f = s.formal;
    const state = f.overdue ? `: overdue on ${formatLongDate(asOf)}` : f.late ? ": it ended after that" : "";
    lines.push(`Formal process from ${formatLongDate(f.startedOn)}, due to end by ${weekdayDate(f.due)}${state}.`);
  }
  if (s.cafcassReferredOn) lines.push(`Referred to Cafcass on ${formatLongDate(s.cafcassReferredOn)}.`);
  // A closed escalation on a ladder that takes no more steps has nothing next: say so, not "Next: ."
  lines.push(s.next.length > 0 ? `Next: ${s.next.join(", ")}.` : "Next: nothing; no step can be taken on this escalation.");
  return `${lines.join("\n")}\n`;
}
