/**
 * Writes the README's screenshots of the offline form (docs/form-*.png) from a real run in headless
 * Chromium with the network refused: the empty form, a form with errors (an example case file whose
 * review breaks a Knowsley standard), and the child's letter preview. Run after `npm run build`:
 * `tsx scripts/form-screenshots.ts`.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { buildFormHtml } from "../src/form/build-form.js";
import { packageRoot } from "../src/paths.js";

const root = packageRoot();
const dir = mkdtempSync(join(tmpdir(), "reviewkit-shots-"));
const file = join(dir, "review.html");
writeFileSync(file, buildFormHtml({ recordType: "looked-after-review" }));
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const context = await browser.newContext({ viewport: { width: 1000, height: 1100 } });
await context.route("**/*", (route) => (/^(file|data|blob):/.test(route.request().url()) ? route.continue() : route.abort()));
const page = await context.newPage();
await page.goto(pathToFileURL(file).href);
await page.waitForSelector("#rk-status:not(:empty)");
const asOf = async (d: string, m: string, y: string) => {
  await page.fill("#rk-as-of-day", d);
  await page.fill("#rk-as-of-month", m);
  await page.fill("#rk-as-of-year", y);
  await page.click("#rk-check");
};
await asOf("23", "11", "2026");
await page.screenshot({ path: join(root, "docs", "form-empty.png") });

// That record names no authority: check it against Knowsley's standards, as an IRO there would.
await page.selectOption("#rk-profile", "knowsley");
await page.setInputFiles("#rk-open", join(root, "examples", "invalid", "knowsley-minutes-working-day-21.json"));
await page.waitForFunction(() => (globalThis as any).reviewkitForm.state.fileName === "knowsley-minutes-working-day-21.json");
await page.evaluate(() => document.getElementById("rk-status")?.scrollIntoView({ block: "start" }));
await page.screenshot({ path: join(root, "docs", "form-errors.png") });
await page.locator("#rk-error-list a").first().click();
await page.evaluate(() => window.scrollBy(0, -150));
await page.screenshot({ path: join(root, "docs", "form-finding.png") });

await page.selectOption("#rk-profile", "auto");
await page.setInputFiles("#rk-open", join(root, "examples", "england", "mei-lin-chen.case.json"));
await page.waitForFunction(() => (globalThis as any).reviewkitForm.state.fileName === "mei-lin-chen.case.json");
await page.click(`[data-doc="child-letter"][data-format="preview"]`);
await page.waitForSelector("#rk-preview:not([hidden])");
await page.locator("#rk-preview").scrollIntoViewIfNeeded();
await page.evaluate(() => document.getElementById("rk-preview")?.scrollIntoView({ block: "start" }));
await page.screenshot({ path: join(root, "docs", "form-letter.png") });
await browser.close();
process.stdout.write("docs/form-empty.png\ndocs/form-errors.png\ndocs/form-finding.png\ndocs/form-letter.png\n");
