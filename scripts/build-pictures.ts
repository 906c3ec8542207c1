/**
 * Draws the child's-letter pictures (templates/pictures/*.svg, authored for reviewkit and licensed
 * with it, MIT) as PNG files beside them: the DOCX and PDF writers embed PNG. Run after changing an
 * SVG: `tsx scripts/build-pictures.ts` (needs Chromium at /usr/bin/chromium). The PNGs are committed,
 * so rendering never needs a browser.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";

const dir = join(import.meta.dirname, "..", "templates", "pictures");
const SIZE = 240; // pixels: 2× the 120-unit drawing, sharp at the 1.2-inch size a letter prints it

const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
try {
  const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE } });
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".svg")).sort()) {
    const svg = readFileSync(join(dir, file), "utf8").replace(/width="\d+" height="\d+"/, `width="${SIZE}" height="${SIZE}"`);
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: SIZE, height: SIZE } });
    writeFileSync(join(dir, file.replace(/\.svg$/, ".png")), png);
    console.log(`drew ${file.replace(/\.svg$/, ".png")}`);
  }
} finally {
  await browser.close();
}
