import { defaultCalendar, type WorkingDayCalendar } from "../calendar/index.js";
import { forgetBeforeEachRun } from "../io/run-caches.js";
import { loadProfile } from "../profiles/load-profile.js";
import type { ResolvedProfile } from "../profiles/types.js";
import type { CaseFile, CaseRecord } from "../types/index.js";
import { buildContext, type TemplateContext } from "./context.js";
import { DOCUMENTS, type DocumentName } from "./documents.js";
import { escalationLevels, escalationTemplate } from "./escalation-form.js";
import { OUTPUT_FORMATS, type OutputFormat, type WriteSources } from "./formats.js";
import { fillTemplate } from "./fill-template.js";
import { readLogo } from "./logo.js";
import { markdownToBlocks } from "./markdown-to-model.js";
import type { DocumentModel } from "./model.js";
import { RenderError } from "./render-error.js";
import { TemplateSet } from "./template-files.js";

export { FORMATS, type OutputFormat } from "./formats.js";

/**
 * How to render. Everything is optional: the england profile, the shipped templates, the shipped
 * bank holidays. `caseFile` gives a conference its children's plans; `file` names the input in errors.
 * @example const options: RenderOptions = { profile: "knowsley", templatesDir: "./our-templates" };
 */
export interface RenderOptions {
  profile?: ResolvedProfile | string;
  templatesDir?: string;
  calendar?: WorkingDayCalendar;
  caseFile?: CaseFile;
  file?: string;
  /** Show progress recorded after the document's own date, up to this date, labelled as later progress. */
  progressTo?: string;
  /** Which child a conference's letter to the child is for (default: the first child). */
  childId?: string;
  /** Which parent a parent's own letter is for (a conference's `parents[].id`, a review's parent id); default: the joint letter, or the first parent. */
  parentId?: string;
}

const templateSets = new Map<string, TemplateSet>();
// A --templates folder may change between two runs of the command line in one process (cli/main.ts).
forgetBeforeEachRun(() => templateSets.clear());

function templatesFor(dir: string | undefined): TemplateSet {
  const key = dir ?? "";
  let set = templateSets.get(key);
  if (!set) templateSets.set(key, (set = new TemplateSet(dir)));
  return set;
}

function resolveProfile(p: RenderOptions["profile"]): ResolvedProfile {
  return typeof p === "object" ? p : loadProfile(p ?? "england");
}

/**
 * A record's document as the neutral block model, with the template context it was filled from.
 * Synchronous and format-free: the writers are loaded only when bytes are wanted.
 * @example const { model } = buildDocumentModel(lookedAfterReview(), "child-letter", { profile: "knowsley" }); model.title
 */
export function buildDocumentModel(
  record: CaseRecord,
  document: DocumentName,
  options: RenderOptions = {},
): { model: DocumentModel; context: TemplateContext; templateFile: string } {
  if (DOCUMENTS[document].recordType !== record.recordType) {
    // The record's own recordType is not repeated: when it is not one of ours it is record text.
    throw new RenderError(`a ${document} is made from a ${DOCUMENTS[document].recordType} record, not from this one`, options.file, "/recordType");
  }
  const profile = resolveProfile(options.profile);
  const context = buildContext(record, {
    profile,
    calendar: options.calendar ?? defaultCalendar(),
    ...(options.caseFile ? { caseFile: options.caseFile } : {}),
    ...(options.progressTo !== undefined ? { progressTo: options.progressTo } : {}),
    ...(options.childId !== undefined ? { childId: options.childId } : {}),
    ...(options.parentId !== undefined ? { parentId: options.parentId } : {}),
    document,
  });
  // The child's letter has one template per age band: wording and layout differ, not just size.
  // The escalation form takes the authority's own form's name and layout, from the profile.
  let name: string = document === "child-letter" || document === "child-conference-letter" ? `${document}-${String(context.doc["ageBand"])}` : document;
  if (record.recordType === "escalation" && document === "escalation-form") {
    name = escalationTemplate(profile.escalationForm);
    // Empty boxes for a manager (or the chair) to write in: zero-width spaces keep the lines.
    const box = (what: string) => `${what}\n\u200b\n\u200b\n\u200b`;
    context.doc["form"] = {
      ...(profile.escalationForm ?? { title: "Escalation form", layout: "general" }),
      responseBox: box("To be completed by the manager."),
      commentsBox: box("To be completed by the IRO or chair."),
    };
    context.doc["levels"] = escalationLevels(record, context.doc["ladderSteps"] as Parameters<typeof escalationLevels>[1]);
  }
  const set = templatesFor(options.templatesDir);
  const templateFile = set.template(name).file;
  const { meta, markdown } = fillTemplate(set, name, context);
  const logoPath = profile.authority.logo;
  const blocks = markdownToBlocks(markdown, {
    file: templateFile,
    ...(logoPath ? { logo: readLogo(logoPath, `${profile.authority.name} logo`) } : {}),
  });
  const model: DocumentModel = {
    // An authority's escalation form carries the form's own name.
    title: record.recordType === "escalation" && profile.escalationForm ? profile.escalationForm.title : meta.title,
    audience: meta.audience,
    style: meta.style,
    lang: "en-GB",
    date: String(context.doc["date"]),
    authorityName: profile.authority.name,
    protectiveMarking: profile.protectiveMarking,
    blocks,
  };
  return { model, context, templateFile };
}

/**
 * One document of one record in one format, as bytes. The same record, profile and templates give
 * the same bytes every time. A PDF fails (RenderError) if its font cannot draw a character.
 * @example const pdf = await renderDocument(lookedAfterReview(), "child-letter", "pdf", { profile: "knowsley" });
 */
export async function renderDocument(
  record: CaseRecord,
  document: DocumentName,
  format: OutputFormat,
  options: RenderOptions = {},
): Promise<Uint8Array> {
  if (!(DOCUMENTS[document].formats as readonly string[]).includes(format)) {
    throw new RenderError(`a ${document} is made as ${DOCUMENTS[document].formats.join(", ")}, not ${format}`, options.file);
  }
  const { model, context, templateFile } = buildDocumentModel(record, document, options);
  return writeModel(model, format, { record, profile: context.profile, template: templateFile, ...(options.file ? { file: options.file } : {}) });
}

/**
 * Writes a model in a format, with the format's own writer (src/render/formats.ts).
 * @example await writeModel(model, "html")
 */
export async function writeModel(model: DocumentModel, format: OutputFormat, sources?: WriteSources): Promise<Uint8Array> {
  return OUTPUT_FORMATS[format].write(model, sources);
}
