/**
 * A report in one output format, as bytes: HTML, PDF and DOCX through the document writers, CSV
 * and JSON as data.
 */
import { writeModel } from "../render/render-document.js";
import { formatDriftCsv, formatFiguresCsv } from "./format-csv.js";
import { reportModel } from "./to-document.js";
import type { Report } from "./types.js";

/** Output formats of `reviewkit report`. @example REPORT_FORMATS.includes("pdf") // true */
export const REPORT_FORMATS = ["html", "pdf", "docx", "csv", "json"] as const;
/** One of REPORT_FORMATS. @example const f: ReportFormat = "csv"; */
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/**
 * The report's bytes; `drift` gives the drift list alone (CSV and JSON).
 * @example const bytes = await reportBytes(report, "pdf"); // %PDF-…
 */
export async function reportBytes(report: Report, format: ReportFormat, options: { drift?: boolean | undefined; title?: string | undefined } = {}): Promise<Uint8Array> {
  const text = (s: string) => new TextEncoder().encode(s);
  if (format === "json") return text(`${JSON.stringify(options.drift ? { asOf: report.asOf, within: report.driftWithin, drift: report.drift } : report, null, 2)}\n`);
  if (format === "csv") return text(options.drift ? formatDriftCsv(report) : formatFiguresCsv(report));
  return writeModel(await reportModel(report, { title: options.title }), format);
}
