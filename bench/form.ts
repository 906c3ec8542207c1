/**
 * form.html_kb, form.open_ms and form.validate_ms: the offline form (`reviewkit form`) in headless
 * Chromium (Debian's /usr/bin/chromium, network refused). html_kb is the one file's size, with what
 * it holds (scripts, fonts, data, styles); open_ms is first contentful paint from file://, and ready_ms the first check shown;
 * validate_ms is one change on a full review record (Aaliyah's case file, Knowsley) to its findings
 * shown in the page, against the CLI's validation of the same record in the same run.
 */
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { performance } from "node:perf_hooks";
import { buildFormHtml } from "../src/form/build-form.js";
import { packageRoot } from "../src/paths.js";
import { loadProfile } from "../src/profiles/load-profile.js";
import { validateJson } from "../src/validate/validate-json.js";
import { readFileSync } from "node:fs";
import { atMost, median, note, report, skipped } from "./lib/report.js";

const CHROMIUM = "/usr/bin/chromium";
const RECORD = join("examples", "knowsley", "aaliyah-begum.case.json");
const AS_OF = "2026-11-23";

export async function benchForm(): Promise<void> {
  const html = buildFormHtml({ recordType: "looked-after-review", profile: "knowsley" });
  const kb = (s: string) => Buffer.byteLength(s, "utf8") / 1024;
  const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => kb(m[1] ?? ""));
  const data = /<script type="application\/json" id="rk-data">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? "";
  const binary = (JSON.parse(data) as { binary: Record<string, string> }).binary;
  const fontsKb = Object.values(binary).reduce((n, b) => n + b.length, 0) / 1024;
  const css = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? "";
  const parts = [
    `validators ${scripts[0]?.toFixed(0)} KB`,
    `templates ${scripts[1]?.toFixed(0)} KB`,
    `script ${scripts[2]?.toFixed(0)} KB`,
    `the four DejaVu fonts the PDF writer embeds and the letters' pictures, as base64, ${fontsKb.toFixed(0)} KB`,
    `schemas, profiles, holidays, glossary and templates as data ${(kb(data) - fontsKb).toFixed(0)} KB`,
    `govuk-frontend CSS ${kb(css).toFixed(0)} KB`,
  ];
  report("form.html_kb", kb(html), "KB", undefined, parts.join("; "));
  if (!existsSync(CHROMIUM)) return skipped("form.open_ms", `no Chromium at ${CHROMIUM}`);

  const dir = mkdtempSync(join(tmpdir(), "reviewkit-bench-form-"));
  const file = join(dir, "review.html");
  writeFileSync(file, html);
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
  try {
    const context = await browser.newContext();
    await context.route("**/*", (route) => (/^(file|data|blob):/.test(route.request().url()) ? route.continue() : route.abort()));
    const paints: number[] = [];
    const ready: number[] = [];
    for (let i = 0; i < 6; i++) {
      const page = await context.newPage();
      await page.goto(pathToFileURL(file).href);
      await page.waitForSelector("#rk-status:not(:empty)");
      const t = await page.evaluate(() => ({
        paint: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN,
        ready: performance.now(),
      }));
      // The first open warms Chromium's caches (a person opens the file more than once a day too): not counted.
      if (i > 0) {
        paints.push(t.paint);
        ready.push(t.ready);
      }
      await page.close();
    }
    report("form.open_ms", median(paints), "ms", atMost(1000), "first contentful paint, file://, median of 5");
    report("form.ready_ms", median(ready), "ms", undefined, "form drawn and first check shown");

    const page = await context.newPage();
    await page.goto(pathToFileURL(file).href);
    await page.waitForSelector("#rk-status:not(:empty)");
    await page.fill("#rk-as-of-day", "23");
    await page.fill("#rk-as-of-month", "11");
    await page.fill("#rk-as-of-year", "2026");
    await page.setInputFiles("#rk-open", join(packageRoot(), RECORD));
    await page.waitForFunction(() => (globalThis as any).reviewkitForm?.state.fileName === "aaliyah-begum.case.json");
    const times: number[] = await page.evaluate(() => {
      const app = (globalThis as any).reviewkitForm;
      const field = document.querySelector<HTMLTextAreaElement>('[data-pointer$="/childViews/wishesAndFeelings"]');
      if (!field) throw new Error("no review field to change");
      const out: number[] = [];
      for (let i = 0; i < 21; i++) {
        const t0 = performance.now();
        field.value += i % 2 ? "." : " ";
        field.dispatchEvent(new Event("input", { bubbles: true }));
        app.validate(); // what the pause after typing then runs: schema, every rule, findings drawn
        out.push(performance.now() - t0);
      }
      return out.slice(1);
    });
    const json = JSON.parse(readFileSync(join(packageRoot(), RECORD), "utf8")) as unknown;
    const profile = loadProfile("knowsley");
    validateJson(structuredClone(json), RECORD, { profile, asOf: AS_OF });
    const cli: number[] = [];
    for (let i = 0; i < 20; i++) {
      const copy = structuredClone(json);
      const t0 = performance.now();
      validateJson(copy, RECORD, { profile, asOf: AS_OF });
      cli.push(performance.now() - t0);
    }
    report("form.validate_ms", median(times), "ms", atMost(50), `one change to findings shown, ${RECORD}, median of 20`);
    report("form.cli_validate_ms", median(cli), "ms", undefined, "validateJson on the same case file in Node, this run");
    note(`form: the page's check takes ${(median(times) / median(cli)).toFixed(1)}× the CLI's (the page also redraws each finding by its field)`);
  } finally {
    await browser.close();
  }
}
