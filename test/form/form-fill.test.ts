/**
 * End to end in headless Chromium with the network refused: the page opened from file://, a
 * looked-after review typed into the empty form until it is valid (the error summary shrinks to
 * nothing), saved (a download `reviewkit validate` accepts unchanged), opened again, drafts only
 * when opted in; axe-core finds nothing serious; every control is reached with the Tab key.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import mammoth from "mammoth";
import type { Page } from "playwright-core";
import { packageRoot } from "../../src/paths.js";
import { checkNow, launch, openForm, setAsOf, writeForm, type FormBrowser } from "./browser.js";
import { reviewToType, TYPED_AS_OF } from "./review-to-type.js";
import { summaryErrors, typeValue } from "./type-record.js";

const require = createRequire(import.meta.url);
let fb: FormBrowser;
let page: Page;
let saved: string;
const target = JSON.parse(JSON.stringify(reviewToType())) as Record<string, unknown>;

beforeAll(async () => {
  fb = await launch();
  page = await openForm(fb, writeForm({ recordType: "looked-after-review", profile: "england" }));
});
afterAll(async () => {
  await fb?.close();
});

describe("filling in a review in the browser", () => {
  it("starts empty, with the things to write listed in the error summary", async () => {
    await setAsOf(page, TYPED_AS_OF);
    expect(await summaryErrors(page)).toBeGreaterThan(10);
    // Each error in the summary links to a control on the page.
    const hrefs = await page.$$eval("#rk-error-list a", (as) => as.map((a) => a.getAttribute("href") ?? ""));
    for (const href of hrefs) expect(await page.locator(href.replace(/\./g, "\\.")).count(), href).toBe(1);
  });

  it("the error summary shrinks to nothing as the review is typed in", async () => {
    const counts: number[] = [await summaryErrors(page)];
    const record = (target["records"] as Record<string, unknown>[])[0] as Record<string, unknown>;
    for (const [key, value] of Object.entries(target)) {
      if (key === "recordType" || key === "records") continue;
      await typeValue(page, `/${key}`, value);
      await checkNow(page);
      counts.push(await summaryErrors(page));
    }
    for (const [key, value] of Object.entries(record)) {
      if (key === "recordType") continue;
      await typeValue(page, `/records/0/${key}`, value);
      await checkNow(page);
      counts.push(await summaryErrors(page));
    }
    expect(counts[counts.length - 1]).toBe(0);
    expect(counts[0]).toBeGreaterThan(counts[Math.floor(counts.length / 2)] ?? 0);
    expect(await page.locator("#rk-error-summary").isHidden()).toBe(true);
    expect(await page.textContent("#rk-status")).toContain("0 errors");
    // What the page holds is exactly the record typed.
    expect(await page.evaluate(() => (globalThis as any).reviewkitForm.state.root)).toEqual(target);
  });

  it("saves JSON that reviewkit validate accepts unchanged", async () => {
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#rk-save")]);
    expect(download.suggestedFilename()).toBe("CF-EN-10472.case.json");
    saved = join(await download.path().then((p) => join(p, "..")), "CF-EN-10472.case.json");
    await download.saveAs(saved);
    expect(JSON.parse(readFileSync(saved, "utf8"))).toEqual(target);
    const cli = join(packageRoot(), "dist", "cli", "index.js");
    const out = execFileSync(process.execPath, [cli, "validate", saved, "--as-of", TYPED_AS_OF, "--format", "json"], { encoding: "utf8" });
    expect(JSON.parse(out).summary).toEqual({ errors: 0, warnings: 0, info: 0 });
  });

  it("opens the saved file again with every value in its field", async () => {
    await page.click("#rk-new");
    expect(await page.inputValue(`[data-pointer="/child/name"]`)).toBe("");
    await page.setInputFiles("#rk-open", saved);
    await page.waitForFunction(() => (globalThis as any).reviewkitForm.state.fileName === "CF-EN-10472.case.json");
    // The child has a name, so the case file's section starts folded; opened, it shows its fields.
    expect(await page.getAttribute("#rk-case-details", "open")).toBeNull();
    await page.click("#rk-case-details > summary");
    expect(await page.inputValue(`[data-pointer="/child/name"]`)).toBe("Mei-Lin Chen");
    // Folded again, as the page opened it, for the tests below (axe checks what is shown).
    await page.click("#rk-case-details > summary");
    expect(await page.getAttribute("#rk-case-details", "open")).toBeNull();
    expect(await page.inputValue(`[data-pointer="/records/0/reviewDate"][data-part="year"]`)).toBe("2026");
    expect(await page.inputValue(`[data-pointer="/records/0/childViews/childsOwnWords"]`)).toContain("Bao *and* a garden!!");
    expect(await summaryErrors(page)).toBe(0);
  });

  it("downloads the child's letter, which reads as the letter for the record typed", async () => {
    const [download] = await Promise.all([page.waitForEvent("download"), page.click(`[data-doc="child-letter"][data-format="docx"]`)]);
    expect(download.suggestedFilename()).toBe("LAR-EN-10472-1.child-letter.docx");
    const { value } = await mammoth.extractRawText({ buffer: readFileSync(await download.path()) });
    expect(value).toContain("Mei-Lin");
    expect(value).toContain("Charlotte will visit Grandma and Grandpa to see if you can live with them.");
  });

  it("warns before closing with unsaved changes", async () => {
    await page.fill(`[data-pointer="/records/0/communication/method"]`, "Talking, drawing and Makaton");
    expect(await page.evaluate(() => (globalThis as any).reviewkitForm.state.dirty)).toBe(true);
    const asked = await page.evaluate(() => {
      const e = new Event("beforeunload", { cancelable: true });
      window.dispatchEvent(e);
      return e.defaultPrevented;
    });
    expect(asked).toBe(true);
  });

  it("keeps drafts only when opted in, named by the record, and clears them on save", async () => {
    await page.fill(`[data-pointer="/records/0/communication/method"]`, "Talking and drawing");
    await checkNow(page);
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("reviewkit-draft:")))).toEqual([]);
    await page.check("#rk-drafts");
    await page.fill(`[data-pointer="/records/0/communication/method"]`, "Talking, drawing and signing");
    await checkNow(page);
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("reviewkit-draft:")))).toEqual(["reviewkit-draft:case-file:CF-EN-10472:LAR-EN-10472-1"]);
    expect(await page.textContent("#rk-draft-list")).toContain("CF-EN-10472");
    await Promise.all([page.waitForEvent("download"), page.click("#rk-save")]);
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("reviewkit-draft:")))).toEqual([]);
    // Saved: closing the tab no longer asks.
    const asked = await page.evaluate(() => {
      const e = new Event("beforeunload", { cancelable: true });
      window.dispatchEvent(e);
      return e.defaultPrevented;
    });
    expect(asked).toBe(false);
  });

  it("has no serious or critical accessibility violations (axe-core)", async () => {
    await page.evaluate(readFileSync(require.resolve("axe-core/axe.min.js"), "utf8"));
    const violations = await page.evaluate(async () => {
      const r = await (globalThis as any).axe.run(document, { resultTypes: ["violations"] });
      return r.violations.map((v: any) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, target: v.nodes[0]?.target }));
    });
    expect(violations.filter((v: { impact: string }) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
  });

  it("reaches every control with the Tab key", async () => {
    // Open every folded section first, so every control is on the page to reach, as clicking each
    // summary does (the typing test above presses Enter on them). The case file's section draws its
    // fields as it opens, with folded sections of their own: opened in turn, until none is left.
    await page.waitForFunction(() => {
      const closed = [...document.querySelectorAll("details")].filter((d) => !d.open);
      for (const d of closed) d.open = true;
      return closed.length === 0;
    });
    const wanted: string[] = await page.$$eval("input,select,textarea,button,a[href],summary", (els) => {
      const keys = new Set<string>();
      for (const el of els as HTMLElement[]) {
        if (el.offsetParent === null || (el as HTMLInputElement).disabled || el.closest("[hidden]")) continue;
        keys.add(el instanceof HTMLInputElement && el.type === "radio" ? `radio:${el.name}` : el.id || `${el.tagName}:${el.textContent?.trim()}`);
      }
      return [...keys];
    });
    // The page notes the focused control after each Tab (on the key's keyup), marking each element
    // the first time, so the loop below knows when focus has come back round.
    await page.evaluate(() => {
      const seen: string[] = [];
      (globalThis as any).rkTabSeen = seen;
      window.addEventListener(
        "keyup",
        (e) => {
          if (e.key !== "Tab") return;
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) {
            seen.push("");
            return;
          }
          const marked = el.dataset["tabSeen"] ?? String(Math.random());
          el.dataset["tabSeen"] = marked;
          seen.push(`${el instanceof HTMLInputElement && el.type === "radio" ? `radio:${el.name}` : el.id || `${el.tagName}:${el.textContent?.trim()}`}\u0000${marked}`);
        },
        true,
      );
      (document.activeElement as HTMLElement | null)?.blur();
    });
    // Real Tab key presses, as Playwright's keyboard.press sends them (Input.dispatchKeyEvent), sent
    // a hundred at a time without waiting for each one's answer: the browser handles them in order,
    // one focus move each, where awaiting each press cost a round trip (1,000+ of them).
    const cdp = await fb.context.newCDPSession(page);
    const key = { key: "Tab", code: "Tab", windowsVirtualKeyCode: 9, location: 0 };
    const reached = new Set<string>();
    let first: string | undefined;
    let done = false;
    for (let pressed = 0; pressed < 5000 && !done; pressed += 100) {
      await Promise.all(
        Array.from({ length: 100 }, () => [cdp.send("Input.dispatchKeyEvent", { type: "rawKeyDown", ...key }), cdp.send("Input.dispatchKeyEvent", { type: "keyUp", ...key })]).flat(),
      );
      // Tab from the top until focus comes back round to the first control reached.
      const seen: string[] = await page.evaluate(() => (globalThis as any).rkTabSeen.splice(0));
      expect(seen).toHaveLength(100);
      for (const k of seen) {
        if (k === "") continue;
        if (k === first) {
          done = true;
          break;
        }
        first ??= k;
        reached.add(k.split("\u0000")[0] ?? "");
      }
    }
    await cdp.detach();
    expect(done).toBe(true);
    expect(wanted.filter((k) => !reached.has(k))).toEqual([]);
  });

  it("made no network request and threw no error", () => {
    expect(fb.attempted).toEqual([]);
    expect(fb.pageErrors).toEqual([]);
  });
});
