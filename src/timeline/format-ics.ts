/**
 * Deadlines as an iCalendar file for the IRO's own calendar: one all-day event per item on its due
 * date. An IRO's calendar is a work tool that may sync to a phone, so events name the child by
 * initials and id only, never their full name. Same input, same bytes: UIDs come from the case file
 * and item ids, and the stamp is the as-of date, not the clock.
 */
import ical from "ical-generator";
import { datePart, defaultCalendar, formatLongDate, parseDay, toCivil, type WorkingDayCalendar } from "../calendar/index.js";
import { nonWorkingDue } from "./non-working-due.js";
import type { DeadlineItem, DeadlinesResult } from "./deadlines.js";
import { describeTimescale } from "../dates/describe.js";
import { triggerLabel } from "./labels.js";
import { documentTitle } from "../profiles/document-title.js";

/**
 * "A.O." from "Amara Okafor"; hyphenated and multi-part names give each part's initial.
 * @example initials("Amara Okafor") // "A.O."
 */
export function initials(name: string): string {
  return name
    .split(/[\s-]+/u)
    .filter(Boolean)
    .map((part) => `${[...part][0]?.toLocaleUpperCase("en-GB") ?? ""}.`)
    .join("");
}

function utcDate(date: string): Date {
  const c = toCivil(parseDay(date));
  return new Date(Date.UTC(c.year, c.month - 1, c.day));
}

/**
 * The event's stable UID.
 * @example uidFor({ caseFileId: "CF-KN-0001", id: "lac-review:la-2026-12-15:0" }) // "CF-KN-0001/lac-review%3Ala-2026-12-15%3A0@reviewkit"
 */
export function uidFor(item: Pick<DeadlineItem, "caseFileId" | "id">): string {
  return `${encodeURIComponent(item.caseFileId)}/${encodeURIComponent(item.id)}@reviewkit`;
}

function description(item: DeadlineItem, workingDays: WorkingDayCalendar): string {
  const limit = item.value !== undefined && item.unit !== undefined ? describeTimescale({ value: item.value, unit: item.unit }) : undefined;
  const from = item.measuredFrom === undefined ? triggerLabel(item.trigger.event) : "the previous one";
  // Reports and contacts due before a meeting count back from it: say "before", not "from".
  const before = datePart(item.due) < datePart(item.trigger.date) || item.trigger.event.startsWith("scheduled-");
  const when = before
    ? `before ${triggerLabel(item.trigger.event)} on ${formatLongDate(item.trigger.date)}`
    : limit
      ? `${limit} from ${from} on ${formatLongDate(item.measuredFrom ?? item.trigger.date)}`
      : `from ${from} on ${formatLongDate(item.trigger.date)}`;
  const c = item.citation;
  const off = nonWorkingDue(item, workingDays);
  const offLine = off ? `\n${formatLongDate(off.day)} is ${off.what}: the last working day before it is ${formatLongDate(off.lastWorkingDay)}.` : "";
  return `Due ${formatLongDate(item.due)}: ${when}.${offLine}\nStandard: ${documentTitle(c.document)}, ${c.paragraph}${c.requirement ? ` (${c.requirement})` : ""}.\nCase file ${item.caseFileId}.`;
}

/**
 * The iCalendar text.
 * @example formatDeadlinesIcs(result).startsWith("BEGIN:VCALENDAR") // true
 */
export function formatDeadlinesIcs(result: DeadlinesResult, workingDays: WorkingDayCalendar = defaultCalendar()): string {
  const calendar = ical({ name: "reviewkit deadlines", prodId: { company: "reviewkit", product: "deadlines", language: "EN" } });
  const stamp = utcDate(result.asOf);
  for (const item of result.items) {
    calendar.createEvent({
      id: uidFor(item),
      start: utcDate(datePart(item.due)),
      allDay: true,
      stamp,
      summary: `${item.title} – ${initials(item.child.name)} (${item.child.id})`,
      description: description(item, workingDays),
    });
  }
  return calendar.toString();
}
