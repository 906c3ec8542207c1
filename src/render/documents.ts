import type { CaseRecord } from "../types/index.js";
import { FORMATS, type OutputFormat } from "./formats.js";

/** Every document is made in every format today; a document limited to some lists them instead. */
const EVERY_FORMAT: readonly OutputFormat[] = FORMATS;

/**
 * The documents reviewkit writes, each declared once: the record type it is made from, what it is,
 * and the formats it is made in (src/render/formats.ts). `render`, the form's documents panel, the
 * command's help and the README read this list; its template is templates/<name>.md. A looked-after
 * review gives the child's letter, the minutes and a letter to each parent who took part; a conference
 * gives the minutes (with each child's plan from the case file), a letter to each child of the
 * profile's age and the parents' letter (one per parent where the record splits it); every other kind
 * gives its one form.
 * @example DOCUMENTS["parent-letter"].recordType // "cp-conference"
 */
export const DOCUMENTS = {
  "child-letter": { recordType: "looked-after-review", description: "letter to the child about their review's decisions (age-banded)", formats: EVERY_FORMAT },
  "lac-review-minutes": { recordType: "looked-after-review", description: "looked-after review record (minutes)", formats: EVERY_FORMAT },
  "lac-parent-letter": { recordType: "looked-after-review", description: "letter to each parent who took part in a looked-after review, with its decisions", formats: EVERY_FORMAT },
  "cp-conference-minutes": { recordType: "cp-conference", description: "child protection conference record and plans", formats: EVERY_FORMAT },
  "child-conference-letter": { recordType: "cp-conference", description: "letter to each child of the profile's age after a child protection conference (age-banded)", formats: EVERY_FORMAT },
  "parent-letter": { recordType: "cp-conference", description: "letter to the parents after a child protection conference (one per parent where there is domestic abuse or a parent was seen separately)", formats: EVERY_FORMAT },
  "cp-plan": { recordType: "cp-plan", description: "one child's child protection plan", formats: EVERY_FORMAT },
  "escalation-form": { recordType: "escalation", description: "escalation (dispute resolution) form on the authority's ladder", formats: EVERY_FORMAT },
  "good-practice-note": { recordType: "good-practice-note", description: "good practice note to the social worker, copied to their manager", formats: EVERY_FORMAT },
  "qa-progress-review": { recordType: "qa-progress-review", description: "quality assurance progress review record", formats: EVERY_FORMAT },
} as const;

/**
 * Rules that check one document's own content: their findings hold back only that document, not
 * the record's other documents (the minutes do not wait for the child's wording).
 * @example DOCUMENT_RULES["kiro-child-letter-wording"] // "child-letter"
 */
export const DOCUMENT_RULES: Readonly<Record<string, string>> = { "kiro-child-letter-wording": "child-letter", "kcp-parent-letters-safe": "parent-letter" };

/** @example const d: DocumentName = "child-letter"; */
export type DocumentName = keyof typeof DOCUMENTS;

/** Every document name, in the order above. @example DOCUMENT_NAMES.includes("cp-plan") // true */
export const DOCUMENT_NAMES = Object.keys(DOCUMENTS) as DocumentName[];

/**
 * Type guard for a document name from the command line.
 * @example isDocumentName("child-letter") // true
 */
export function isDocumentName(name: unknown): name is DocumentName {
  return typeof name === "string" && Object.hasOwn(DOCUMENTS, name);
}

/**
 * The documents a record gives, in a stable order (none for concern notes and significant changes:
 * they are logged, not sent).
 * @example documentsFor(lookedAfterReview()) // ["child-letter", "lac-review-minutes"]
 */
export function documentsFor(record: Pick<CaseRecord, "recordType">): DocumentName[] {
  return DOCUMENT_NAMES.filter((d) => DOCUMENTS[d].recordType === record.recordType);
}

/**
 * A file name from the record id and document: never the child's name, which must not show in a
 * folder listing or an email attachment. Characters unsafe in file names become "_". A document
 * made once per person (a conference's letter to each child, a parent's own letter) adds that person's id.
 * @example outputFileName("LAR-2026-12-10", "child-letter", "pdf") // "LAR-2026-12-10.child-letter.pdf"
 * @example outputFileName("ICPC-1", "child-conference-letter", "pdf", "KN-31502") // "ICPC-1.child-conference-letter.KN-31502.pdf"
 * @example outputFileName("ICPC-1", "parent-letter", "pdf", "mother") // "ICPC-1.parent-letter.mother.pdf"
 */
export function outputFileName(recordId: string, document: DocumentName, ext: string, part?: string): string {
  const clean = (s: string) => s.replace(/[^A-Za-z0-9._-]/g, "_").replace(/^\.+/, "_");
  return `${clean(recordId)}.${document}.${part === undefined ? "" : `${clean(part)}.`}${ext}`;
}
