import { loadProfile } from "../profiles/load-profile.js";
import { UsageError } from "../errors.js";
import type { Audience } from "./audience.js";
import { checkLanguage } from "./check-language.js";
import { checkRecordLanguage } from "./check-record.js";
import type { InputLanguageReport } from "./format-report.js";
import { readLanguageInput } from "./read-input.js";
import type { ReadabilityProfile } from "./targets.js";

/** Options for checkLanguageInput; `profile` is a built-in id, a profile file, or a loaded profile. */
export interface CheckInputOptions {
  audience?: Audience;
  age?: number;
  profile?: string | ReadabilityProfile;
}

/** Ages a reader can be: children's services support care leavers up to 25. */
const MAX_AGE = 25;

/**
 * What `reviewkit check-language` runs: reads a text file, Markdown file, record or "-", and checks
 * it. Plain text is for a child unless `audience` says otherwise; a record's reader and the child's
 * age come from the record unless given. Throws UsageError for a bad age, InputError for bad input.
 * @example checkLanguageInput("letter.txt", { age: 9 }).report.pass
 * @example checkLanguageInput("review.json", { profile: "knowsley" }).report.fields
 */
export function checkLanguageInput(arg: string, options: CheckInputOptions = {}): InputLanguageReport {
  const { age, audience } = options;
  if (age !== undefined && !(Number.isInteger(age) && age >= 0 && age <= MAX_AGE)) {
    throw new UsageError(`--age must be a whole number of years from 0 to ${MAX_AGE}`);
  }
  const profile = typeof options.profile === "object" ? options.profile : loadProfile(options.profile ?? "england");
  const input = readLanguageInput(arg);
  const given = { profile, ...(age === undefined ? {} : { age }) };
  if (input.kind === "record") {
    return { file: input.file, report: checkRecordLanguage(input.record, { ...given, ...(audience ? { audience } : {}) }) };
  }
  return { file: input.file, report: checkLanguage(input.text, { ...given, audience: audience ?? "child" }) };
}
