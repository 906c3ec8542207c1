/**
 * The report as CSV: one row per figure and per breakdown row (for a spreadsheet), or the drift list
 * one row per item (for a team manager to sort and filter).
 */
import { stringify } from "csv-stringify/sync";
import { percent } from "./chart-specs.js";
import { citationText } from "./figure-text.js";
import type { Report } from "./types.js";

/**
 * Figures as CSV; a breakdown row repeats its figure's id with the row's label.
 * @example formatFiguresCsv(report).split("\n")[0] // "section,figure_id,figure,row,numerator,denominator,per_cent,…"
 */
export function formatFiguresCsv(report: Report): string {
  const rows: (string | number)[][] = [];
  for (const f of report.figures) {
    const standard = f.sources.map(citationText).join("; ");
    const share = (n: number, d: number | undefined) => (f.unit === "share" ? [d ?? 0, d ? percent(n, d) : ""] : ["", ""]);
    rows.push([f.section, f.id, f.title, "", f.numerator, ...share(f.numerator, f.denominator), f.median ?? "", "", f.definition, standard]);
    (f.breakdown ?? []).forEach((r, i) => {
      rows.push([f.section, f.id, f.title, r.label, r.numerator, ...share(r.numerator, r.denominator), "", f.previous?.[i]?.numerator ?? "", "", ""]);
    });
  }
  return stringify(rows, {
    header: true,
    columns: ["section", "figure_id", "figure", "row", "numerator", "denominator", "per_cent", "median_working_days", "previous_period", "definition", "standard"],
  });
}

/**
 * The drift list as CSV, most urgent first.
 * @example formatDriftCsv(report).split("\n")[0] // "rag,due,working_days,child_id,…"
 */
export function formatDriftCsv(report: Report): string {
  return stringify(
    report.drift.map((r) => [r.rag, r.due, r.workingDays ?? "", r.childId, r.child, r.team, r.iro, r.authority, r.what, r.ref, r.title,
      r.escalated === undefined ? "" : r.escalated ? "yes" : "no", r.citation.requirement ?? "", citationText(r.citation), r.file]),
    { header: true, columns: ["rag", "due", "working_days", "child_id", "child_name", "team", "iro_or_chair", "authority", "what", "ref", "item", "escalated", "requirement", "standard", "file"] },
  );
}
