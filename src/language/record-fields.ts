import { ageOn as ageInYears } from "../people/age.js";
import { isIsoDate } from "../calendar/index.js";
import type { Audience } from "./audience.js";

/**
 * Which fields of a record are written FOR a child or a parent, as one table. Only these are
 * checked: a child's own words (childViews) and the professionals' record are not ours to simplify.
 * Each record type's text has one reader, because it goes out as one document: the child's copy of
 * the decisions (KIRO-1.11) or the family's summary of a conference or plan (KCP-3.2, KCP-3.3).
 * Field names follow schemas/*.schema.json; "*" stands for every item of an array.
 */
export interface RecordTextSpec {
  /** Who the text is for. */
  audience: Audience;
  /** The standard that asks for it in plain language. */
  standard: string;
  /** JSON Pointer to the record's date, to work out the child's age at the time. */
  date: string;
  /** JSON Pointer pattern(s) to children's dates of birth; with several, the youngest child counts. */
  dateOfBirth: string;
  /** JSON Pointer patterns to the text fields. */
  fields: string[];
}

/**
 * The record types with plain-language text, by recordType.
 * @example RECORD_TEXT_FIELDS["looked-after-review"]?.fields // ["/decisions/*\/childFriendlyText"]
 */
export const RECORD_TEXT_FIELDS: Readonly<Record<string, RecordTextSpec>> = {
  "looked-after-review": {
    audience: "child",
    standard: "KIRO-1.11 (a copy of all decisions in a child-friendly format)",
    date: "/reviewDate",
    dateOfBirth: "/child/dateOfBirth",
    fields: ["/decisions/*/childFriendlyText"],
  },
  "cp-conference": {
    audience: "parent",
    standard: "KCP-3.2 (jargon-free plain language so parents understand) and KCP-3.3 (the outcome made clear)",
    date: "/conferenceDate",
    dateOfBirth: "/children/*/dateOfBirth",
    fields: ["/worries", "/workingWell", "/needsToHappen", "/decisionExplained/outcomeToAchieve"],
  },
  "cp-plan": {
    audience: "parent",
    standard: "KCP-1.1 and KCP-3.3 (what needs to change, in plain language)",
    date: "/conferenceDate",
    dateOfBirth: "/child/dateOfBirth",
    fields: ["/outcomes/*/outcome"],
  },
};

/** One text field found in a record: its JSON Pointer and its text. */
export interface RecordTextField {
  path: string;
  text: string;
}

/** A record's plain-language text, who it is for, and the child's age on the record's date if known. */
export interface RecordText {
  recordType: string;
  audience: Audience;
  age?: number;
  fields: RecordTextField[];
}

/**
 * Values at a JSON Pointer pattern, with their concrete pointers; "*" walks every array item.
 * @example valuesAt({ decisions: [{ a: "x" }] }, "/decisions/*\/a") // [{ path: "/decisions/0/a", value: "x" }]
 */
export function valuesAt(root: unknown, pattern: string): { path: string; value: unknown }[] {
  let found: { path: string; value: unknown }[] = [{ path: "", value: root }];
  for (const key of pattern.split("/").slice(1)) {
    found = found.flatMap(({ path, value }) => {
      if (key === "*") return Array.isArray(value) ? value.map((v, i) => ({ path: `${path}/${i}`, value: v as unknown })) : [];
      if (typeof value !== "object" || value === null || Array.isArray(value) || !Object.hasOwn(value, key)) return [];
      return [{ path: `${path}/${key}`, value: (value as Record<string, unknown>)[key] }];
    });
  }
  return found;
}

/**
 * Age in completed years on a date (born 29 February: a year older on 1 March in other years).
 * @example ageOn("2016-03-15", "2026-03-14") // 9
 */
export function ageOn(dateOfBirth: string, date: string): number {
  // The one age rule is src/people/age.ts; a malformed date leaves the age unknown (NaN) here.
  return isIsoDate(dateOfBirth) && isIsoDate(date.slice(0, 10)) ? ageInYears(dateOfBirth, date) : Number.NaN;
}

/**
 * The plain-language text of a record, or undefined when its type has none (an escalation is
 * written for managers). Empty strings are skipped; a missing or malformed date leaves age unknown
 * (the validator reports bad dates; here that only means the strictest child target applies).
 * @example recordText(review)?.fields // [{ path: "/decisions/0/childFriendlyText", text: "You will stay with Sam." }]
 */
export function recordText(record: Record<string, unknown>): RecordText | undefined {
  const recordType = record.recordType;
  if (typeof recordType !== "string" || !Object.hasOwn(RECORD_TEXT_FIELDS, recordType)) return undefined;
  const spec = RECORD_TEXT_FIELDS[recordType];
  if (!spec) return undefined;
  const fields = spec.fields
    .flatMap((pattern) => valuesAt(record, pattern))
    .filter((f): f is { path: string; value: string } => typeof f.value === "string" && f.value.trim() !== "")
    .map(({ path, value }) => ({ path, text: value }));
  const date = valuesAt(record, spec.date)[0]?.value;
  const ages = valuesAt(record, spec.dateOfBirth)
    .map((f) => f.value)
    .filter((dob): dob is string => isIsoDate(dob) && isIsoDate(date) && dob <= date)
    .map((dob) => ageOn(dob, date as string));
  const out: RecordText = { recordType, audience: spec.audience, fields };
  if (ages.length > 0) out.age = Math.min(...ages);
  return out;
}
