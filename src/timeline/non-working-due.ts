/**
 * A limit in calendar days, weeks or months can end on a weekend or bank holiday; the meeting or
 * visit then has to happen by the working day before. The due date itself stays as the standard
 * sets it; this says what falls on it and which working day comes before, for what is still open,
 * within the bank-holiday data's horizon (beyond it the calendar only guesses).
 */
import { datePart, dayOfWeek, type WorkingDayCalendar } from "../calendar/index.js";
import type { TimelineItem } from "./types.js";

/**
 * What makes an open item's due date a non-working day, and the working day before it.
 * @example nonWorkingDue(item, calendar) // { day: "2026-12-25", what: "Christmas Day", lastWorkingDay: "2026-12-24" }
 */
export function nonWorkingDue(
  item: Pick<TimelineItem, "status" | "due">,
  calendar: WorkingDayCalendar,
): { day: string; what: string; lastWorkingDay: string } | undefined {
  if (item.status !== "due" && item.status !== "overdue") return undefined;
  const day = datePart(item.due);
  if (day < calendar.horizon.firstDate || day > calendar.horizon.lastDate || calendar.isWorkingDay(day)) return undefined;
  const what = calendar.holidayName(day) ?? `a ${dayOfWeek(day) === 6 ? "Saturday" : "Sunday"}`;
  return { day, what, lastWorkingDay: calendar.addWorkingDays(day, -1) };
}
