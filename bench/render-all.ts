/**
 * render.all_per_s (issue 15, point 5): documents per second written in all three formats (DOCX,
 * PDF, HTML), the way `render --format all` now does it (each document's model built once and given
 * to the three writers) against the way it did before (the whole document made once per format:
 * template filled, Markdown parsed, model built, three times), in the same run on the same
 * documents: every document of knowsley's example case files. The writers dominate (the PDF most),
 * so the saving is the two extra fills and parses per document.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { loadProfile } from "../src/profiles/load-profile.js";
import { documentParts, partOption } from "../src/render/conference-letter-children.js";
import { buildDocumentModel, documentsFor, FORMATS, renderDocument, writeModel, type DocumentName, type RenderOptions } from "../src/render/index.js";
import type { CaseFile, CaseRecord } from "../src/types/index.js";
import { ROOT } from "./lib/build.js";
import { median, note, report, timeInterleaved } from "./lib/report.js";

interface Doc {
  record: CaseRecord;
  document: DocumentName;
  options: RenderOptions;
}

function documents(): Doc[] {
  const dir = join(ROOT, "examples", "knowsley");
  const profile = loadProfile("knowsley");
  const out: Doc[] = [];
  for (const f of readdirSync(dir).filter((n) => n.endsWith(".case.json")).sort()) {
    const caseFile = JSON.parse(readFileSync(join(dir, f), "utf8")) as CaseFile;
    for (const record of caseFile.records) {
      for (const document of documentsFor(record)) {
        for (const part of documentParts(record, document, profile)) {
          out.push({ record, document, options: { profile, caseFile, file: f, ...partOption(document, part) } });
        }
      }
    }
  }
  return out;
}

export async function benchRenderAll(): Promise<void> {
  const docs = documents();
  const perFormat = async () => {
    for (const d of docs) for (const format of FORMATS) await renderDocument(d.record, d.document, format, d.options);
  };
  const once = async () => {
    for (const d of docs) {
      const { model, context, templateFile } = buildDocumentModel(d.record, d.document, d.options);
      for (const format of FORMATS) await writeModel(model, format, { record: d.record, profile: context.profile, template: templateFile });
    }
  };
  const fill = () => {
    for (const d of docs) buildDocumentModel(d.record, d.document, d.options);
  };
  const t = await timeInterleaved({ perFormat, once, fill }, 3, 1);
  const before = median(t["perFormat"]!);
  const after = median(t["once"]!);
  note(`render all: ${docs.length} documents of knowsley's examples in ${FORMATS.join(", ")}; model built once ${(after / 1000).toFixed(2)} s, once per format ${(before / 1000).toFixed(2)} s; filling and laying out alone ${median(t["fill"]!).toFixed(0)} ms per pass (medians of 3)`);
  report("render.all_per_s", (docs.length / after) * 1000, "documents/s");
  report("render.all_per_s_model_per_format", (docs.length / before) * 1000, "documents/s", undefined, "before issue 15: the model built for each format");
  report("render.all_speedup", before / after, "x");
}
