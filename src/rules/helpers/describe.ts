import { DURATION_UNIT_LABELS, formatLongDate } from "../../calendar/index.js";
import type { Timescale } from "../../profiles/types.js";

/**
 * A timescale as a person says it: "20 working days", "1 week", "24 hours".
 * @example describeTimescale({ value: 1, unit: "weeks" }) // "1 week"
 */
export function describeTimescale(t: Pick<Timescale, "value" | "unit">): string {
  const label: string = DURATION_UNIT_LABELS[t.unit];
  return `${t.value} ${t.value === 1 ? label.replace(/s$/, "") : label}`;
}

/** "21 December 2026" (or with the time, for date-times). Re-exported so rules import one place. */
export const longDate = formatLongDate;
