/**
 * reviewkit's public API: re-exports only. See README.md for a guide.
 * @example
 * import { validateRecord, loadProfile, addWorkingDays } from "reviewkit";
 * addWorkingDays("2026-12-22", 5); // "2026-12-31": Christmas Day and the Boxing Day substitute are skipped
 * const { findings } = validateRecord(record, { profile: loadProfile("knowsley"), asOf: "2026-11-23" });
 */
export {
  addWorkingDays,
  workingDaysBetween,
  isWorkingDay,
  createCalendar,
  defaultCalendar,
  readHolidayFile,
  loadHolidayData,
  formatLongDate,
  isIsoDate,
  isIsoDateTime,
} from "./calendar/index.js";
export type { WorkingDayCalendar, CalendarOptions, HolidayData, CalendarDuration, DurationUnit } from "./calendar/index.js";

export { loadProfile, BUILT_IN_PROFILES } from "./profiles/load-profile.js";
export type { ProfileData } from "./profiles/load-profile.js";
export type { ResolvedProfile, Timescale, Ladder, LadderStage, Citation } from "./profiles/types.js";

export { validateRecord, rulesFor } from "./rules/run-rules.js";
export type { ValidateOptions, ValidationResult } from "./rules/run-rules.js";
export { validateFiles } from "./validate/validate-files.js";
export type { ValidateFilesOptions, ValidateFilesResult, FileResult } from "./validate/validate-files.js";
// A big folder on every core (issue 15): worker threads, the same result as validateFiles.
export { validateAndFormat, validateFilesInParallel } from "./validate/validate-in-workers.js";
export type { ParallelValidateOptions, PrintedValidation, ValidationFormat } from "./validate/validate-in-workers.js";
export { MIN_FILES_FOR_WORKERS } from "./io/worker-outcome.js";
export { formatText as formatValidationText, formatJson as formatValidationJson } from "./validate/format-text.js";
export { defineRule } from "./rules/define-rule.js";
export type { RuleDefinition, RuleContext, RuleSource } from "./rules/define-rule.js";
export { ALL_RULES } from "./rules/all-rules.js";

export { checkSchema } from "./schema/schema-findings.js";
export { recordTypes, isRecordType, schemaFor } from "./schema/load-schemas.js";
export type { Finding, Severity } from "./schema/finding.js";
export type * from "./types/index.js";

export { ReviewkitError, InputError, OutputError, UsageError, DateError, ProfileError, HolidayDataError } from "./errors.js";

// Due dates (issue 4): the timeline of a case file, deadlines across a caseload, and their formats.
export { buildTimeline, deadlinesForFiles, sortByUrgency, dueWithin, summarise, formatDeadlinesText, formatDeadlinesCsv, formatDeadlinesIcs } from "./timeline/index.js";
export type { DeadlineItem, DeadlinesOptions, DeadlinesResult } from "./timeline/index.js";
export type * from "./timeline/types.js";

// The escalation ladder as a state machine (issue 4).
export { planStep, takeStep, allowedActions, escalationStatus, replayEscalation, ladderFor, ESCALATION_ACTIONS, ESCALATION_STAGES, EscalationMoveError } from "./escalation/index.js";
export type { StepRequest, StepResult, StepPlan, EscalationAction, EscalationStatus, EscalationStage, EscalationReplay } from "./escalation/index.js";
export { escalateFile } from "./escalation/escalate-file.js";
export type { EscalateFileOptions, EscalateFileResult } from "./escalation/escalate-file.js";

// Plain language for children and parents (issue 5).
export { checkLanguage, checkRecordLanguage, findJargon, readability, loadGlossary, targetFor } from "./language/index.js";
export type { Audience, GlossaryEntry, JargonHit, LanguageReport, LanguageTarget, Readability, RecordLanguageReport } from "./language/index.js";

// Documents (issue 3). The DOCX and PDF writers load only when a document is rendered.
export { renderDocument, renderFiles, buildDocumentModel, documentsFor, DOCUMENT_NAMES, FORMATS, RenderError } from "./render/index.js";
export type { DocumentName, OutputFormat, RenderOptions, RenderFilesOptions, RenderFilesResult, DocumentModel, Block } from "./render/index.js";
