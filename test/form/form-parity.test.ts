/**
 * The page and `reviewkit validate` agree: every example case file and every file in
 * examples/invalid, opened in the form in headless Chromium (network refused), gives the same
 * findings as the CLI's validateFiles for the same as-of date and the same default profile.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { packageRoot } from "../../src/paths.js";
import { validateFiles } from "../../src/validate/validate-files.js";
import { allSchemas } from "../../src/schema/load-schemas.js";
import { prebuiltPath } from "../../src/schema/prebuilt.js";
import { schemasHash } from "../../src/schema/schemas-hash.js";
import { launch, openForm, pageFindings, setAsOf, writeForm, type FormBrowser } from "./browser.js";

const AS_OF = "2026-11-23";
const root = packageRoot();
const examples = readdirSync(join(root, "examples"), { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== "readme") // examples/readme/: the README's profiles and draft, not records to compare
  .flatMap((d) => readdirSync(join(root, "examples", d.name)).filter((f) => f.endsWith(".json") && !f.endsWith(".findings.json")).map((f) => join("examples", d.name, f)))
  .sort();

let fb: FormBrowser;
let page: Page;
let formFile: string;

beforeAll(async () => {
  fb = await launch();
  formFile = writeForm();
  page = await openForm(fb, formFile);
  await setAsOf(page, AS_OF);
});
afterAll(async () => {
  await fb?.close();
});

describe("the form and reviewkit validate agree", () => {
  it("checks with the build's validators, made from the shipped schemas (not compiled again per page)", () => {
    const built = readFileSync(prebuiltPath(), "utf8");
    expect(built).toContain(`exports.schemasHash = ${JSON.stringify(schemasHash(allSchemas()))};`);
    expect(readFileSync(formFile, "utf8")).toContain(`var module={exports:exports};\n${built}\nreturn exports;};`);
  });

  it("has every example and invalid example to compare", () => {
    expect(examples.filter((f) => f.includes("invalid")).length).toBeGreaterThan(20);
    expect(examples.filter((f) => f.endsWith(".case.json")).length).toBeGreaterThanOrEqual(10);
  });

  it.each(examples)("%s", async (file) => {
    const cli = validateFiles([join(root, file)], { asOf: AS_OF });
    await page.setInputFiles("#rk-open", join(root, file));
    await page.waitForFunction((name) => document.querySelector("#rk-status")?.textContent?.startsWith("Checked") && (globalThis as any).reviewkitForm.state.fileName === name, file.split("/").pop());
    const shown = await pageFindings(page);
    if (cli.failures.length) {
      // A date that does not exist: the CLI reports the file as failed on one line; the page shows that line's finding.
      const line = cli.failures[0]?.line ?? "";
      expect(shown).toHaveLength(1);
      expect(line.endsWith(`${shown[0]?.path}: ${shown[0]?.message}`)).toBe(true);
      return;
    }
    const expected = (cli.files[0]?.findings ?? []).map((f) => ({ ruleId: f.ruleId, severity: f.severity, path: f.path, message: f.message, requirement: f.requirement ?? null, source: f.source }));
    expect(shown).toEqual(expected);
  });

  it("links an error in the folded case file to its field, drawn and opened when the link is followed", async () => {
    const file = join("examples", "invalid", "knowsley-core-group-gap.json");
    await page.setInputFiles("#rk-open", join(root, file));
    await page.waitForFunction(() => (globalThis as any).reviewkitForm.state.fileName === "knowsley-core-group-gap.json");
    // The error is at /events/29, in the case file's section, folded (the child has a name) and not
    // drawn: it is not listed "elsewhere", and its summary link names the field's first control.
    expect(await page.getAttribute("#rk-case-details", "open")).toBeNull();
    expect(await page.locator("#rk-case [data-pointer]").count()).toBe(0);
    expect(await page.textContent("#rk-elsewhere")).toBe("");
    const link = page.locator("#rk-error-list a");
    expect(await link.count()).toBe(1);
    expect(await link.getAttribute("href")).toBe("#f.events.29.id");
    await link.click();
    expect(await page.getAttribute("#rk-case-details", "open")).toBe("");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("f.events.29.id");
    expect(await page.textContent(`#${"f.events.29-findings".replace(/\./g, "\\.")} .govuk-error-message`)).toContain("Core group meeting");
  });

  it("made no network request", () => {
    expect(fb.attempted).toEqual([]);
    expect(fb.pageErrors).toEqual([]);
  });
});
