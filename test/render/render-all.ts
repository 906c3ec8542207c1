/**
 * Renders every document of the full fixtures once per test file, in all three formats (or the ones
 * a test reads), so the suites below share the work. The case file's profile is Knowsley (lac-minutes: 20 working days).
 * Each document's model is built once and handed to the three writers: what renderDocument does for
 * each format, without building the same model three times (test/render/format-all-once.test.ts
 * checks that the two give the same files).
 * @example const all = await renderAll(); all[0].bytes.pdf
 */
import { buildDocumentModel, writeModel, type OutputFormat, type RenderOptions } from "../../src/render/render-document.js";
import type { DocumentModel } from "../../src/render/model.js";
import { documentsFor, type DocumentName } from "../../src/render/documents.js";
import type { CaseRecord, CpPlan } from "../../src/types/index.js";
import { caseFileWithConference } from "./full-records.js";
import { documentParts, partOption } from "../../src/render/conference-letter-children.js";
import { loadProfile } from "../../src/profiles/load-profile.js";

export interface Rendered<F extends OutputFormat = OutputFormat> {
  record: CaseRecord;
  document: DocumentName;
  /** The part of a document made once per person: the child a conference's letter to the child is for, or the parent a parent's own letter is for. */
  childId?: string;
  plans: CpPlan[];
  bytes: Record<F, Uint8Array>;
}

const ALL_FORMATS = ["docx", "pdf", "html"] as const;

/**
 * One document in the formats asked for from one model, as renderDocument writes each.
 * @example const { bytes, model } = await renderFormats(record, "child-letter", { profile: "knowsley" }, ["pdf"]);
 */
async function renderFormats<F extends OutputFormat>(record: CaseRecord, document: DocumentName, options: RenderOptions, formats: readonly F[]): Promise<{ bytes: Record<F, Uint8Array>; model: DocumentModel }> {
  const { model, context, templateFile } = buildDocumentModel(record, document, options);
  const sources = { record, profile: context.profile, template: templateFile };
  const bytes = {} as Record<F, Uint8Array>;
  for (const format of formats) bytes[format] = await writeModel(model, format, sources);
  return { bytes, model };
}

/** Every document of the full fixtures, in the formats given (default all three). @example await renderAll(["docx"]) */
export async function renderAll<F extends OutputFormat = OutputFormat>(formats: readonly F[] = ALL_FORMATS as readonly OutputFormat[] as readonly F[]): Promise<Rendered<F>[]> {
  const caseFile = caseFileWithConference();
  const plans = caseFile.records.filter((r): r is CpPlan => r.recordType === "cp-plan");
  const out: Rendered<F>[] = [];
  for (const record of caseFile.records) {
    for (const document of documentsFor(record)) {
      for (const childId of documentParts(record, document, loadProfile("knowsley"))) {
        const { bytes } = await renderFormats(record, document, { profile: "knowsley", caseFile, ...partOption(document, childId) }, formats);
        out.push({ record, document, ...(childId === undefined ? {} : { childId }), plans: document === "cp-conference-minutes" ? plans : [], bytes });
      }
    }
  }
  return out;
}

/** One document of one bundled example, in all three formats, with its block model. */
export interface RenderedExample extends Rendered {
  name: string;
  model: DocumentModel;
}

/**
 * Renders every document of every bundled example (examples/<authority>/*.json) under its own
 * authority's profile, in all three formats.
 * @example const all = await renderExamples(); all.length // > 100
 */
export async function renderExamples(): Promise<RenderedExample[]> {
  const { readdirSync, readFileSync } = await import("node:fs");
  const { join } = await import("node:path");
  const { BUILT_IN_PROFILES } = await import("../../src/profiles/load-profile.js");
  const { shippedPath } = await import("../../src/paths.js");
  const out: RenderedExample[] = [];
  for (const authority of BUILT_IN_PROFILES) {
    const dir = shippedPath("examples", authority);
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".json"))) {
      const caseFile = JSON.parse(readFileSync(join(dir, file), "utf8")) as import("../../src/types/index.js").CaseFile;
      const plans = caseFile.records.filter((r): r is CpPlan => r.recordType === "cp-plan");
      for (const record of caseFile.records) {
        for (const document of documentsFor(record)) {
          for (const childId of documentParts(record, document, loadProfile(authority))) {
            const { bytes, model } = await renderFormats(record, document, { profile: authority, caseFile, ...partOption(document, childId) }, ALL_FORMATS);
            const name = `${authority}/${record.id} ${document}${childId === undefined ? "" : ` ${childId}`}`;
            out.push({ name, record, document, ...(childId === undefined ? {} : { childId }), plans: document === "cp-conference-minutes" ? plans : [], bytes, model });
          }
        }
      }
    }
  }
  return out;
}
