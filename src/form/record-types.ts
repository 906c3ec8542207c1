/**
 * The records the form edits (issue 12): each is one schema in schemas/, drawn by the generator.
 * The concern note is left out on purpose: it is written inside an escalation's steps.
 */
export const FORM_RECORD_TYPES = [
  "looked-after-review",
  "cp-conference",
  "cp-plan",
  "escalation",
  "qa-progress-review",
  "good-practice-note",
  "significant-change",
] as const;

/** One of {@link FORM_RECORD_TYPES}. */
export type FormRecordType = (typeof FORM_RECORD_TYPES)[number];

/**
 * True when the form can edit records of this type.
 * @example isFormRecordType("cp-plan") // true
 */
export function isFormRecordType(value: unknown): value is FormRecordType {
  return typeof value === "string" && (FORM_RECORD_TYPES as readonly string[]).includes(value);
}
