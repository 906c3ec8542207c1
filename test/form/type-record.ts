/**
 * Types a record into the form the way a keyboard user would: for each value, the control the
 * schema drew for it (text entered and its last character typed as a key press, dates typed key by
 * key as day, Tab, month, Tab, year, radios and checkboxes chosen with the space bar, selects
 * chosen, "Add" pressed with Enter for each list item), opening folded sections with Enter on their
 * summaries. So the test also proves every control it uses works from the keyboard (the Tab test in
 * form-fill.test.ts proves each is reached); the mouse is used by the other steps (save, open,
 * check, the document buttons) and by form-schema.test.ts.
 *
 * Each control is focused in the page (element.focus(), its text selected, as Playwright's `fill`
 * and `press` do) and the keys go through page.keyboard, one round trip each. Mouse clicks here
 * lost a race under load: the check the page runs 250 ms after typing stops can move the fields
 * between a click's mouse-down and mouse-up, and the click lands on nothing; a key goes to the
 * focused control wherever it is.
 *
 * Text goes in as a person pasting it and then typing one more key: all but the last character
 * inserted at once (one input event, as a paste gives), then the last character as a real key press
 * (keydown, keypress, input, keyup), so every field is read back from both kinds of input. Typing
 * each of the record's 2,300 characters as its own key press proved nothing more and cost a browser
 * round trip each (issue 14: the form's tests took half a minute).
 */
import type { Page } from "playwright-core";

const sel = (pointer: string) => `[data-pointer=${JSON.stringify(pointer)}]`;

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
  /** Whether this read also focused it, its text selected (see `focus` below). */
  focused: boolean;
}

/**
 * Reads the control at a pointer; with `focus`, also focuses it as `focusOn` does when it is a field
 * typed into (text, number, a date's day) and no folded section hides it: one round trip, not two.
 */
async function controlAt(page: Page, pointer: string, focus = false): Promise<ControlAt> {
  return page.evaluate(
    ([s, focus]) => {
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
      const value = (el as HTMLInputElement | undefined)?.value ?? "";
      let focused = false;
      if (focus && el && !closed.length && kind !== null && /^(text|integer|number|date-.*)$/.test(kind)) {
        el.focus();
        if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) el.select();
        focused = document.activeElement === el;
      }
      return { count: all.length, kind, tag: el?.tagName ?? "", value, closed, focused };
    },
    [sel(pointer), focus] as const,
  );
}

/**
 * Puts the focus on the first element a selector finds, its text selected (as Playwright's `fill`
 * and `press` do before they type), and fails if it cannot take the focus (hidden or missing).
 */
async function focusOn(page: Page, selector: string): Promise<void> {
  const focused = await page.evaluate((s) => {
    const el = document.querySelector<HTMLElement>(s);
    el?.focus();
    if (el instanceof HTMLTextAreaElement || (el instanceof HTMLInputElement && !["radio", "checkbox"].includes(el.type))) el.select();
    return el !== null && document.activeElement === el;
  }, selector);
  if (!focused) throw new Error(`cannot focus ${selector}`);
}

/** Focuses a control and presses a key on it. */
async function pressOn(page: Page, selector: string, key: string): Promise<void> {
  await focusOn(page, selector);
  await page.keyboard.press(key);
}

/** Chooses a radio or ticks a checkbox with the space bar, and checks it took. */
async function tick(page: Page, selector: string): Promise<void> {
  await pressOn(page, selector, "Space");
  if (!(await page.evaluate((s) => document.querySelector<HTMLInputElement>(s)?.checked === true, selector))) throw new Error(`the space bar did not check ${selector}`);
}

/** Opens (Enter on each summary) the folded sections that hide a control. */
async function reveal(page: Page, at: ControlAt): Promise<void> {
  for (const id of at.closed) await pressOn(page, `#${id} > summary`, "Enter");
}

/** Types one value at a pointer (recursing into groups and lists). */
export async function typeValue(page: Page, pointer: string, value: unknown): Promise<void> {
  if (value === undefined) return;
  if (Array.isArray(value)) {
    const at = await controlAt(page, pointer);
    if (at.count && at.kind === "checkboxes") {
      await reveal(page, at);
      for (const v of value) await tick(page, `${sel(pointer)}[value=${JSON.stringify(String(v))}]`);
      return;
    }
    const add = `[data-action="add"]${sel(pointer)}`;
    for (let i = 0; i < value.length; i++) {
      await reveal(page, await controlAt(page, pointer));
      await pressOn(page, add, "Enter");
      await typeValue(page, `${pointer}/${i}`, value[i]);
    }
    return;
  }
  if (value !== null && typeof value === "object") {
    for (const [key, v] of Object.entries(value)) if (key !== "recordType") await typeValue(page, `${pointer}/${key}`, v);
    return;
  }
  const at = await controlAt(page, pointer, true);
  await reveal(page, at);
  const { kind } = at;
  if (kind === "bool" || kind === "enum") {
    if (at.tag === "SELECT") await page.locator(sel(pointer)).first().selectOption(String(value));
    else await tick(page, `${sel(pointer)}[value=${JSON.stringify(String(value))}]`);
    return;
  }
  if (kind === null || !/^(text|integer|number|date-.*)$/.test(kind)) throw new Error(`no control for ${pointer} (kind ${kind ?? "none"})`);
  // The control (a date's day) focused with its text selected, as `fill` does before it types
  // (already, when no folded section hid it).
  if (!at.focused) await focusOn(page, sel(pointer));
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
