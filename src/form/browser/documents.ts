/**
 * Documents from the page: the record's documents (for a review, the child's decisions letter, the
 * minutes and each parent's letter; every copy a record gives, as `reviewkit render` writes them)
 * made in the browser by the CLI's own renderer, from the same templates and block
 * model (src/render: Handlebars template → Markdown → blocks → DOCX or HTML writer). The same
 * record gives the same bytes as `reviewkit render`. A preview shows the HTML writer's page.
 */
import { documentsFor, outputFileName, type DocumentName, DOCUMENTS } from "../../render/documents.js";
import { renderDocument } from "../../render/render-document.js";
import { isOutputFormat, OUTPUT_FORMATS, type OutputFormat } from "../../render/formats.js";
import { BUILT_IN_PROFILES, loadProfile } from "../../profiles/load-profile.js";
import { documentParts, partOption } from "../../render/conference-letter-children.js";
import type { CaseFile, CaseRecord } from "../../types/index.js";
import { esc } from "../schema-form/html.js";
import { getAt } from "../schema-form/pointer.js";
import type { FormApp } from "./app.js";
import { download } from "./open-save.js";
import { isCaseFile, recordPointer } from "./state.js";


const $ = <T extends HTMLElement = HTMLElement>(id: string): T => document.getElementById(id) as T;

/** The profile `reviewkit render` would use for this page's record: --profile, else the case file's authority. */
function renderProfile(app: FormApp): string {
  if (app.state.profileRef !== "auto") return app.state.profileRef;
  const authority = isCaseFile(app.state) ? app.state.root["authority"] : undefined;
  return typeof authority === "string" && (BUILT_IN_PROFILES as readonly string[]).includes(authority) ? authority : "england";
}

/** The record the page edits, or undefined. */
function currentRecord(app: FormApp): CaseRecord | undefined {
  const pointer = recordPointer(app.state);
  return pointer === undefined ? undefined : (getAt(app.state.root, pointer) as CaseRecord | undefined);
}

/**
 * One document's bytes, made as `reviewkit render <file> --format <format>` makes it.
 * @example await makeDocument(app, "child-letter", "docx")
 */
export async function makeDocument(app: FormApp, name: DocumentName, format: OutputFormat, part?: string): Promise<Uint8Array> {
  const record = currentRecord(app);
  if (!record) throw new Error("no record is open");
  return renderDocument(record, name, format, {
    ...partOption(name, part),
    profile: renderProfile(app),
    file: app.state.fileName ?? "form",
    ...(isCaseFile(app.state) ? { caseFile: app.state.root as unknown as CaseFile } : {}),
  });
}

/** Draws the documents panel for the record and wires its buttons. */
export function setupDocuments(app: FormApp): void {
  const panel = $("rk-documents");
  const draw = () => {
    const record = currentRecord(app);
    // One row per copy a record gives, as `reviewkit render` writes them: a conference's letter to
    // each child of the profile's age, each parent's own letter where the letters are split (where
    // there is domestic abuse, one parent's letter must never be taken for the other's).
    const profile = record ? loadProfile(renderProfile(app)) : undefined;
    const names = record && profile ? documentsFor(record).flatMap((d) => documentParts(record, d, profile).map((part) => ({ name: d, part }))) : [];
    if (!names.length) {
      panel.innerHTML = "";
      return;
    }
    const errors = app.state.findings.some((f) => f.severity === "error" || f.severity === "internal");
    const rows = names
      .map(({ name, part }) => {
        // The copy is named by its id (a child's or parent's id, as in the file name), never a name.
        const what = `${DOCUMENTS[name].description}${part === undefined ? "" : `, for ${part}`}`;
        const partAttr = part === undefined ? "" : ` data-part="${esc(part)}"`;
        return (
          `<li class="govuk-!-margin-bottom-4"><h3 class="govuk-heading-s govuk-!-margin-bottom-2">${esc(what.replace(/^./, (c) => c.toUpperCase()))}</h3><div class="rk-toolbar">` +
          `<button type="button" class="govuk-button govuk-button--secondary" data-doc="${name}"${partAttr} data-format="preview">Preview<span class="govuk-visually-hidden"> the ${esc(what)}</span></button>` +
          // The document's own formats, as `reviewkit render --format` names them (src/render/formats.ts).
          DOCUMENTS[name].formats.map((f) => `<button type="button" class="govuk-button govuk-button--secondary" data-doc="${name}"${partAttr} data-format="${f}">Download ${OUTPUT_FORMATS[f].label}<span class="govuk-visually-hidden"> of the ${esc(what)}</span></button>`).join("") +
          `</div></li>`
        );
      })
      .join("");
    const warn = errors ? `<div class="govuk-warning-text"><span class="govuk-warning-text__icon" aria-hidden="true">!</span><strong class="govuk-warning-text__text"><span class="govuk-visually-hidden">Warning</span> The record still has errors: fix them before you send a document.</strong></div>` : "";
    const preview = $("rk-preview");
    const kept = preview ? preview.outerHTML : `<div id="rk-preview" class="rk-preview" tabindex="-1" hidden></div>`;
    panel.innerHTML = `<h2 class="govuk-heading-m">Documents</h2>${warn}<ul class="govuk-list">${rows}</ul><p class="govuk-body rk-status" id="rk-doc-status" role="status" aria-live="polite"></p>${kept}`;
  };
  app.onChecked.push(draw);
  panel.addEventListener("click", (e) => {
    const b = (e.target as HTMLElement).closest<HTMLElement>("[data-doc]");
    const name = b?.dataset["doc"] as DocumentName | undefined;
    const format = b?.dataset["format"];
    const part = b?.dataset["part"];
    const record = currentRecord(app);
    if (!b || !name || !format || !record) return;
    const status = $("rk-doc-status");
    status.textContent = "Making the document…";
    if (format !== "preview" && !isOutputFormat(format)) return;
    const made = makeDocument(app, name, format === "preview" ? "html" : format, part);
    made
      .then((bytes) => {
        if (format === "preview") {
          // The HTML writer's page, body only: the page's own styles show it (its CSP allows no other).
          const doc = new DOMParser().parseFromString(new TextDecoder().decode(bytes), "text/html");
          const preview = $("rk-preview");
          preview.innerHTML = `<h2 class="govuk-heading-m">Preview: ${esc(doc.title)}</h2>${doc.body.innerHTML}`;
          preview.hidden = false;
          preview.focus();
          status.textContent = "Preview below.";
        } else {
          const file = outputFileName(String(record.id ?? "record"), name, format, part);
          download(bytes as Uint8Array<ArrayBuffer>, file, OUTPUT_FORMATS[format].mime);
          status.textContent = `Downloaded ${file}.`;
        }
      })
      .catch((err: unknown) => {
        // A document cannot be made from a record that breaks its template's assumptions: say so in one line.
        status.innerHTML = `<span class="govuk-error-message">The document could not be made: ${esc(err instanceof Error ? err.message.split("\n")[0] : String(err))}. Fix the errors above first.</span>`;
      });
  });
}
