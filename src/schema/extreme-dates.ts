/**
 * Dates so near year 0 or year 9999 that a due date counted from them might not be writable. The
 * case index asks whether a case file holds one (src/case-index/case-index.ts): if it does, the
 * timeline is built whole rather than kind by kind, so such a file fails the same rules the same way.
 *
 * The schema check already reads every date a record holds: each goes through the `date` or
 * `local-date-time` format (schemas/common/defs.schema.json: isoDate, isoDateTime; no other field is
 * a date). So the formats note an extreme date as they pass it, and validateRecord hands the answer
 * to the case index, which then need not walk every value of the case file again (issue 15: that
 * walk was 4% of a processor profile of case-file validation; case files took 2 to 3% less without it).
 */

/**
 * True when `value` starts like a date (YYYY-) with a year before 0200 or after 9799.
 * @example isExtremeDateString("9990-01-04") // true
 * @example isExtremeDateString("2026-11-23") // false
 */
export function isExtremeDateString(value: string): boolean {
  // "00"/"01" (years 0000–0199) or "98"/"99" (9800–9999) before a hyphen at 4: no Number() needed.
  if (value.length < 10 || value.charCodeAt(4) !== 45) return false;
  const a = value.charCodeAt(0);
  const b = value.charCodeAt(1);
  return (a === 48 && (b === 48 || b === 49)) || (a === 57 && (b === 56 || b === 57));
}

// Whether a format has passed an extreme date since the watch began. A module-level flag, not a
// value returned: ajv's generated code calls the formats, and it has nowhere to return one. The
// schema check is synchronous, so nothing else can run between startDateWatch and extremeDateSeen.
let seen = false;

/**
 * Starts noting extreme dates afresh: call just before a schema check whose answer you want.
 * @example startDateWatch(); validate(record); const extreme = extremeDateSeen();
 */
export function startDateWatch(): void {
  seen = false;
}

/**
 * Whether any date the formats checked since startDateWatch was extreme (isExtremeDateString).
 * @example startDateWatch(); validate(record); extremeDateSeen() // false for any real child's record
 */
export function extremeDateSeen(): boolean {
  return seen;
}

/**
 * A format definition that checks as `def` does and notes an extreme date as it passes: for the
 * `date` and `local-date-time` formats. The result has the same shape as `def` (an object with
 * `validate`), so the code ajv generates from it is the same.
 * @example ajv.addFormat("date", watchedFormat(fullFormats.date))
 */
export function watchedFormat<F extends { validate: (value: string) => boolean }>(def: F): F {
  const check = def.validate;
  return {
    ...def,
    validate(value: string): boolean {
      if (isExtremeDateString(value)) seen = true;
      return check(value);
    },
  };
}
