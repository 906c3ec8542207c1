/**
 * The deadlines table for a terminal: status, due date, child, item, days, citation; then, for a
 * caseload, counts by status and by team.
 */
import { datePart, dayOfWeek, defaultCalendar, parseDay, toCivil, isIsoDateTime, type WorkingDayCalendar } from "../calendar/index.js";
import { nonWorkingDue } from "./non-working-due.js";
import type { DeadlineItem, DeadlinesResult } from "./deadlines.js";
import type { ItemStatus } from "./types.js";
import type { StatusCounts } from "./urgency.js";

const DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * A due date for a table: weekday, day, short month, year, and the time where there is one.
 * @example shortDate("2027-01-12") // "Tue 12 Jan 2027"
 * @example shortDate("2026-12-22T14:30") // "Tue 22 Dec 2026 14:30"
 */
export function shortDate(s: string): string {
  const c = toCivil(parseDay(s));
  const date = `${DAYS[dayOfWeek(s) - 1]} ${c.day} ${MONTHS[c.month - 1]} ${c.year}`;
  return isIsoDateTime(s) ? `${date} ${s.slice(11, 16)}` : date;
}

/**
 * The WORKING DAYS column: how far past or ahead, in working days (as --within counts).
 * @example daysText({ status: "overdue", daysOverdue: 3 }) // "3 overdue"
 */
export function daysText(item: Pick<DeadlineItem, "status" | "daysLeft" | "daysOverdue" | "daysLate" | "noLimit">): string {
  if (item.noLimit && item.status === "due") return "no limit";
  if (item.status === "overdue") return item.daysOverdue === undefined ? "overdue" : `${item.daysOverdue} overdue`;
  if (item.status === "due") return item.daysLeft === undefined ? "" : item.daysLeft === 0 ? "today" : `${item.daysLeft} left`;
  if (item.status === "done-late") return `${item.daysLate ?? 0} late`;
  return "on time";
}

/**
 * The name a table shows for the child: the name they like to be called, else their name.
 * @example childLabel({ child: { id: "KN-0001", name: "Amara Okafor", preferredName: "Amara" } }) // "Amara (KN-0001)"
 */
export function childLabel(item: Pick<DeadlineItem, "child">): string {
  return `${item.child.preferredName ?? item.child.name} (${item.child.id})`;
}

/** "* Fri 25 Dec 2026 is Christmas Day: the last working day before it is Thu 24 Dec 2026." (see non-working-due.ts) */
function nonWorkingNote(item: DeadlineItem, calendar: WorkingDayCalendar): string | undefined {
  const n = nonWorkingDue(item, calendar);
  return n && `* ${shortDate(n.day)} is ${n.what}: the last working day before it is ${shortDate(n.lastWorkingDay)}.`;
}

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? "").length))) ?? [];
  return rows.map((r) => r.map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c] ?? 0))).join("  ").trimEnd()).join("\n");
}

const ORDER: ItemStatus[] = ["overdue", "due", "done-late", "done-on-time"];

function counts(c: StatusCounts): string {
  const parts = ORDER.filter((s) => c[s] > 0).map((s) => `${c[s]} ${s.replace(/-/g, " ")}`);
  return parts.length ? parts.join(", ") : "nothing";
}

/**
 * The whole text report.
 * @example process.stdout.write(formatDeadlinesText(result))
 */
export function formatDeadlinesText(result: DeadlinesResult, calendar: WorkingDayCalendar = defaultCalendar()): string {
  const lines: string[] = [];
  if (result.items.length === 0) {
    // Nothing read at all (every input refused, each with its own line): no table, no "nothing due".
    if (result.summary.caseFiles === 0 && result.failures.length > 0) return "";
    lines.push(`Nothing due or overdue as of ${shortDate(result.asOf)}.`);
  } else {
    const header = ["STATUS", "DUE", "CHILD", "ITEM", "WORKING DAYS", "CITATION"];
    const notes = new Map<string, string>();
    const rows = result.items.map((i) => {
      const note = nonWorkingNote(i, calendar);
      if (note) notes.set(datePart(i.due), note);
      return [i.status, `${shortDate(i.due)}${note ? "*" : ""}`, childLabel(i), i.title, daysText(i), i.citation.requirement ?? i.citation.document];
    });
    lines.push(table([header, ...rows]));
    for (const note of notes.values()) lines.push(note);
  }
  if (result.caseload) {
    lines.push("", `As of ${shortDate(result.asOf)}, ${result.summary.caseFiles} case file${result.summary.caseFiles === 1 ? "" : "s"}: ${counts(result.summary.byStatus)}.`);
    const teams = Object.entries(result.summary.byTeam);
    if (teams.length) {
      lines.push("By team:");
      lines.push(table(teams.map(([team, c]) => [`  ${team}`, counts(c)])));
    }
  }
  return `${lines.join("\n")}\n`;
}
