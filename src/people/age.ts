import { parseIsoDate, toCivil, datePart } from "../calendar/index.js";

/**
 * Age in completed years on a date (a child born on 29 February turns a year older on 1 March in
 * non-leap years, as in law).
 * @example ageOn("2010-03-15", "2026-03-14") // 15
 */
export function ageOn(dateOfBirth: string, date: string): number {
  const b = toCivil(parseIsoDate(dateOfBirth));
  const d = toCivil(parseIsoDate(datePart(date)));
  let age = d.year - b.year;
  if (d.month < b.month || (d.month === b.month && d.day < b.day)) age--;
  return age;
}

/** The date a child reaches an age (16th birthday); 29 February births use 1 March in non-leap years. */
export function birthdayAt(dateOfBirth: string, years: number): string {
  const b = toCivil(parseIsoDate(dateOfBirth));
  const y = b.year + years;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  if (b.month === 2 && b.day === 29 && !leap) return `${y}-03-01`;
  return `${y}-${String(b.month).padStart(2, "0")}-${String(b.day).padStart(2, "0")}`;
}
