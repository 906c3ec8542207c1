/**
 * The plain-language checker (issue 5): jargon against a glossary, readability against the
 * profile's target for the reader. Used by `reviewkit check-language`, by validator rules on
 * child- and parent-facing fields, and by the renderer (a letter to a child or parent must pass).
 */
export { AUDIENCES, READABILITY_BANDS, bandFor, isAudience, type Audience, type ReadabilityBand } from "./audience.js";
export { GLOSSARY_KINDS, loadGlossary, type GlossaryEntry, type GlossaryKind } from "./glossary.js";
export { findJargon, type JargonHit, type JargonOptions } from "./find-jargon.js";
export { isExplainedInline } from "./explained-inline.js";
export { splitSentences, wordsIn, type Sentence } from "./sentences.js";
export { readability, round1, syllablesIn, type Readability } from "./readability.js";
export { targetFor, type LanguageTarget, type ReadabilityProfile } from "./targets.js";
export { checkLanguage, failures, MIN_WORDS_FOR_SCORES, type CheckLanguageOptions, type LanguageReport } from "./check-language.js";
export { RECORD_TEXT_FIELDS, recordText, type RecordText, type RecordTextSpec } from "./record-fields.js";
export { checkRecordLanguage, type CheckRecordOptions, type FieldLanguageReport, type RecordLanguageReport } from "./check-record.js";
export { markdownToText } from "./markdown-text.js";
export { readLanguageInput, type LanguageInput } from "./read-input.js";
export { checkLanguageInput, type CheckInputOptions } from "./check-input.js";
export { formatLanguageJson, formatLanguageText, type InputLanguageReport } from "./format-report.js";
