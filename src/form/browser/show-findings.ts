/**
 * Puts each finding beside its field: an error as a GOV.UK error message (and a link in the error
 * summary at the top), a warning or note as a "Check" box; each with the rule's plain message and
 * its citation (document, paragraph, requirement id, rule), worded as `reviewkit validate` words it.
 */
import type { Finding } from "../../schema/finding.js";
import { citation } from "../../validate/format-text.js";
import { esc } from "../schema-form/html.js";
import { idFor, segments } from "../schema-form/pointer.js";

/** Findings no field on screen can hold (another record's, or the whole file's). */
export interface Shown {
  elsewhere: Finding[];
  errors: number;
  warnings: number;
  info: number;
}

/**
 * A field of a folded section not drawn yet, by pointer: the id of its first control, the one a link
 * to it focuses once drawn ("" when that has no id, null when it has none; RenderContext's
 * `anchors`), or undefined when there is no such field.
 */
export type Undrawn = (pointer: string) => string | null | undefined;

const isError = (f: Finding) => f.severity === "error" || f.severity === "internal";

function clear(form: HTMLElement): void {
  form.querySelectorAll(".rk-findings").forEach((slot) => (slot.innerHTML = ""));
  form.querySelectorAll(".govuk-form-group--error").forEach((g) => g.classList.remove("govuk-form-group--error"));
  form.querySelectorAll(".govuk-input--error,.govuk-select--error,.govuk-textarea--error").forEach((c) => c.classList.remove("govuk-input--error", "govuk-select--error", "govuk-textarea--error"));
  form.querySelectorAll("[data-rk-error]").forEach((c) => {
    const ids = (c.getAttribute("aria-describedby") ?? "").split(" ").filter((t) => t && !t.endsWith("-error"));
    if (ids.length) c.setAttribute("aria-describedby", ids.join(" "));
    else c.removeAttribute("aria-describedby");
    c.removeAttribute("data-rk-error");
  });
}

/**
 * The nearest field for a path, the field itself or the group that holds it: drawn (an element), or
 * in a folded section not drawn yet (the id of the control a link to it focuses, see `undrawn`).
 */
function anchorFor(anchors: Map<string, HTMLElement>, undrawn: Undrawn, path: string): HTMLElement | { controlId: string | null } | undefined {
  const segs = segments(path);
  for (let n = segs.length; n > 0; n--) {
    const p = `/${segs.slice(0, n).map((s) => s.replace(/~/g, "~0").replace(/\//g, "~1")).join("/")}`;
    const el = anchors.get(p);
    if (el) return el;
    const controlId = undrawn(p);
    if (controlId !== undefined) return { controlId };
  }
  return undefined;
}

/** The control a link to this anchor should focus: its first input. */
export function focusTarget(anchor: HTMLElement): HTMLElement | null {
  return anchor.querySelector<HTMLElement>("input:not([type=hidden]),select,textarea,button");
}

/** A finding's message as the summary shows it: the field's name first when the rule gave one. */
export function messageOf(f: Finding): string {
  return `${f.field ? `${f.field}: ` : ""}${f.message}`;
}

/**
 * Draws the findings into the form and the error summary. `undrawn`: the fields of a folded section
 * the page has not drawn yet (see `Undrawn`): their findings count and link as those of drawn
 * fields, and go beside them once drawn.
 */
export function showFindings(form: HTMLElement, summary: HTMLElement, list: HTMLElement, findings: readonly Finding[], profileId: string, undrawn: Undrawn = () => undefined): Shown {
  clear(form);
  const anchors = new Map<string, HTMLElement>();
  form.querySelectorAll<HTMLElement>("[data-anchor]").forEach((el) => anchors.set(el.dataset["anchor"] ?? "", el));
  const shown: Shown = { elsewhere: [], errors: 0, warnings: 0, info: 0 };
  const links: string[] = [];
  for (const f of findings) {
    if (f.ruleId === "schema/rules-not-run" && findings.length > 1) continue;
    if (isError(f)) shown.errors++;
    else if (f.severity === "warning") shown.warnings++;
    else shown.info++;
    const anchor = anchorFor(anchors, undrawn, f.path);
    if (!anchor) {
      shown.elsewhere.push(f);
      if (isError(f)) links.push(`<li><a href="#rk-elsewhere">${esc(messageOf(f))}</a></li>`);
      continue;
    }
    if (!(anchor instanceof HTMLElement)) {
      if (isError(f)) links.push(`<li><a href="#${esc(anchor.controlId ?? "rk-form")}">${esc(messageOf(f))}</a></li>`);
      continue;
    }
    const pointer = anchor.dataset["anchor"] ?? "";
    const slot = form.querySelector<HTMLElement>(`#${CSS.escape(idFor(pointer))}-findings`);
    const cite = `<span class="rk-cite">${esc(citation(f, profileId))}</span>`;
    const text = `${f.path === pointer || !f.field ? "" : `${esc(f.field)}: `}${esc(f.message)}`;
    if (isError(f)) {
      const errorId = `${idFor(pointer)}-error`;
      slot?.insertAdjacentHTML("beforeend", `<p class="govuk-error-message" id="${slot.querySelector(".govuk-error-message") ? "" : errorId}"><span class="govuk-visually-hidden">Error:</span> ${text}${cite}</p>`);
      if (anchor.classList.contains("govuk-form-group")) anchor.classList.add("govuk-form-group--error");
      anchor.querySelectorAll<HTMLElement>(`[data-pointer="${CSS.escape(pointer)}"]`).forEach((c) => {
        if (c.tagName === "BUTTON") return;
        if (c.classList.contains("govuk-input")) c.classList.add("govuk-input--error");
        if (c.tagName === "SELECT") c.classList.add("govuk-select--error");
        if (c.tagName === "TEXTAREA") c.classList.add("govuk-textarea--error");
        const ids = new Set((c.getAttribute("aria-describedby") ?? "").split(" ").filter(Boolean));
        ids.add(errorId);
        c.setAttribute("aria-describedby", [...ids].join(" "));
        c.setAttribute("data-rk-error", "");
      });
      const target = focusTarget(anchor);
      links.push(`<li><a href="#${esc(target?.id ?? "rk-form")}">${esc(messageOf(f))}</a></li>`);
    } else {
      const word = f.severity === "warning" ? "Check" : "Note";
      slot?.insertAdjacentHTML("beforeend", `<div class="rk-finding rk-finding--${f.severity}"><strong>${word}:</strong> ${text}${cite}</div>`);
    }
  }
  list.innerHTML = links.join("");
  summary.hidden = links.length === 0;
  return shown;
}

/** The full list of findings (also what the browser tests compare with the CLI's). */
export function allFindingsHtml(findings: readonly Finding[], profileId: string): string {
  return findings
    .map(
      (f) =>
        `<li class="rk-all-item" data-rule="${esc(f.ruleId)}" data-severity="${esc(f.severity)}" data-path="${esc(f.path)}" data-requirement="${esc(f.requirement ?? "")}" data-document="${esc(f.source.document)}" data-paragraph="${esc(f.source.paragraph)}"><strong>${esc(f.severity)}</strong> ${esc(f.path || "/")}: <span class="rk-message">${esc(f.message)}</span><span class="rk-cite">${esc(citation(f, profileId))}</span></li>`,
    )
    .join("");
}
