/**
 * A figure in words: its value ("91.7% (11 of 12)"), a breakdown row, and its sources, for every
 * output format alike.
 */
import { documentTitle } from "../profiles/document-title.js";
import type { Citation } from "../profiles/types.js";
import { percent } from "./chart-specs.js";
import type { BreakdownRow, Figure } from "./types.js";

/**
 * The figure's value as people read it.
 * @example valueText({ unit: "share", numerator: 11, denominator: 12 }) // "91.7% (11 of 12)"
 */
export function valueText(f: Pick<Figure, "unit" | "numerator" | "denominator" | "median">): string {
  if (f.unit === "share") {
    const d = f.denominator ?? 0;
    return d === 0 ? "none to count (0 of 0)" : `${percent(f.numerator, d)}% (${f.numerator} of ${d})`;
  }
  if (f.unit === "median-working-days") {
    return f.median === undefined ? "none measured" : `${f.median} working days (median of ${f.numerator})`;
  }
  return String(f.numerator);
}

/** A breakdown row's value. @example rowText("share", { label: "First review", numerator: 9, denominator: 10 }) // "90% (9 of 10)" */
export function rowText(unit: Figure["unit"], r: BreakdownRow): string {
  return unit === "share" ? valueText({ unit, numerator: r.numerator, denominator: r.denominator ?? 0 }) : String(r.numerator);
}

/**
 * A citation as a line: document title, paragraph, requirement id.
 * @example citationText({ document: "CPPCR-2010", paragraph: "reg 33(1)", requirement: "NAT-R33" }) // "Care Planning, … 2010, reg 33(1) (NAT-R33)"
 */
export function citationText(c: Citation): string {
  return `${documentTitle(c.document)}, ${c.paragraph}${c.requirement ? ` (${c.requirement})` : ""}`;
}
