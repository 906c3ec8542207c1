/**
 * The output formats, each declared once: its name (`--format`, the file extension), what the form's
 * button says, its media type, and its writer. `render`, `render --format all`, the form's download
 * buttons, the command's help and a document's own list of formats all read this, so a format is
 * added here and nowhere else. Writers load on first use: `validate` never pays for them and a
 * DOCX-only run never loads pdfmake.
 */
import type { DocumentModel } from "./model.js";

/** Where a model came from, for a writer's error messages (the PDF font check names the field). */
export interface WriteSources {
  record: unknown;
  profile: unknown;
  template: string;
  file?: string;
}

/** One output format. @example OUTPUT_FORMATS.pdf.mime // "application/pdf" */
export interface OutputFormatSpec {
  /** What a person calls it: "PDF". */
  label: string;
  mime: string;
  write(model: DocumentModel, sources?: WriteSources): Promise<Uint8Array>;
}

/**
 * Every output format, in the order `--format all` writes them.
 * @example await OUTPUT_FORMATS.html.write(model)
 */
export const OUTPUT_FORMATS = {
  docx: {
    label: "DOCX",
    mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    write: async (model: DocumentModel) => (await import("./to-docx.js")).toDocx(model),
  },
  pdf: {
    label: "PDF",
    mime: "application/pdf",
    write: async (model: DocumentModel, sources?: WriteSources) => {
      // The page furniture is drawn too (the marking in bold), so it is checked with the body.
      const furniture = [model.title, model.authorityName, model.protectiveMarking, "Page 1 of 1"];
      const all = [...model.blocks, ...furniture.map((text) => ({ kind: "paragraph" as const, runs: [{ text }, { text, bold: true }] }))];
      // Loaded here, not above: the font check reads the fonts, which only a PDF needs.
      const [{ checkGlyphs }, { withBreakableWords }, { toPdf }] = await Promise.all([import("./glyph-check.js"), import("./long-words.js"), import("./to-pdf.js")]);
      checkGlyphs(all, sources ?? { record: undefined, profile: undefined, template: "(model)" });
      // Long unbroken words get invisible break opportunities: the PDF line breaker is quadratic in a word's length.
      return toPdf(withBreakableWords(model));
    },
  },
  html: {
    label: "HTML",
    mime: "text/html",
    write: async (model: DocumentModel) => new TextEncoder().encode((await import("./to-html.js")).toHtml(model)),
  },
} as const satisfies Record<string, OutputFormatSpec>;

/** @example const f: OutputFormat = "docx"; */
export type OutputFormat = keyof typeof OUTPUT_FORMATS;

/** The output formats' names, in order. @example FORMATS.includes("pdf") // true */
export const FORMATS = Object.keys(OUTPUT_FORMATS) as OutputFormat[];

/**
 * Type guard for a format name from the command line or the form.
 * @example isOutputFormat("pdf") // true
 */
export function isOutputFormat(name: unknown): name is OutputFormat {
  return typeof name === "string" && Object.hasOwn(OUTPUT_FORMATS, name);
}
