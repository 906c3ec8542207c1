/**
 * Types a record into the form the way a person would: for each value, the control the schema drew
 * for it (text entered and its last character typed as a key press, dates typed key by key as day,
 * Tab, month, Tab, year, radios and selects chosen, "Add" pressed for each list item), opening
 * folded sections by clicking their summaries.
 *
 * Text goes in as a person pasting it and then typing one more key: all but the last character
 * inserted at once (one input event, as a paste gives), then the last character as a real key press
 * (keydown, keypress, input, keyup), so every field is read back from both kinds of input. Typing
 * each of the record's 2,300 characters as its own key press proved nothing more and cost a browser
 * round trip each (issue 14: the form's tests took half a minute). The control is focused and its
 * text selected as Playwright's `fill` does it (element.focus(), select()), in the same round trip
 * that finds the control, and the keys go through page.keyboard; a locator's `fill` and
 * `pressSequentially` look the control up, wait for it and focus it again on every call.
 *
 * Clicks (a section's summary, "Add", a radio) keep Playwright's checks that the control is visible
 * and still: a check re-run a moment after typing can move the page under a click made without them.
 */
import type { Page } from "playwright-core";

const sel = (pointer: string) => `[data-pointer=${JSON.stringify(pointer)}]`;

/** The controls typed into: their first element (a date's day) is focused to type. */
const TYPED = /^(text|integer|number|date-.*)$/;

/** What the page shows at a pointer, read in one round trip. */
interface ControlAt {
  /** How many elements carry the pointer (0: no control drawn). */
  count: number;
  /** The first one's data-kind. */
  kind: string | null;
  /** The first one's tag name. */
  tag: string;
  /** The first one's value now ("" where it has none). */
  value: string;
  /** The ids of the closed folded sections that hide it, outermost first (ids given where missing). */
  closed: string[];
}

/**
 * Reads the control at a pointer; a control typed into that is on show gets the focus, with its
 * text selected, as Playwright's `fill` does before it types (one round trip for both).
 */
async function controlAt(page: Page, pointer: string): Promise<ControlAt> {
  return page.evaluate(
    ({ s, typed }) => {
      const all = document.querySelectorAll<HTMLElement>(s);
      const el = all[0];
      const closed: string[] = [];
      for (let d = el?.closest("details") ?? null; d; d = d.parentElement?.closest("details") ?? null) {
        if (!d.open) {
          d.id ||= `rk-test-details-${Math.random().toString(36).slice(2)}`;
          closed.unshift(d.id);
        }
      }
      const kind = el?.dataset["kind"] ?? null;
      if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) {
        if (!closed.length && kind !== null && new RegExp(typed).test(kind)) {
          el.focus();
          el.select();
        }
      }
      return { count: all.length, kind, tag: el?.tagName ?? "", value: (el as HTMLInputElement | undefined)?.value ?? "", closed };
    },
    { s: sel(pointer), typed: TYPED.source },
  );
}

/** Focuses the control at a pointer (its first element) with its text selected. */
async function focusControl(page: Page, pointer: string): Promise<void> {
  const focused = await page.evaluate((s) => {
    const el = document.querySelector<HTMLInputElement | HTMLTextAreaElement>(s);
    el?.focus();
    el?.select();
    return document.activeElement === el;
  }, sel(pointer));
  if (!focused) throw new Error(`cannot focus the control at ${pointer}`);
}

/** Opens (by clicking their summaries) the folded sections that hide a control. */
async function reveal(page: Page, at: ControlAt): Promise<void> {
  for (const id of at.closed) await page.click(`#${id} > summary`);
}

/** Types one value at a pointer (recursing into groups and lists). */
export async function typeValue(page: Page, pointer: string, value: unknown): Promise<void> {
  if (value === undefined) return;
  if (Array.isArray(value)) {
    const at = await controlAt(page, pointer);
    if (at.count && at.kind === "checkboxes") {
      for (const v of value) await page.check(`${sel(pointer)}[value=${JSON.stringify(String(v))}]`);
      return;
    }
    const add = `[data-action="add"]${sel(pointer)}`;
    for (let i = 0; i < value.length; i++) {
      await reveal(page, await controlAt(page, pointer));
      await page.click(add);
      await typeValue(page, `${pointer}/${i}`, value[i]);
    }
    return;
  }
  if (value !== null && typeof value === "object") {
    for (const [key, v] of Object.entries(value)) if (key !== "recordType") await typeValue(page, `${pointer}/${key}`, v);
    return;
  }
  const at = await controlAt(page, pointer);
  await reveal(page, at);
  const { kind } = at;
  if (kind === "bool" || kind === "enum") {
    if (at.tag === "SELECT") await page.locator(sel(pointer)).first().selectOption(String(value));
    else await page.check(`${sel(pointer)}[value=${JSON.stringify(String(value))}]`);
    return;
  }
  if (kind === null || !TYPED.test(kind)) throw new Error(`no control for ${pointer} (kind ${kind ?? "none"})`);
  if (at.closed.length) await focusControl(page, pointer);
  if (kind.startsWith("date-")) {
    const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(.*))?$/.exec(String(value));
    if (!m) throw new Error(`not a date at ${pointer}`);
    // Day, Tab, month, Tab, year (Tab, time): the GOV.UK date input's parts in the order a person
    // fills them, each key pressed.
    await page.keyboard.type(String(Number(m[3])));
    for (const part of [String(Number(m[2])), m[1] ?? "", ...(m[4] ? [m[4]] : [])]) {
      await page.keyboard.press("Tab");
      await page.keyboard.type(part);
    }
    return;
  }
  // Text and numbers: what is there is selected (a field the page filled in already, the authority
  // from --profile, is replaced), all but the last character pasted in, the last one typed.
  const text = [...String(value)];
  const last = text.pop() ?? "";
  if (text.length) await page.keyboard.insertText(text.join(""));
  else if (at.value !== "") await page.keyboard.press("Backspace");
  await page.keyboard.type(last);
}

/** Errors listed in the error summary now (0 when it is hidden). */
export async function summaryErrors(page: Page): Promise<number> {
  if (await page.locator("#rk-error-summary").isHidden()) return 0;
  return page.locator("#rk-error-list li").count();
}
