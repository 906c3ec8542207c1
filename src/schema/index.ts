/**
 * Structural validation: reviewkit's JSON Schemas, compiled once, and their errors as findings.
 * @example
 * import { checkSchema } from "./schema/index.js";
 * const findings = checkSchema(record); // [] when the record's structure is sound
 */
export type { Finding, FindingSource, Severity } from "./finding.js";
export { severities } from "./finding.js";
export { isLocalDateTime, LOCAL_DATE_TIME_FORMAT } from "./formats.js";
export {
  allSchemas,
  createAjv,
  getProfileValidator,
  getValidator,
  isRecordType,
  isSchemaName,
  recordTypes,
  schemaById,
  schemaFile,
  schemaFor,
  schemaNames,
  type LoadedSchema,
  type RecordType,
  type SchemaName,
} from "./load-schemas.js";
export { checkSchema, findingsFromErrors, schemaFindings } from "./schema-findings.js";
