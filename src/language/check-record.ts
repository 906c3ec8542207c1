import { UsageError } from "../errors.js";
import type { Audience } from "./audience.js";
import { checkLanguage, type LanguageReport } from "./check-language.js";
import { RECORD_TEXT_FIELDS, recordText } from "./record-fields.js";
import type { ReadabilityProfile } from "./targets.js";

/** One field's own result, located by JSON Pointer; its jargon offsets count within the field. */
export interface FieldLanguageReport extends LanguageReport {
  path: string;
}

/**
 * A record's result. The top-level figures are for the record's text as one document (the child
 * gets all their decisions in one letter, KIRO-1.11): its fields joined in table order with a blank
 * line between, so top-level jargon offsets count in that joined text. `fields` has each field alone.
 */
export interface RecordLanguageReport extends LanguageReport {
  recordType: string;
  audience: Audience;
  fields: FieldLanguageReport[];
}

/** Options: `audience` and `age` override what the record says; `profile` gives the targets. */
export interface CheckRecordOptions {
  audience?: Audience;
  age?: number;
  profile: ReadabilityProfile;
}

/**
 * Checks the text a record holds for a child or a parent (see RECORD_TEXT_FIELDS). The reader
 * comes from the record type, and a child's age from their date of birth and the record's date,
 * unless the options say otherwise. A record whose fields are all empty passes with nothing checked.
 * @example
 * const r = checkRecordLanguage(review, { profile: loadProfile("england") });
 * r.fields.map((f) => [f.path, f.pass]) // [["/decisions/0/childFriendlyText", true]]
 */
export function checkRecordLanguage(record: Record<string, unknown>, options: CheckRecordOptions): RecordLanguageReport {
  if (record.recordType === "case-file") {
    // Its records have different readers and ages, so one verdict for the file would mean nothing.
    throw new UsageError("a case file holds several records, each for its own reader; check one record at a time");
  }
  const found = recordText(record);
  if (!found) {
    throw new UsageError(
      `this record type has no text written for a child or a parent; check-language reads ${Object.keys(RECORD_TEXT_FIELDS).join(", ")} records, or plain text`,
    );
  }
  const audience = options.audience ?? found.audience;
  const age = options.age ?? found.age;
  const opts = { audience, profile: options.profile, ...(age === undefined ? {} : { age }) };
  const whole = checkLanguage(found.fields.map((f) => f.text).join("\n\n"), opts);
  const fields = found.fields.map((f) => ({ path: f.path, ...checkLanguage(f.text, opts) }));
  return { recordType: found.recordType, audience, ...whole, fields };
}
