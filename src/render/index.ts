/**
 * reviewkit's document generator: records → Handlebars + Markdown templates → one block model →
 * DOCX, PDF and HTML. Writers load lazily; importing this module loads no writer.
 * @example import { renderDocument } from "reviewkit"; const pdf = await renderDocument(record, "child-letter", "pdf", { profile: "knowsley" });
 */
export { renderDocument, buildDocumentModel, writeModel, FORMATS, type OutputFormat, type RenderOptions } from "./render-document.js";
export { OUTPUT_FORMATS, isOutputFormat, type OutputFormatSpec } from "./formats.js";
export { renderFiles, OutputError, type RenderFilesOptions, type RenderFilesResult } from "./render-files.js";
export { DOCUMENTS, DOCUMENT_NAMES, documentsFor, isDocumentName, outputFileName, type DocumentName } from "./documents.js";
export { RenderError } from "./render-error.js";
export { escapeMarkdown } from "./escape-markdown.js";
export { AGE_BANDS, ageBand, type AgeBand } from "./helpers.js";
/** The block model the writers read. @example const blocks: Block[] = buildDocumentModel(record, "cp-plan").model.blocks; */
export type { Block, Run, DocumentModel, DocumentStyle, DocumentAudience } from "./model.js";
