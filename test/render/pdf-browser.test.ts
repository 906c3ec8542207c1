import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { FONT_FACES, fontPath } from "../../src/render/fonts.js";
import type { DocumentModel } from "../../src/render/model.js";
import { shippedPath } from "../../src/paths.js";

/**
 * The PDF writer's core must run in a browser (the offline form builds letters in the page): it is
 * bundled here the way a browser build would bundle it (esbuild, platform "browser", pdfkit's own
 * standalone browser build), which fails on any Node built-in, and the bundle then writes a tagged PDF.
 */
describe("the PDF writer in a browser bundle", () => {
  it("bundles with no Node built-ins and writes a tagged PDF from fonts passed as bytes", async () => {
    const dir = mkdtempSync(join(tmpdir(), "rk-pdf-browser-"));
    const outfile = join(dir, "write-pdf.mjs");
    const result = await build({
      entryPoints: [shippedPath("src", "render", "pdf", "write-pdf.ts")],
      bundle: true,
      format: "esm",
      platform: "browser",
      outfile,
      alias: { pdfkit: "pdfkit/js/pdfkit.standalone.js" },
      logLevel: "silent",
      metafile: true,
    });
    const ours = Object.keys(result.metafile.inputs).filter((i) => i.startsWith("src/"));
    expect(ours).toContain("src/render/pdf/write-pdf.ts");
    // The Node-only modules (file paths, fonts read from disk, the LibreOffice/pdfkit entry) must stay
    // out; the SVG-to-pdfkit port is plain JavaScript and belongs in the browser bundle.
    expect(ours.filter((i) => /(^|\/)(paths|fonts|to-pdf)\.ts$/.test(i))).toEqual([]);
    const { writePdf } = (await import(pathToFileURL(outfile).href)) as typeof import("../../src/render/pdf/write-pdf.js");
    const fonts = Object.fromEntries(FONT_FACES.map((f) => [f, new Uint8Array(readFileSync(fontPath(f)))]));
    const model: DocumentModel = {
      title: "What we decided at your review",
      audience: "child",
      style: "child-8-12",
      lang: "en-GB",
      date: "2026-12-10",
      authorityName: "Knowsley Council",
      protectiveMarking: "OFFICIAL-SENSITIVE",
      blocks: [
        { kind: "heading", level: 1, runs: [{ text: "Hello Amara" }] },
        { kind: "paragraph", runs: [{ text: "We decided " }, { text: "two things", bold: true }, { text: "." }] },
      ],
    };
    const file = join(dir, "letter.pdf");
    writeFileSync(file, await writePdf(model, { fonts: fonts as never }));
    expect(execFileSync("pdfinfo", [file], { encoding: "utf8" })).toMatch(/Tagged:\s+yes/);
    expect(execFileSync("pdfinfo", ["-struct-text", file], { encoding: "utf8" })).toMatch(/H1 \(block\)\n\s+"Hello Amara"\n\s+P \(block\)\n\s+"We decided two things\."/);
  }, 60_000);
});
