/**
 * Types a record into the form the way a person would: for each value, the control the schema drew
 * for it (text typed key by key, dates as day, month and year, radios and selects chosen, "Add"
 * pressed for each list item), opening folded sections by clicking their summaries.
 */
import type { Page } from "playwright-core";

const sel = (pointer: string) => `[data-pointer=${JSON.stringify(pointer)}]`;

/** Opens (by clicking their summaries) the folded sections that hide a pointer's control. */
async function reveal(page: Page, pointer: string): Promise<void> {
  const ids = await page.evaluate((s) => {
    const el = document.querySelector(s);
    const out: string[] = [];
    for (let d = el?.closest("details") ?? null; d; d = d.parentElement?.closest("details") ?? null) {
      if (!d.open) {
        d.id ||= `rk-test-details-${Math.random().toString(36).slice(2)}`;
        out.unshift(d.id);
      }
    }
    return out;
  }, sel(pointer));
  for (const id of ids) await page.click(`#${id} > summary`);
}

/** Types one value at a pointer (recursing into groups and lists). */
export async function typeValue(page: Page, pointer: string, value: unknown): Promise<void> {
  if (value === undefined) return;
  const first = page.locator(sel(pointer)).first();
  if (Array.isArray(value)) {
    if ((await first.count()) && (await first.getAttribute("data-kind")) === "checkboxes") {
      for (const v of value) await page.check(`${sel(pointer)}[value=${JSON.stringify(String(v))}]`);
      return;
    }
    const add = `[data-action="add"]${sel(pointer)}`;
    for (let i = 0; i < value.length; i++) {
      await reveal(page, pointer);
      await page.click(add);
      await typeValue(page, `${pointer}/${i}`, value[i]);
    }
    return;
  }
  if (value !== null && typeof value === "object") {
    for (const [key, v] of Object.entries(value)) if (key !== "recordType") await typeValue(page, `${pointer}/${key}`, v);
    return;
  }
  await reveal(page, pointer);
  const kind = await first.getAttribute("data-kind");
  if (kind === "bool" || kind === "enum") {
    if ((await first.evaluate((e) => e.tagName)) === "SELECT") await first.selectOption(String(value));
    else await page.check(`${sel(pointer)}[value=${JSON.stringify(String(value))}]`);
    return;
  }
  if (kind?.startsWith("date-")) {
    const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(.*))?$/.exec(String(value));
    if (!m) throw new Error(`not a date at ${pointer}`);
    await page.locator(`${sel(pointer)}[data-part="day"]`).pressSequentially(String(Number(m[3])));
    await page.locator(`${sel(pointer)}[data-part="month"]`).pressSequentially(String(Number(m[2])));
    await page.locator(`${sel(pointer)}[data-part="year"]`).pressSequentially(m[1] ?? "");
    if (m[4]) await page.locator(`${sel(pointer)}[data-part="time"]`).pressSequentially(m[4]);
    return;
  }
  if (kind === "text" || kind === "integer" || kind === "number") {
    // A field the page filled in already (the authority from --profile) is cleared first.
    if ((await first.inputValue()) !== "") await first.fill("");
    await first.pressSequentially(String(value));
    return;
  }
  throw new Error(`no control for ${pointer} (kind ${kind ?? "none"})`);
}

/** Errors listed in the error summary now (0 when it is hidden). */
export async function summaryErrors(page: Page): Promise<number> {
  if (await page.locator("#rk-error-summary").isHidden()) return 0;
  return page.locator("#rk-error-list li").count();
}
