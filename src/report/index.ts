/**
 * The service's view: figures, charts and a drift list over many case files (`reviewkit report`).
 * @example
 * import { reportForFiles, reportBytes } from "./report/index.js";
 * const report = reportForFiles(["caseload/"], { period: { from: "2026-04-01", to: "2027-03-31" } });
 * await reportBytes(report, "html");
 */
export * from "./types.js";
export { reportForFiles, type ReportOptions } from "./build-report.js";
export { reportForFilesInParallel, type ParallelReportOptions } from "./report-in-workers.js";
export { reportBytes, REPORT_FORMATS, type ReportFormat } from "./write-report.js";
export { reportModel } from "./to-document.js";
export { formatFiguresCsv, formatDriftCsv } from "./format-csv.js";
export { inPeriod, previousPeriod } from "./period.js";
export { valueText } from "./figure-text.js";
