/**
 * Vega-Lite specifications for the report's charts, made from a figure's numbers only (never record
 * text): bars for a breakdown, percentages for shares, this period beside the previous one for
 * themes, and the expected range drawn over the caseload per IRO.
 */
import type { TopLevelSpec } from "vega-lite";
import type { CaseloadRange } from "../profiles/types.js";
import type { Figure } from "./types.js";

/** The font the charts name; the PNG renderer is given the same font files. @example CHART_FONT // "DejaVu Sans" */
export const CHART_FONT = "DejaVu Sans";
// The whole chart, labels and legend included, fits this many points: an A4 page's text width.
const WIDTH = 460;
const BAR = "#1d70b8";
const PREVIOUS = "#b1b4b6";

const CONFIG = {
  font: CHART_FONT,
  autosize: { type: "fit-x", contains: "padding" },
  background: "white",
  view: { stroke: null },
  axis: { labelFontSize: 11, titleFontSize: 11, labelLimit: 180 },
  legend: { labelFontSize: 11, titleFontSize: 11 },
} as const;

/** A percentage, one decimal place. @example percent(11, 12) // 91.7 */
export function percent(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : Math.round((numerator / denominator) * 1000) / 10;
}

/**
 * The chart for a figure, or undefined when a chart would not help (no breakdown, or nothing counted).
 * @example chartSpec(figure)?.mark // { type: "bar" }
 */
export function chartSpec(figure: Figure, range?: CaseloadRange): TopLevelSpec | undefined {
  const rows = figure.breakdown ?? [];
  const total = rows.reduce((n, r) => n + (r.denominator ?? r.numerator), 0) + (figure.previous ?? []).reduce((n, r) => n + r.numerator, 0);
  if (rows.length < 2 || total === 0) return undefined;
  const height = Math.max(60, rows.length * (figure.previous ? 34 : 22));
  if (figure.previous) {
    const values = rows.flatMap((r, i) => [
      { label: r.label, period: "This period", n: r.numerator },
      { label: r.label, period: "Previous period", n: figure.previous?.[i]?.numerator ?? 0 },
    ]);
    return {
      config: CONFIG, width: WIDTH, height, data: { values },
      mark: { type: "bar" },
      encoding: {
        y: { field: "label", type: "nominal", sort: null, title: null },
        yOffset: { field: "period", sort: ["This period", "Previous period"] },
        x: { field: "n", type: "quantitative", title: "Number", axis: { tickMinStep: 1, format: "d" } },
        color: { field: "period", type: "nominal", sort: ["This period", "Previous period"], scale: { range: [BAR, PREVIOUS] }, title: null, legend: { orient: "bottom" } },
      },
    };
  }
  const share = figure.unit === "share";
  const values = rows.map((r) => ({ label: r.label, n: share ? percent(r.numerator, r.denominator ?? 0) : r.numerator }));
  const x = share
    ? { field: "n", type: "quantitative" as const, title: "Per cent", scale: { domain: [0, 100] } }
    : { field: "n", type: "quantitative" as const, title: "Number", axis: { tickMinStep: 1, format: "d" } };
  const bars = { mark: { type: "bar" as const, color: BAR }, encoding: { y: { field: "label", type: "nominal" as const, sort: null, title: null }, x } };
  const text = { mark: { type: "text" as const, align: "left" as const, dx: 3, fontSize: 11 }, encoding: { y: { field: "label", type: "nominal" as const, sort: null }, x: { field: "n", type: "quantitative" as const }, text: { field: "n", type: "quantitative" as const } } };
  const layers: object[] = [bars, text];
  if (range) {
    layers.push({ data: { values: [{ at: range.min }, { at: range.max }] }, mark: { type: "rule", color: "#d4351c", strokeDash: [4, 3] }, encoding: { x: { field: "at", type: "quantitative" } } });
  }
  return { config: CONFIG, width: WIDTH, height, data: { values }, layer: layers } as TopLevelSpec;
}
