/**
 * Draws one schema node as GOV.UK Design System markup (govuk-frontend classes): labels and legends
 * from `title`, hints from `description`, radios or selects from `enum`, "add another" lists from
 * arrays, day/month/year inputs from dates. Every control carries `data-pointer` (its place in the
 * record) so the page can read it back and show findings beside it.
 */
import { label as codeLabel } from "../../render/labels.js";
import { fieldKind, type FieldKind } from "./field-kind.js";
import { esc } from "./html.js";
import { childPointer, idFor } from "./pointer.js";
import { type SchemaIndex, type Site, type SchemaNode, typeOf } from "./schema-index.js";
import { dateParts, type DateParts } from "./date-parts.js";

/** What drawing needs besides the node: the schemas and the date parts typed so far. */
export interface RenderContext {
  index: SchemaIndex;
  /** Date fields' parts as typed (a part-typed date is not a value yet), by pointer. */
  rawDates: ReadonlyMap<string, DateParts>;
  /** Filled while drawing: the schema of each list's items and each union, by pointer (for "add" and "which kind"). */
  sites?: Map<string, Site>;
  /**
   * Filled while drawing, when given: each field's pointer (its `data-anchor`) and the id of the
   * control a link to it puts the cursor in, its first input, select, textarea or button ("" when
   * that has no id, null when it has none), as the page finds them once drawn. The page keeps these
   * for a folded section it has not drawn yet, so findings there still count as on the page and the
   * error summary still links to their fields (see src/form/browser/app.ts).
   */
  anchors?: Map<string, string | null>;
  /** Filled while drawing: how each list and union was drawn, by pointer, to draw it again alone (after "add", "remove" or "which kind"). */
  fields?: Map<string, Redraw>;
}

/** What drawing a field again needs besides its pointer and its value now. */
export type Redraw = Omit<FieldArgs, "pointer" | "value">;

/** One field: its schema, place, value, whether its parent requires it, and its depth. */
export interface FieldArgs {
  site: Site;
  pointer: string;
  value: unknown;
  required: boolean;
  depth: number;
}

/** Words for a coded value, as documents show them: "foster-care" → "Foster care". */
export function optionLabel(code: unknown): string {
  const text = codeLabel(String(code));
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function titleOf(n: SchemaNode, pointer: string): string {
  return n.title ?? pointer.split("/").pop() ?? "Record";
}

function labelText(n: SchemaNode, pointer: string, required: boolean): string {
  return `${esc(titleOf(n, pointer))}${required ? "" : " (optional)"}`;
}

function hint(id: string, n: SchemaNode): string {
  return n.description ? `<div id="${id}-hint" class="govuk-hint">${esc(n.description)}</div>` : "";
}

function describedBy(id: string, n: SchemaNode, extra = ""): string {
  const ids = [n.description ? `${id}-hint` : "", extra].filter(Boolean).join(" ");
  return ids ? ` aria-describedby="${ids}"` : "";
}

/** The slot where the page puts this field's findings. */
function findingsSlot(id: string): string {
  return `<div class="rk-findings" id="${id}-findings"></div>`;
}

function group(pointer: string, inner: string, extraClass = ""): string {
  return `<div class="govuk-form-group${extraClass}" data-anchor="${esc(pointer)}" data-control="${idFor(pointer)}">${inner}</div>`;
}

const FOCUSABLE = /<(input|select|textarea|button)\b([^>]*)>/g;

/**
 * The id of the first control in a field's markup, as `focusTarget` (show-findings.ts) finds it in
 * the page: markup order is the page's order, and a folded group's summary is not a control.
 */
export function firstControlId(html: string): string | null {
  FOCUSABLE.lastIndex = 0;
  for (let m = FOCUSABLE.exec(html); m; m = FOCUSABLE.exec(html)) {
    const attrs = m[2] ?? "";
    if (m[1] === "input" && /\stype="hidden"/.test(attrs)) continue;
    return /\sid="([^"]*)"/.exec(attrs)?.[1] ?? "";
  }
  return null;
}

/** Draws a field and everything under it. */
export function renderField(ctx: RenderContext, args: FieldArgs): string {
  const site = ctx.index.deref(args.site);
  const kind = fieldKind(ctx.index, site);
  const html = drawField(ctx, args, site, kind);
  // A union draws its chosen branch at the same pointer, inside it: the page's findings go by the
  // last element with a pointer, the inner one, which is drawn (and noted here) first.
  if (html && ctx.anchors && !ctx.anchors.has(args.pointer)) ctx.anchors.set(args.pointer, firstControlId(html));
  // A list or a union is drawn again alone; of a union and its branch, the outer (the first element
  // with the pointer) is, so it is noted last.
  if (ctx.fields && (kind === "list" || kind === "union")) ctx.fields.set(args.pointer, { site: args.site, required: args.required, depth: args.depth });
  return html;
}

function drawField(ctx: RenderContext, args: FieldArgs, site: Site, kind: FieldKind): string {
  const n = site.node;
  const { pointer, value, required } = args;
  const id = idFor(pointer);
  const data = `data-pointer="${esc(pointer)}"`;
  switch (kind) {
    case "hidden":
      return "";
    case "text":
    case "number": {
      const shown = value === undefined || value === null ? "" : typeof value === "object" ? JSON.stringify(value) : String(value);
      const width = kind === "number" ? " govuk-input--width-5" : "";
      const mode = kind === "number" ? ` inputmode="${typeOf(n) === "integer" ? "numeric" : "decimal"}"` : "";
      const type = n.format === "email" ? "email" : "text";
      return group(
        pointer,
        `<label class="govuk-label" for="${id}">${labelText(n, pointer, required)}</label>${hint(id, n)}${findingsSlot(id)}` +
          `<input class="govuk-input${width}" id="${id}" name="${id}" type="${type}"${mode} spellcheck="false" value="${esc(shown)}"${describedBy(id, n)} ${data} data-kind="${kind === "number" ? (typeOf(n) === "integer" ? "integer" : "number") : "text"}">`,
      );
    }
    case "textarea": {
      const max = n.maxLength;
      const counted = max !== undefined;
      const textarea =
        `<textarea class="govuk-textarea${counted ? " govuk-js-character-count" : ""}" id="${id}" name="${id}" rows="4"${describedBy(id, n, counted ? `${id}-info` : "")} ${data} data-kind="text">${esc(value ?? "")}</textarea>`;
      const inner = `<label class="govuk-label" for="${id}">${labelText(n, pointer, required)}</label>${hint(id, n)}${findingsSlot(id)}${textarea}`;
      if (!counted) return group(pointer, inner);
      const counter = `<div id="${id}-info" class="govuk-hint govuk-character-count__message">You can enter up to ${max} characters</div>`;
      return `<div class="govuk-form-group govuk-character-count" data-module="govuk-character-count" data-maxlength="${max}" data-anchor="${esc(pointer)}" data-control="${id}">${inner}${counter}</div>`;
    }
    case "bool":
      return choice(pointer, n, required, [["true", "Yes"], ["false", "No"]], value === undefined ? undefined : String(value), "bool", true);
    case "radios":
      return choice(pointer, n, required, (n.enum ?? []).map((e) => [String(e), optionLabel(e)]), value === undefined ? undefined : String(value), "enum", (n.enum?.length ?? 0) <= 3);
    case "select": {
      const options = [`<option value="">Choose${required ? "" : " (or leave blank)"}</option>`]
        .concat((n.enum ?? []).map((e) => `<option value="${esc(e)}"${value === e ? " selected" : ""}>${esc(optionLabel(e))}</option>`))
        .join("");
      return group(
        pointer,
        `<label class="govuk-label" for="${id}">${labelText(n, pointer, required)}</label>${hint(id, n)}${findingsSlot(id)}<select class="govuk-select" id="${id}" name="${id}"${describedBy(id, n)} ${data} data-kind="enum">${options}</select>`,
      );
    }
    case "date":
    case "date-time":
    case "date-or-time":
      return dateField(ctx, pointer, n, required, value, kind);
    case "object":
      return objectField(ctx, args, site);
    case "list":
      return listField(ctx, args, site);
    case "checkboxes":
      return checkboxes(ctx, args, site);
    case "union":
      return unionField(ctx, args, site);
    case "json":
      return group(
        pointer,
        `<label class="govuk-label" for="${id}">${labelText(n, pointer, required)} (as JSON)</label>${hint(id, n)}${findingsSlot(id)}<textarea class="govuk-textarea rk-json" id="${id}" name="${id}" rows="4" spellcheck="false"${describedBy(id, n)} ${data} data-kind="json">${esc(value === undefined ? "" : JSON.stringify(value, null, 2))}</textarea>`,
      );
  }
}

function legend(n: SchemaNode, pointer: string, required: boolean, depth: number): string {
  const size = depth <= 1 ? "m" : "s";
  const text = labelText(n, pointer, required);
  return depth <= 2
    ? `<legend class="govuk-fieldset__legend govuk-fieldset__legend--${size}"><h${depth + 1} class="govuk-fieldset__heading">${text}</h${depth + 1}></legend>`
    : `<legend class="govuk-fieldset__legend govuk-fieldset__legend--s">${text}</legend>`;
}

function choice(pointer: string, n: SchemaNode, required: boolean, options: [string, string][], current: string | undefined, kind: string, inline: boolean): string {
  const id = idFor(pointer);
  const all: [string, string][] = required ? options : [...options, ["", "Not recorded"]];
  const items = all
    .map(([v, text], i) => {
      const oid = i === 0 ? id : `${id}-${i}`;
      const checked = (current ?? "") === v && (v !== "" || current === undefined) ? " checked" : "";
      return `<div class="govuk-radios__item"><input class="govuk-radios__input" id="${oid}" name="${id}" type="radio" value="${esc(v)}"${checked} data-pointer="${esc(pointer)}" data-kind="${kind}"><label class="govuk-label govuk-radios__label" for="${oid}">${esc(text)}</label></div>`;
    })
    .join("");
  return group(
    pointer,
    `<fieldset class="govuk-fieldset"${describedBy(id, n)}><legend class="govuk-fieldset__legend govuk-fieldset__legend--s">${labelText(n, pointer, required)}</legend>${hint(id, n)}${findingsSlot(id)}<div class="govuk-radios govuk-radios--small${inline && all.length <= 3 ? " govuk-radios--inline" : ""}" data-module="govuk-radios">${items}</div></fieldset>`,
  );
}

function dateField(ctx: RenderContext, pointer: string, n: SchemaNode, required: boolean, value: unknown, kind: "date" | "date-time" | "date-or-time"): string {
  const id = idFor(pointer);
  const parts = ctx.rawDates.get(pointer) ?? dateParts(value);
  const part = (name: keyof DateParts, text: string, width: number, mode = "numeric") =>
    `<div class="govuk-date-input__item"><div class="govuk-form-group"><label class="govuk-label govuk-date-input__label" for="${id}-${name}">${text}</label>` +
    `<input class="govuk-input govuk-date-input__input govuk-input--width-${width}" id="${id}-${name}" name="${id}-${name}" type="text" inputmode="${mode}" value="${esc(parts[name])}" data-pointer="${esc(pointer)}" data-kind="date-${kind}" data-part="${name}"></div></div>`;
  const time = kind === "date" ? "" : part("time", kind === "date-time" ? "Time (24-hour, HH:MM)" : "Time, if it counts (HH:MM)", 4, "text");
  const hintText = `${n.description ? `${n.description} ` : ""}For example, 21 12 2026${kind === "date" ? "" : " 14:30"}.`;
  return group(
    pointer,
    `<fieldset class="govuk-fieldset" role="group" aria-describedby="${id}-hint"><legend class="govuk-fieldset__legend govuk-fieldset__legend--s">${labelText(n, pointer, required)}</legend>` +
      `<div id="${id}-hint" class="govuk-hint">${esc(hintText)}</div>${findingsSlot(id)}<div class="govuk-date-input" id="${id}">${part("day", "Day", 2)}${part("month", "Month", 2)}${part("year", "Year", 4)}${time}</div></fieldset>`,
  );
}

function objectField(ctx: RenderContext, args: FieldArgs, site: Site): string {
  const n = site.node;
  const { pointer, depth, required } = args;
  const value = (args.value ?? {}) as Record<string, unknown>;
  const id = idFor(pointer);
  const req = new Set(n.required ?? []);
  const children = Object.entries(n.properties ?? {})
    .map(([key, child]) =>
      renderField(ctx, { site: { node: child, base: site.base }, pointer: childPointer(pointer, key), value: value[key], required: req.has(key), depth: depth + 1 }),
    )
    .join("");
  const body = `<fieldset class="govuk-fieldset" id="${id}"${describedBy(id, n)}>${legend(n, pointer, required, depth)}${hint(id, n)}${findingsSlot(id)}${children}</fieldset>`;
  const inner = `<div class="rk-group" data-anchor="${esc(pointer)}" data-control="${id}">${body}</div>`;
  if (required || depth === 0) return inner;
  // An optional group (a housing plan, a guardian) folds away until it has something in it.
  const open = args.value !== undefined ? " open" : "";
  return `<details class="govuk-details rk-optional"${open}><summary class="govuk-details__summary"><span class="govuk-details__summary-text">${esc(titleOf(n, pointer))} (if it applies)</span></summary><div class="govuk-details__text">${inner}</div></details>`;
}

function listField(ctx: RenderContext, args: FieldArgs, site: Site): string {
  const n = site.node;
  const { pointer, depth, required } = args;
  const items = Array.isArray(args.value) ? args.value : [];
  const id = idFor(pointer);
  const itemSite: Site = { node: n.items as SchemaNode, base: site.base };
  ctx.sites?.set(pointer, itemSite);
  const itemNode = ctx.index.deref(itemSite).node;
  const itemTitle = itemNode.title ?? "item";
  const rows = items
    .map((item, i) => {
      const p = childPointer(pointer, i);
      const named: Site = { node: { ...(n.items as SchemaNode), title: `${itemTitle} ${i + 1}` }, base: site.base };
      const field = renderField(ctx, { site: named, pointer: p, value: item, required: true, depth: depth + 1 });
      const remove = `<button type="button" class="govuk-button govuk-button--secondary rk-remove" data-action="remove" data-pointer="${esc(p)}">Remove<span class="govuk-visually-hidden"> ${esc(itemTitle)} ${i + 1}</span></button>`;
      return `<div class="rk-item">${field}${remove}</div>`;
    })
    .join("");
  const addText = items.length ? `Add another ${itemTitle.toLowerCase()}` : `Add ${/^[aeiou]/i.test(itemTitle) ? "an" : "a"} ${itemTitle.toLowerCase()}`;
  const add = `<button type="button" class="govuk-button govuk-button--secondary" data-action="add" data-pointer="${esc(pointer)}">${esc(addText)}</button>`;
  const empty = items.length ? "" : `<p class="govuk-body rk-empty">None yet.</p>`;
  return `<div class="rk-group rk-list" data-anchor="${esc(pointer)}" data-control="${id}"><fieldset class="govuk-fieldset" id="${id}"${describedBy(id, n)}>${legend(n, pointer, required, depth)}${hint(id, n)}${findingsSlot(id)}${rows}${empty}${add}</fieldset></div>`;
}

function checkboxes(ctx: RenderContext, args: FieldArgs, site: Site): string {
  const n = site.node;
  const item = ctx.index.deref({ node: n.items as SchemaNode, base: site.base }).node;
  const { pointer, required } = args;
  const id = idFor(pointer);
  const chosen = new Set(Array.isArray(args.value) ? args.value.map(String) : []);
  const boxes = (item.enum ?? [])
    .map((e, i) => {
      const oid = i === 0 ? id : `${id}-${i}`;
      return `<div class="govuk-checkboxes__item"><input class="govuk-checkboxes__input" id="${oid}" name="${id}" type="checkbox" value="${esc(e)}"${chosen.has(String(e)) ? " checked" : ""} data-pointer="${esc(pointer)}" data-kind="checkboxes"><label class="govuk-label govuk-checkboxes__label" for="${oid}">${esc(optionLabel(e))}</label></div>`;
    })
    .join("");
  return group(
    pointer,
    `<fieldset class="govuk-fieldset"${describedBy(id, n)}><legend class="govuk-fieldset__legend govuk-fieldset__legend--s">${labelText(n, pointer, required)}</legend>${hint(id, n)}${findingsSlot(id)}<div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">${boxes}</div></fieldset>`,
  );
}

/** The branch of a union the value is in: the first whose type fits it. */
export function branchOf(index: SchemaIndex, site: Site, value: unknown): number {
  const branches = site.node.anyOf ?? site.node.oneOf ?? [];
  const jsType = Array.isArray(value) ? "array" : value === null ? "null" : typeof value === "number" ? "number" : typeof value;
  const i = branches.findIndex((b) => {
    const t = typeOf(index.deref({ node: b, base: site.base }).node);
    return t === jsType || (t === "integer" && jsType === "number");
  });
  return Math.max(0, i);
}

function unionField(ctx: RenderContext, args: FieldArgs, site: Site): string {
  const n = site.node;
  const { pointer, required, depth } = args;
  const id = idFor(pointer);
  const branches = n.anyOf ?? n.oneOf ?? [];
  ctx.sites?.set(pointer, site);
  const current = branchOf(ctx.index, site, args.value);
  const radios = branches
    .map((b, i) => {
      const bn = ctx.index.deref({ node: b, base: site.base }).node;
      const oid = `${id}-form-${i}`;
      return `<div class="govuk-radios__item"><input class="govuk-radios__input" id="${oid}" name="${id}-form" type="radio" value="${i}"${i === current ? " checked" : ""} data-pointer="${esc(pointer)}" data-kind="branch"><label class="govuk-label govuk-radios__label" for="${oid}">${esc(bn.title ?? `Form ${i + 1}`)}</label></div>`;
    })
    .join("");
  const chosen: Site = { node: { ...(branches[current] as SchemaNode), title: n.title ?? "Value" }, base: site.base };
  const inner = renderField(ctx, { site: chosen, pointer, value: args.value, required, depth: depth + 1 });
  return `<div class="rk-group" data-anchor="${esc(pointer)}" data-control="${id}-form-0"><fieldset class="govuk-fieldset"${describedBy(id, n)}><legend class="govuk-fieldset__legend govuk-fieldset__legend--s">${labelText(n, pointer, required)}: which kind</legend>${hint(id, n)}<div class="govuk-radios govuk-radios--small govuk-radios--inline">${radios}</div></fieldset>${inner}</div>`;
}

/**
 * Draws each property of an object schema as a top-level section (legends as h2), skipping some:
 * the page draws a record and a case file this way, under its own headings.
 */
export function renderProperties(ctx: RenderContext, site: Site, pointer: string, value: unknown, skip: readonly string[] = []): string {
  const { node, base } = ctx.index.deref(site);
  const obj = (value ?? {}) as Record<string, unknown>;
  const req = new Set(node.required ?? []);
  return Object.entries(node.properties ?? {})
    .filter(([key]) => !skip.includes(key))
    .map(([key, child]) => renderField(ctx, { site: { node: child, base }, pointer: childPointer(pointer, key), value: obj[key], required: req.has(key), depth: 1 }))
    .join("");
}
