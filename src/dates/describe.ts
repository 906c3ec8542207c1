/**
 * Wording of durations and dates for people, shared by the timeline, the escalation ladder and the
 * rules (one place, below all of them).
 */
import { DURATION_UNIT_LABELS, formatLongDate, type DurationUnit } from "../calendar/index.js";

/**
 * A timescale as a person says it: "20 working days", "1 week", "24 hours".
 * @example describeTimescale({ value: 1, unit: "weeks" }) // "1 week"
 */
export function describeTimescale(t: { value: number; unit: DurationUnit }): string {
  const label: string = DURATION_UNIT_LABELS[t.unit];
  // One of a unit is its label less the final "s" (a string test: this words most findings' limit).
  return `${t.value} ${t.value === 1 && label.endsWith("s") ? label.slice(0, -1) : label}`;
}

/** "21 December 2026" (or with the time, for date-times). Re-exported so rules import one place. */
export const longDate = formatLongDate;
