/**
 * docx.ms_per_doc, docx.ratio_vs_direct, docx.ratio_vs_docxtemplater: the same 3-page looked-after
 * review record to DOCX through reviewkit's renderer (template, Markdown, block model, writer, byte
 * stabilising), against building it directly with `docx` (the floor) and against docxtemplater filling
 * an equivalent template. Medians of 200 interleaved runs.
 */
import { renderDocument } from "../src/render/index.js";
import { buildDocxTemplate, directDocx, docxtemplaterFill, modelOf, threePageReview, DOC, PROFILE } from "./lib/documents.js";
import { atMost, median, note, report, timeInterleaved } from "./lib/report.js";

export async function benchDocx(): Promise<void> {
  const { record, decisions, pages } = await threePageReview();
  const model = modelOf(record);
  const template = await buildDocxTemplate(model);
  const RUNS = 200;
  const times = await timeInterleaved(
    {
      reviewkit: () => renderDocument(record, DOC, "docx", { profile: PROFILE }),
      direct: () => directDocx(model),
      docxtemplater: () => docxtemplaterFill(template, model),
    },
    RUNS,
  );
  const rk = median(times["reviewkit"]!);
  const direct = median(times["direct"]!);
  const dt = median(times["docxtemplater"]!);
  note(`docx: review minutes with ${decisions} decisions (${pages} pages as PDF, ${model.blocks.length} blocks); medians of ${RUNS}: reviewkit ${rk.toFixed(2)} ms, direct docx ${direct.toFixed(2)} ms, docxtemplater ${dt.toFixed(2)} ms`);
  report("docx.ms_per_doc", rk, "ms");
  report("docx.ratio_vs_direct", rk / direct, "x", atMost(1.25));
  report("docx.ratio_vs_docxtemplater", rk / dt, "x", atMost(1.0));
}
