/**
 * The form page: holds the case file (or one record) as plain JSON, draws the case file's fields
 * and the chosen record's from the schemas, reads every change back into the JSON, and re-checks
 * it with the CLI's own validateJson (schema, the profile's rules, the working-day calendar) a
 * moment after the person stops typing.
 *
 * Drawing is the page's main cost, so it draws no more than the person can see: the case file's
 * fields (a child's years of history: most of the page's elements on a long case file) only once
 * its folded section is opened, and after "add", "remove" or "which kind" only that list or union.
 */
import { loadProfile } from "../../profiles/load-profile.js";
import { profileFor } from "../../profiles/profile-for.js";
import { validateJson } from "../../validate/validate-json.js";
import { ReviewkitError } from "../../errors.js";
import type { Finding } from "../../schema/finding.js";
import { allSchemas } from "../../schema/load-schemas.js";
import { composeDate, dateParts } from "../schema-form/date-parts.js";
import { esc } from "../schema-form/html.js";
import { initialValue, prune } from "../schema-form/initial-value.js";
import { childPointer, getAt, idFor, setAt } from "../schema-form/pointer.js";
import { renderField, renderProperties, type Redraw, type RenderContext } from "../schema-form/render-field.js";
import { SchemaIndex, type SchemaNode, type Site } from "../schema-form/schema-index.js";
import type { PageSettings } from "../page-data.js";
import { layoutHtml } from "./layout.js";
import { allFindingsHtml, focusTarget, messageOf, showFindings } from "./show-findings.js";
import { isCaseFile, recordPointer, todayIso, type FormState } from "./state.js";
import { setupOpenSave } from "./open-save.js";
import { setupDocuments } from "./documents.js";
import { enhance } from "./enhance.js";

/** How long after the last keystroke the record is checked again. */
const DEBOUNCE_MS = 250;

const $ = <T extends HTMLElement = HTMLElement>(id: string): T => document.getElementById(id) as T;

/** The running page, as its parts and the browser tests see it. */
export interface FormApp {
  state: FormState;
  index: SchemaIndex;
  settings: PageSettings;
  /** Replaces what the page holds (opened from a file, a draft, or new). */
  load(root: Record<string, unknown>, fileName?: string): void;
  /** Draws the page again from the state (the case file's fields only when their folded section starts open: drawn when opened). */
  render(): void;
  /** Checks now (not debounced). */
  validate(): Finding[];
  /** The profile the findings are for. */
  profileId(): string;
  /** Runs after every check (drafts, documents). */
  onChecked: (() => void)[];
  /** Milliseconds the last check took, from the change to the findings shown. */
  lastCheckMs: number;
}

/** A new case file for a child, with one new record of the given type. */
function newCaseFile(index: SchemaIndex, recordType: string, authority: string | undefined): Record<string, unknown> {
  const root = initialValue(index, index.root("case-file")) as Record<string, unknown>;
  if (authority) root["authority"] = authority;
  root["records"] = [initialValue(index, index.root(recordType))];
  return root;
}

/** Starts the page. */
export function startApp(settings: PageSettings): FormApp {
  const schemas = allSchemas().map((s) => s.schema as SchemaNode);
  const index = new SchemaIndex(schemas);
  $("rk-app").innerHTML = layoutHtml(settings);
  const defaultAuthority = settings.profile && !settings.profile.includes("/") ? settings.profile : undefined;
  const state: FormState = {
    root: newCaseFile(index, settings.recordType, defaultAuthority),
    recordIndex: 0,
    recordType: settings.recordType,
    profileRef: settings.profile ?? "auto",
    asOf: todayIso(),
    dirty: false,
    fileName: undefined,
    rawDates: new Map(),
    findings: [],
  };
  let sites = new Map<string, Site>();
  let fields = new Map<string, Redraw>();
  /** Whether the case file's fields are drawn (its folded section open, or opened since the last full drawing). */
  let caseDrawn = false;
  /** While they are not: where each of its fields' first control will be (worked out when a finding needs it). */
  let undrawnCase: Map<string, string | null> | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let changedAt = 0;

  const app: FormApp = {
    state,
    index,
    settings,
    onChecked: [],
    lastCheckMs: 0,
    load(root, fileName) {
      state.root = root;
      state.fileName = fileName;
      state.rawDates.clear();
      state.dirty = false;
      if (isCaseFile(state)) {
        const records = (root["records"] as Record<string, unknown>[] | undefined) ?? [];
        const last = records.map((r, i) => [r, i] as const).filter(([r]) => r["recordType"] === state.recordType).pop();
        state.recordIndex = last?.[1];
      } else {
        state.recordType = String(root["recordType"]);
        $<HTMLSelectElement>("rk-record-type").value = state.recordType;
        state.recordIndex = undefined;
      }
      app.render();
      changedAt = performance.now();
      app.validate();
    },
    render() {
      const ctx = drawing();
      const caseFile = isCaseFile(state);
      // The case file's section starts open while the child has no name (a new case file), else folded.
      const open = caseFile && (getAt(state.root, "/child/name") ?? "") === "";
      // Folded, its fields are not drawn until it is opened (drawCase); its findings still count and
      // link as they do when drawn (undrawnControl).
      const caseFields = open ? caseFieldsHtml(ctx) : "";
      caseDrawn = open;
      undrawnCase = undefined;
      $("rk-case").innerHTML = caseFile
        ? `<details class="govuk-details" id="rk-case-details"${open ? " open" : ""}><summary class="govuk-details__summary"><span class="govuk-details__summary-text">The child's case file: details and history</span></summary><div class="govuk-details__text">${caseFields}</div></details>`
        : "";
      $("rk-record-choice").innerHTML = caseFile ? recordChoiceHtml() : "";
      const pointer = recordPointer(state);
      const record = pointer === undefined ? undefined : getAt(state.root, pointer);
      const title = settings.recordTypes.find((t) => t.type === state.recordType)?.title ?? state.recordType;
      $("rk-record").innerHTML =
        pointer === undefined || record === undefined
          ? ""
          : `<h2 class="govuk-heading-l" id="rk-record-heading">${esc(title)}</h2>${renderProperties(ctx, index.root(String((record as Record<string, unknown>)["recordType"])), pointer, record, ["recordType"])}`;
      sites = ctx.sites ?? new Map();
      fields = ctx.fields ?? new Map();
      enhance($("rk-form"));
      showFindingsNow();
    },
    validate() {
      // A check still waiting for the pause after typing would check this same record again.
      clearTimeout(timer);
      const profile = app.profileId();
      try {
        const checked = validateJson(state.root, state.fileName ?? "form", { profile: resolvedProfile(), asOf: state.asOf });
        state.findings = "failure" in checked ? [failureFinding(checked.failure.line)] : checked.result.findings;
      } catch (err) {
        if (!(err instanceof ReviewkitError)) throw err;
        state.findings = [{ ruleId: "input", severity: "error", path: err.where ?? "", message: err.message, source: { document: "reviewkit", paragraph: "input" } }];
      }
      showFindingsNow();
      $("rk-all-list").innerHTML = allFindingsHtml(state.findings, profile);
      app.lastCheckMs = performance.now() - changedAt;
      for (const f of app.onChecked) f();
      return state.findings;
    },
    profileId: () => resolvedProfile().id,
  };

  /** A drawing's context, noting each list's and union's schema (for "add", "which kind" and drawing it again). */
  function drawing(): RenderContext {
    return { index, rawDates: state.rawDates, sites: new Map(), fields: new Map() };
  }

  /** The case file's own fields: everything but its records, each drawn under its own heading. */
  function caseFieldsHtml(ctx: RenderContext): string {
    return renderProperties(ctx, index.root("case-file"), "", state.root, ["recordType", "records"]);
  }

  /** Draws the case file's fields into their folded section, when not drawn yet (it is being opened). */
  function drawCase(): void {
    const body = document.querySelector<HTMLElement>("#rk-case-details > .govuk-details__text");
    if (caseDrawn || !body) return;
    const ctx = drawing();
    body.innerHTML = caseFieldsHtml(ctx);
    caseDrawn = true;
    undrawnCase = undefined;
    for (const [key, site] of ctx.sites ?? []) sites.set(key, site);
    for (const [key, field] of ctx.fields ?? []) fields.set(key, field);
    enhance(body);
    showFindingsNow();
  }

  /**
   * For a field of the case file while its section is not drawn: the id of the control its error
   * summary link goes to (null: none; undefined: no such field, or it is drawn), from the markup
   * the section will have, made (not drawn) the first time a finding asks.
   */
  function undrawnControl(pointer: string): string | null | undefined {
    if (caseDrawn || !isCaseFile(state) || /^\/records(\/|$)/.test(pointer)) return undefined;
    if (!undrawnCase) {
      undrawnCase = new Map();
      caseFieldsHtml({ index, rawDates: state.rawDates, anchors: undrawnCase });
    }
    return undrawnCase.get(pointer);
  }

  /**
   * Draws one list or union again from the record (after "add", "remove" or "which kind"), leaving
   * the rest of the page as it is: what is open stays open, and a long case file is not drawn again
   * for one list item. False when it is not on the page (then the whole page is drawn).
   */
  function redraw(pointer: string): boolean {
    const el = $("rk-form").querySelector(`[data-anchor="${CSS.escape(pointer)}"]`);
    const field = fields.get(pointer);
    if (!el || !field) return false;
    const ctx = drawing();
    el.outerHTML = renderField(ctx, { ...field, pointer, value: getAt(state.root, pointer) });
    const under = (key: string) => key === pointer || key.startsWith(`${pointer}/`);
    for (const key of [...sites.keys()]) if (under(key)) sites.delete(key);
    for (const key of [...fields.keys()]) if (under(key)) fields.delete(key);
    for (const [key, site] of ctx.sites ?? []) sites.set(key, site);
    for (const [key, f] of ctx.fields ?? []) fields.set(key, f);
    enhance($("rk-form"));
    return true;
  }

  function resolvedProfile() {
    return state.profileRef === "auto" ? profileFor(state.root) : loadProfile(state.profileRef);
  }

  /** The CLI reports a date that does not exist as a failure line "label: path: message". */
  function failureFinding(line: string): Finding {
    const rest = line.slice((state.fileName ?? "form").length + 2);
    const at = rest.indexOf(": ");
    return { ruleId: "schema/format", severity: "error", path: rest.slice(0, at), message: rest.slice(at + 2), source: { document: "reviewkit", paragraph: "a date that does not exist" } };
  }

  function showFindingsNow(): void {
    const shown = showFindings($("rk-form"), $("rk-error-summary"), $("rk-error-list"), state.findings, app.profileId(), undrawnControl);
    $("rk-elsewhere").innerHTML = shown.elsewhere.length
      ? `<div class="govuk-inset-text"><h2 class="govuk-heading-s">Elsewhere in this case file</h2><ul class="govuk-list govuk-list--bullet">${shown.elsewhere
          .map((f) => {
            const m = /^\/records\/(\d+)/.exec(f.path);
            const go = m ? ` <button type="button" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" data-action="edit-record" data-index="${m[1]}">Edit this record</button>` : "";
            return `<li><strong>${esc(f.severity)}</strong> ${esc(f.path || "the whole file")}: ${esc(messageOf(f))}${go}</li>`;
          })
          .join("")}</ul></div>`
      : "";
    const { errors, warnings, info } = shown;
    const profile = resolvedProfile();
    $("rk-status").textContent = `Checked against ${profile.name} as of ${state.asOf}: ${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}, ${info} note${info === 1 ? "" : "s"}.`;
    $("rk-error-title").textContent = errors === 1 ? "There is a problem" : `There are ${errors} problems`;
  }

  function recordChoiceHtml(): string {
    const records = (state.root["records"] as Record<string, unknown>[] | undefined) ?? [];
    const title = settings.recordTypes.find((t) => t.type === state.recordType)?.title ?? state.recordType;
    const mine = records.map((r, i) => [r, i] as const).filter(([r]) => r["recordType"] === state.recordType);
    const radios = mine
      .map(([r, i]) => `<div class="govuk-radios__item"><input class="govuk-radios__input" id="rk-pick-${i}" name="rk-pick" type="radio" value="${i}"${i === state.recordIndex ? " checked" : ""} data-action="pick"><label class="govuk-label govuk-radios__label" for="rk-pick-${i}">${esc(String(r["id"] ?? `record ${i + 1}`))}</label></div>`)
      .join("");
    const pick = mine.length
      ? `<fieldset class="govuk-fieldset"><legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Which ${esc(title.toLowerCase())} to edit</legend><div class="govuk-radios govuk-radios--small" data-module="govuk-radios">${radios}</div></fieldset>`
      : `<p class="govuk-body">This case file has no ${esc(title.toLowerCase())} yet.</p>`;
    return `<div class="govuk-form-group rk-noprint">${pick}<button type="button" class="govuk-button govuk-button--secondary govuk-!-margin-top-3" data-action="new-record">Start a new ${esc(title.toLowerCase())}</button></div>`;
  }

  /** After a change: `structural` draws again (only the list or union at `redrawAt` when given) and checks now; else checks after the pause. */
  function changed(structural: boolean, focusId?: string, redrawAt?: string): void {
    const recordSite = index.root("case-file");
    prune(index, isCaseFile(state) ? recordSite : index.root(String(state.root["recordType"])), state.root);
    state.dirty = true;
    changedAt = performance.now();
    if (structural) {
      if (redrawAt === undefined || !redraw(redrawAt)) app.render();
      if (focusId) document.getElementById(focusId)?.focus();
      app.validate();
      return;
    }
    clearTimeout(timer);
    timer = setTimeout(() => app.validate(), DEBOUNCE_MS);
  }

  function readControl(el: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement): void {
    const pointer = el.dataset["pointer"];
    const kind = el.dataset["kind"];
    if (pointer === undefined || kind === undefined) return;
    const v = el.value;
    if (kind === "text") setAt(state.root, pointer, v === "" ? undefined : v);
    else if (kind === "integer" || kind === "number") {
      const t = v.trim();
      const n = kind === "integer" ? /^-?\d+$/.test(t) : /^-?\d+(\.\d+)?$/.test(t);
      setAt(state.root, pointer, t === "" ? undefined : n ? Number(t) : t);
    } else if (kind === "bool") setAt(state.root, pointer, v === "" ? undefined : v === "true");
    else if (kind === "enum") setAt(state.root, pointer, v === "" ? undefined : v);
    else if (kind === "checkboxes") {
      const boxes = document.getElementsByName(el.getAttribute("name") ?? "");
      setAt(state.root, pointer, [...boxes].filter((b) => (b as HTMLInputElement).checked).map((b) => (b as HTMLInputElement).value));
    } else if (kind.startsWith("date-")) {
      const parts = state.rawDates.get(pointer) ?? dateParts(getAt(state.root, pointer));
      const part = el.dataset["part"] as keyof typeof parts;
      const next = { ...parts, [part]: v };
      state.rawDates.set(pointer, next);
      setAt(state.root, pointer, composeDate(next));
    } else if (kind === "json") {
      try {
        setAt(state.root, pointer, v.trim() === "" ? undefined : JSON.parse(v));
        el.setCustomValidity("");
      } catch {
        el.setCustomValidity("not valid JSON");
        return;
      }
    } else if (kind === "branch") {
      const site = sites.get(pointer);
      const branch = site ? (site.node.anyOf ?? site.node.oneOf ?? [])[Number(v)] : undefined;
      setAt(state.root, pointer, branch ? initialValue(index, { node: branch, base: site?.base ?? "" }) : undefined);
      changed(true, el.id, pointer);
      return;
    }
    changed(false);
  }

  const form = $("rk-form");
  form.addEventListener("input", (e) => {
    const el = e.target as HTMLInputElement;
    if (el.type !== "radio" && el.type !== "checkbox") readControl(el);
  });
  form.addEventListener("change", (e) => {
    const el = e.target as HTMLInputElement;
    if (el.dataset["action"] === "pick") {
      state.recordIndex = Number(el.value);
      app.render();
      app.validate();
      return;
    }
    if (el.type === "radio" || el.type === "checkbox" || el.tagName === "SELECT") readControl(el);
  });
  document.addEventListener("click", (e) => {
    const button = (e.target as HTMLElement).closest<HTMLElement>("[data-action]");
    const action = button?.dataset["action"];
    if (!button || !action || button.tagName !== "BUTTON") return;
    const pointer = button.dataset["pointer"] ?? "";
    if (action === "add") {
      const list = (getAt(state.root, pointer) as unknown[] | undefined) ?? [];
      if (!Array.isArray(getAt(state.root, pointer))) setAt(state.root, pointer, list);
      const site = sites.get(pointer);
      const item = site ? initialValue(index, site) : undefined;
      list.push(item === undefined ? "" : item);
      changed(true, undefined, pointer);
      const added = document.querySelector<HTMLElement>(`[data-anchor="${CSS.escape(childPointer(pointer, list.length - 1))}"]`);
      if (added) focusTarget(added)?.focus();
    } else if (action === "remove") {
      const cut = pointer.lastIndexOf("/");
      const listPointer = pointer.slice(0, cut);
      const list = getAt(state.root, listPointer) as unknown[];
      list.splice(Number(pointer.slice(cut + 1)), 1);
      for (const key of [...state.rawDates.keys()]) if (key.startsWith(`${listPointer}/`)) state.rawDates.delete(key);
      changed(true, undefined, listPointer);
      document.querySelector<HTMLElement>(`[data-action="add"][data-pointer="${CSS.escape(listPointer)}"]`)?.focus();
    } else if (action === "new-record") {
      const records = (state.root["records"] as unknown[] | undefined) ?? [];
      state.root["records"] = records;
      const record = initialValue(index, index.root(state.recordType)) as Record<string, unknown>;
      // The record's summary of the child starts as the case file's own details.
      const child = state.root["child"] as Record<string, unknown> | undefined;
      if (child && record["child"] && typeof record["child"] === "object") {
        for (const key of ["id", "name", "dateOfBirth"]) if (child[key] !== undefined) (record["child"] as Record<string, unknown>)[key] = child[key];
      }
      records.push(record);
      state.recordIndex = records.length - 1;
      changed(true);
      $("rk-record-heading").focus();
    } else if (action === "edit-record") {
      const i = Number(button.dataset["index"]);
      const record = (state.root["records"] as Record<string, unknown>[])[i];
      if (record) {
        state.recordType = String(record["recordType"]);
        $<HTMLSelectElement>("rk-record-type").value = state.recordType;
        state.recordIndex = i;
        app.render();
        app.validate();
        $("rk-record-heading")?.focus();
      }
    }
  });
  // The error summary's links open folded sections and put the cursor in the field.
  $("rk-error-summary").addEventListener("click", (e) => {
    const a = (e.target as HTMLElement).closest("a");
    if (!a) return;
    const id = a.getAttribute("href")?.slice(1) ?? "";
    let target = document.getElementById(id);
    // A field of the folded case file, not drawn yet: drawn, as opening the section draws it.
    if (!target && !caseDrawn) {
      drawCase();
      target = document.getElementById(id);
    }
    if (!target) return;
    e.preventDefault();
    for (let d = target.closest("details"); d; d = d.parentElement?.closest("details") ?? null) d.open = true;
    target.scrollIntoView({ block: "center" });
    target.focus();
  });
  // Opening the case file's section (its summary clicked or pressed, or `open` set by a script) draws
  // its fields, before the browser next paints the page.
  new MutationObserver(() => {
    if ((document.getElementById("rk-case-details") as HTMLDetailsElement | null)?.open) drawCase();
  }).observe($("rk-case"), { attributes: true, attributeFilter: ["open"], subtree: true });
  $("rk-record-type").addEventListener("change", () => {
    state.recordType = $<HTMLSelectElement>("rk-record-type").value;
    if (isCaseFile(state)) {
      const records = (state.root["records"] as Record<string, unknown>[] | undefined) ?? [];
      const last = records.map((r, i) => [r, i] as const).filter(([r]) => r["recordType"] === state.recordType).pop();
      state.recordIndex = last?.[1];
    }
    app.render();
    changedAt = performance.now();
    app.validate();
  });
  $("rk-profile").addEventListener("change", () => {
    state.profileRef = $<HTMLSelectElement>("rk-profile").value;
    changedAt = performance.now();
    app.validate();
  });
  const asOfParts = ["day", "month", "year"].map((p) => $<HTMLInputElement>(`rk-as-of-${p}`));
  const shownAsOf = dateParts(state.asOf);
  asOfParts.forEach((input, i) => (input.value = [shownAsOf.day, shownAsOf.month, shownAsOf.year][i] ?? ""));
  for (const input of asOfParts) {
    input.addEventListener("input", () => {
      const [day, month, year] = asOfParts.map((p) => p.value);
      const iso = composeDate({ day: day ?? "", month: month ?? "", year: year ?? "", time: "" });
      if (iso && /^\d{4}-\d{2}-\d{2}$/.test(iso) && !Number.isNaN(Date.parse(iso))) {
        state.asOf = iso;
        clearTimeout(timer);
        changedAt = performance.now();
        timer = setTimeout(() => app.validate(), DEBOUNCE_MS);
      }
    });
  }
  $("rk-check").addEventListener("click", () => {
    changedAt = performance.now();
    app.validate();
    const summary = $("rk-error-summary");
    if (!summary.hidden) summary.focus();
  });
  $("rk-new").addEventListener("click", () => {
    if (state.dirty && !confirm("Start a new case file? Changes you have not saved will be lost.")) return;
    app.load(newCaseFile(index, state.recordType, defaultAuthority));
    $("rk-record-heading")?.focus();
  });
  window.addEventListener("beforeunload", (e) => {
    if (!state.dirty) return;
    e.preventDefault();
    e.returnValue = "";
  });
  setupOpenSave(app);
  setupDocuments(app);
  app.render();
  app.validate();
  $("rk-loading")?.remove();
  return app;
}

export { idFor };
