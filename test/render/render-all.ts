/**
 * Renders every document of the full fixtures once per test file, in all three formats, so the
 * suites below share the work. The case file's profile is Knowsley (lac-minutes: 20 working days).
 * @example const all = await renderAll(); all[0].bytes.pdf
 */
import { renderDocument, type OutputFormat } from "../../src/render/render-document.js";
import { documentsFor, type DocumentName } from "../../src/render/documents.js";
import type { CaseRecord, CpPlan } from "../../src/types/index.js";
import { caseFileWithConference } from "./full-records.js";

export interface Rendered {
  record: CaseRecord;
  document: DocumentName;
  plans: CpPlan[];
  bytes: Record<OutputFormat, Uint8Array>;
}

export async function renderAll(): Promise<Rendered[]> {
  const caseFile = caseFileWithConference();
  const plans = caseFile.records.filter((r): r is CpPlan => r.recordType === "cp-plan");
  const out: Rendered[] = [];
  for (const record of caseFile.records) {
    for (const document of documentsFor(record)) {
      const bytes = {} as Record<OutputFormat, Uint8Array>;
      for (const format of ["docx", "pdf", "html"] as const) {
        bytes[format] = await renderDocument(record, document, format, { profile: "knowsley", caseFile });
      }
      out.push({ record, document, plans: document === "cp-conference-minutes" ? plans : [], bytes });
    }
  }
  return out;
}
