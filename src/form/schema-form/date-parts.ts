/**
 * GOV.UK date inputs (day, month, year, and a time where a standard counts hours) to and from the
 * records' plain ISO strings. A date typed in part is kept as typed and stored in a shape the
 * schema rejects, so the person sees the schema's own "must be a real date" finding.
 */

/** The parts of a date input as the person typed them. */
export interface DateParts {
  day: string;
  month: string;
  year: string;
  time: string;
}

/** Parts of a stored value ("2026-12-21" or "2026-12-21T14:30"); empty parts for anything else. */
export function dateParts(value: unknown): DateParts {
  const m = typeof value === "string" ? /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}:\d{2}(?::\d{2})?))?$/.exec(value) : null;
  if (!m) return { day: "", month: "", year: "", time: "" };
  return { day: String(Number(m[3])), month: String(Number(m[2])), year: m[1] ?? "", time: m[4] ?? "" };
}

const pad = (s: string, n: number): string => (/^\d+$/.test(s) ? s.padStart(n, "0") : s);

/**
 * The value to store: undefined when nothing is typed, an ISO string when the parts make one
 * (the schema then checks the date is real), else the parts joined as typed (which the schema flags).
 * @example composeDate({ day: "3", month: "2", year: "2027", time: "" }) // "2027-02-03"
 */
export function composeDate(parts: DateParts): string | undefined {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  const time = parts.time.trim();
  if (!day && !month && !year && !time) return undefined;
  const date = `${year}-${pad(month, 2)}-${pad(day, 2)}`;
  return time ? `${date}T${/^\d:\d\d$/.test(time) ? `0${time}` : time}` : date;
}
