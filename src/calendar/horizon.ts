/**
 * The horizon warning. Bank holidays are announced a year or so ahead, so past the data's last
 * year we cannot know them; we count only weekends as non-working there and say so, because a
 * silent guess could put a child's deadline on a bank holiday nobody told us about.
 */

/**
 * Where the holiday data stops, and where it came from.
 * @example { firstDate: "2018-01-01", lastDate: "2028-12-31", source: "GOV.UK bank-holidays.json, england-and-wales" }
 */
export interface CalendarHorizon {
  readonly firstDate: string;
  readonly lastDate: string;
  readonly source: string;
}

/**
 * The warning for a date outside the horizon. Before the data starts a newer download does not
 * help (GOV.UK drops old years), so the advice differs by side.
 * @example horizonWarning({ firstDate: "2018-01-01", lastDate: "2028-12-31", source: "GOV.UK bank-holidays.json, england-and-wales" }, "2029-01-03")
 * // "Bank holidays are known only from 2018-01-01 to 2028-12-31 (source: GOV.UK bank-holidays.json, england-and-wales); 2029-01-03 is outside that range, so only weekends were treated as non-working. Pass --holidays <file> with a newer GOV.UK file."
 */
export function horizonWarning(horizon: CalendarHorizon, date: string): string {
  const advice =
    date > horizon.lastDate
      ? "Pass --holidays <file> with a newer GOV.UK file."
      : "Pass --holidays <file> with a file in GOV.UK's format that covers that date.";
  return (
    `Bank holidays are known only from ${horizon.firstDate} to ${horizon.lastDate} (source: ${horizon.source}); ` +
    `${date} is outside that range, so only weekends were treated as non-working. ${advice}`
  );
}

/**
 * The type Node shows for our warnings: `(node:123) ReviewkitHorizonWarning: …`.
 * @example process.on("warning", (w) => { if (w.name === HORIZON_WARNING_TYPE) log(w.message); });
 */
export const HORIZON_WARNING_TYPE = "ReviewkitHorizonWarning";

const emitted = new Set<string>();

/**
 * The default `onWarning`: a Node process warning, once per distinct message per process (a batch
 * of 20,000 records must not print the same line 20,000 times).
 * @example createCalendar({ onWarning: emitHorizonWarning }) // what createCalendar() does anyway
 */
export function emitHorizonWarning(message: string): void {
  if (emitted.has(message)) return;
  emitted.add(message);
  process.emitWarning(message, HORIZON_WARNING_TYPE);
}
