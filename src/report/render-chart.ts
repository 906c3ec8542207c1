/**
 * Draws a chart without a browser: Vega-Lite compiles the specification, Vega renders SVG (no
 * canvas, renderer "none"), and resvg draws the same SVG as a PNG for DOCX with the shipped font.
 */
import { Resvg } from "@resvg/resvg-js";
import * as vega from "vega";
import { compile, type TopLevelSpec } from "vega-lite";
import { fontPath } from "../render/fonts.js";

/** A drawn chart: vector SVG, a PNG at twice the size, and its size in points. @example { svg: "<svg …", png, width: 460, height: 120 } */
export interface DrawnChart {
  svg: string;
  png: Uint8Array;
  width: number;
  height: number;
}

/**
 * Renders one Vega-Lite specification.
 * @example const c = await drawChart(spec); c.svg.startsWith("<svg") // true
 */
export async function drawChart(spec: TopLevelSpec): Promise<DrawnChart> {
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: "none" });
  const svg = await view.toSVG();
  view.finalize();
  const width = Number(/width="([\d.]+)"/.exec(svg)?.[1] ?? 400);
  const height = Number(/height="([\d.]+)"/.exec(svg)?.[1] ?? 200);
  const png = new Resvg(svg, {
    fitTo: { mode: "zoom", value: 2 },
    font: { loadSystemFonts: false, fontFiles: [fontPath("normal"), fontPath("bold")], defaultFontFamily: "DejaVu Sans" },
  }).render().asPng();
  return { svg, png: new Uint8Array(png), width, height };
}
