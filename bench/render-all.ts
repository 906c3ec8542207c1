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
import { performance } from "node:perf_hooks";
import { median, note, report } from "./lib/report.js";

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
  // The two ways differ only by two extra fills per document (about 60 ms a pass against 2 s of
  // writing), less than the drift of a shared machine between passes: each round times both, in
  // turn first, after two warm-up rounds, and the speedup is the ratio of the two medians (the
  // median of each round's own ratio was the less steady of the two in runs side by side).
  for (let i = 0; i < WARMUP; i++) {
    await perFormat();
    await once();
  }
  const before: number[] = [];
  const after: number[] = [];
  const fills: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const pair = i % 2 === 0 ? ([perFormat, once] as const) : ([once, perFormat] as const);
    const took: number[] = [];
    for (const f of pair) {
      const t0 = performance.now();
      await f();
      took.push(performance.now() - t0);
    }
    before.push(i % 2 === 0 ? took[0]! : took[1]!);
    after.push(i % 2 === 0 ? took[1]! : took[0]!);
    const t0 = performance.now();
    fill();
    fills.push(performance.now() - t0);
  }
  note(
    `render all: ${docs.length} documents of knowsley's examples in ${FORMATS.join(", ")}; model built once ${(median(after) / 1000).toFixed(2)} s, ` +
      `once per format ${(median(before) / 1000).toFixed(2)} s; filling and laying out alone ${median(fills).toFixed(0)} ms per pass ` +
      `(medians of ${ROUNDS} rounds after ${WARMUP} warm-up rounds; the two ways in turn first)`,
  );
  report("render.all_per_s", (docs.length / median(after)) * 1000, "documents/s");
  report("render.all_per_s_model_per_format", (docs.length / median(before)) * 1000, "documents/s", undefined, "before issue 15: the model built for each format");
  report("render.all_speedup", median(before) / median(after), "x");
}

const ROUNDS = 5;
const WARMUP = 2;
