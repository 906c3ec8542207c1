/** Words for people: dates with their weekday, citations, lists of roles. */
import { dayOfWeek, formatLongDate } from "../calendar/index.js";
import type { Citation, ResolvedProfile } from "../profiles/types.js";

const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;

/**
 * A due date as a person reads it in a message: "Friday 5 February 2027".
 * @example weekdayDate("2027-01-04") // "Monday 4 January 2027"
 */
export function weekdayDate(date: string): string {
  return `${WEEKDAYS[dayOfWeek(date) - 1]} ${formatLongDate(date)}`;
}

/**
 * Where a ladder rule comes from, in brackets: the authority (or national document), the paragraph
 * and the requirement id.
 * @example citeLadder(profile, ladder.cafcass.citation) // "(Leicestershire County Council, Stage Four – Assistant Director (CAFCASS) [LEI-CAF])"
 */
export function citeLadder(profile: ResolvedProfile, citation: Citation): string {
  const doc = profile.documents.find((d) => d.id === citation.document);
  const source = doc && doc.authority !== "England" ? doc.authority : citation.document.replace(/-/g, " ");
  const req = citation.requirement ? ` [${citation.requirement}]` : "";
  return `(${source}, ${citation.paragraph}${req})`;
}

/**
 * "the Team Manager, the Social Worker and the IRO Manager".
 * @example listRoles(["Team Manager", "Social Worker"]) // "the Team Manager and the Social Worker"
 */
export function listRoles(roles: readonly string[]): string {
  const the = roles.map((r) => `the ${r}`);
  if (the.length <= 1) return the[0] ?? "no one";
  return `${the.slice(0, -1).join(", ")} and ${the[the.length - 1]}`;
}
