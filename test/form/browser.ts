/**
 * Headless Chromium for the form's tests: Debian's chromium through playwright-core, one launch
 * per test file, every request that is not file:, data: or blob: refused and recorded (a test
 * fails if the page tried the network), the page opened from a file:// URL.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { buildFormHtml, type BuildFormOptions } from "../../src/form/build-form.js";

/** Where Debian puts Chromium (`apt-get install chromium`; CI installs it). */
export const CHROMIUM = "/usr/bin/chromium";

/** A browser with its network guard. */
export interface FormBrowser {
  browser: Browser;
  context: BrowserContext;
  /** Every non-local request the page attempted (each was refused). */
  attempted: string[];
  /** Errors the page threw. */
  pageErrors: string[];
  close(): Promise<void>;
}

/** Launches Chromium once, with a context whose every non-local request is refused and recorded. */
export async function launch(): Promise<FormBrowser> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1100, height: 900 } });
  const attempted: string[] = [];
  const pageErrors: string[] = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (/^(file|data|blob):/.test(url)) return route.continue();
    attempted.push(url);
    return route.abort();
  });
  context.on("page", (page) => page.on("pageerror", (e) => pageErrors.push(e.message)));
  return { browser, context, attempted, pageErrors, close: () => browser.close() };
}

/** Writes a form page to a temporary file and returns its path. */
export function writeForm(options: BuildFormOptions = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "reviewkit-form-"));
  const file = join(dir, "form.html");
  writeFileSync(file, buildFormHtml(options));
  return file;
}

/** Opens a form file in a new page and waits until its first check has run. */
export async function openForm(fb: FormBrowser, file: string): Promise<Page> {
  const page = await fb.context.newPage();
  page.on("dialog", (d) => void d.accept());
  await page.goto(pathToFileURL(file).href);
  await page.waitForSelector("#rk-status:not(:empty)");
  return page;
}

/** Sets the page's "Check as of" date by typing it, and waits for the check. */
export async function setAsOf(page: Page, iso: string): Promise<void> {
  const [year, month, day] = iso.split("-");
  await page.fill("#rk-as-of-day", String(Number(day)));
  await page.fill("#rk-as-of-month", String(Number(month)));
  await page.fill("#rk-as-of-year", year ?? "");
  await checkNow(page);
}

/** Presses "Check the record" (checks at once, not after the pause) and waits for the result. */
export async function checkNow(page: Page): Promise<void> {
  await page.click("#rk-check");
  await page.waitForFunction(() => (globalThis as any).reviewkitForm !== undefined);
}

/** The findings the page lists under "Every finding", as the CLI's JSON has them. */
export async function pageFindings(page: Page): Promise<{ ruleId: string; severity: string; path: string; message: string; requirement: string | null; source: { document: string; paragraph: string } }[]> {
  return page.$$eval("#rk-all-list li", (items) =>
    items.map((li) => {
      const d = (li as HTMLElement).dataset;
      return {
        ruleId: d["rule"] ?? "",
        severity: d["severity"] ?? "",
        path: d["path"] ?? "",
        message: li.querySelector(".rk-message")?.textContent ?? "",
        requirement: d["requirement"] ? d["requirement"] : null,
        source: { document: d["document"] ?? "", paragraph: d["paragraph"] ?? "" },
      };
    }),
  );
}
