/**
 * Deadlines as CSV, one row per item, for a spreadsheet or a team's tracker.
 */
import { stringify } from "csv-stringify/sync";
import type { DeadlinesResult } from "./deadlines.js";
import { documentTitle } from "../profiles/document-title.js";

const COLUMNS = [
  "status",
  "due",
  "days",
  "child_id",
  "child_name",
  "team",
  "item",
  "trigger_event",
  "trigger_date",
  "done",
  "timescale",
  "value",
  "unit",
  "requirement",
  "document",
  "document_title",
  "paragraph",
  "case_file",
  "item_id",
] as const;

/**
 * CSV with a header row. `days` is signed working days: negative overdue (or late), positive left.
 * Cells that a spreadsheet would run as a formula (=, +, -, @ first) are prefixed with ' (OWASP CSV injection).
 * @example formatDeadlinesCsv(result).split("\n")[0] // "status,due,days,child_id,…"
 */
export function formatDeadlinesCsv(result: DeadlinesResult): string {
  const rows = result.items.map((i) => {
    const days = i.daysOverdue !== undefined ? -i.daysOverdue : i.daysLate !== undefined ? -i.daysLate : i.daysLeft;
    return [
      i.status,
      i.due,
      days ?? "",
      i.child.id,
      i.child.name,
      i.team,
      i.title,
      i.trigger.event,
      i.trigger.date,
      i.done ?? "",
      i.timescale ?? "",
      i.value ?? "",
      i.unit ?? "",
      i.citation.requirement ?? "",
      i.citation.document,
      documentTitle(i.citation.document),
      i.citation.paragraph,
      i.caseFileId,
      i.id,
    ].map((cell) => (typeof cell === "string" && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell));
  });
  return stringify(rows, { header: true, columns: [...COLUMNS] });
}
