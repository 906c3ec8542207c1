import svgModule from "pdfmake/js/3rd-party/svg-to-pdfkit.js";
import type { PdfDoc } from "./pdfkit-types.js";

/**
 * The one place reviewkit imports pdfmake's SVG-to-pdfkit port (it draws an SVG string into a
 * pdfkit document as vectors: the report's charts). pdfmake is a devDependency, so the build
 * (scripts/bundle-vendored.ts) replaces this module's compiled file with a copy that has the port
 * bundled in, and the CLI and CommonJS bundles inline it too.
 * @example svgToPdfkit(doc, "<svg …/>", 72, 72, { width: 400 })
 */
export type SvgToPdfkit = (doc: PdfDoc, svg: string, x: number, y: number, options: Record<string, unknown>) => void;

/** The port's draw function (its CommonJS default export, whichever way the loader hands it over). */
export const svgToPdfkit = ((svgModule as { default?: SvgToPdfkit }).default ?? svgModule) as SvgToPdfkit;
