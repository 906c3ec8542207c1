/**
 * The page's fixed parts, drawn once: settings (record type, standards, as-of date), open and save,
 * drafts, the error summary, and the places the generated form and findings go.
 */
import { esc } from "../schema-form/html.js";
import type { PageSettings } from "../page-data.js";

function dateInput(id: string, legend: string, hint: string): string {
  const part = (name: string, text: string, width: number) =>
    `<div class="govuk-date-input__item"><div class="govuk-form-group"><label class="govuk-label govuk-date-input__label" for="${id}-${name}">${text}</label><input class="govuk-input govuk-date-input__input govuk-input--width-${width}" id="${id}-${name}" name="${id}-${name}" type="text" inputmode="numeric"></div></div>`;
  return `<div class="govuk-form-group"><fieldset class="govuk-fieldset" role="group" aria-describedby="${id}-hint"><legend class="govuk-fieldset__legend govuk-fieldset__legend--s">${legend}</legend><div class="govuk-hint" id="${id}-hint">${hint}</div><div class="govuk-date-input" id="${id}">${part("day", "Day", 2)}${part("month", "Month", 2)}${part("year", "Year", 4)}</div></fieldset></div>`;
}

/** The page's fixed markup. */
export function layoutHtml(settings: PageSettings): string {
  const types = settings.recordTypes.map((t) => `<option value="${esc(t.type)}"${t.type === settings.recordType ? " selected" : ""}>${esc(t.title)}</option>`).join("");
  const profiles = [`<option value="auto"${settings.profile === undefined ? " selected" : ""}>The case file's own authority (else England)</option>`]
    .concat(settings.profiles.map((p) => `<option value="${esc(p.ref)}"${p.ref === settings.profile ? " selected" : ""}>${esc(p.name)}</option>`))
    .join("");
  return `
<div class="rk-noprint">
<details class="govuk-details" id="rk-settings-details" open><summary class="govuk-details__summary"><span class="govuk-details__summary-text">Record, standards and date</span></summary><div class="govuk-details__text">
<div class="govuk-form-group"><label class="govuk-label" for="rk-record-type">Record</label><select class="govuk-select" id="rk-record-type">${types}</select></div>
<div class="govuk-form-group"><label class="govuk-label" for="rk-profile">Standards to check against</label><div class="govuk-hint" id="rk-profile-hint">The national floor and each authority's own practice standards.</div><select class="govuk-select" id="rk-profile" aria-describedby="rk-profile-hint">${profiles}</select></div>
${dateInput("rk-as-of", "Check as of", "Overdue items are counted to this date. Today unless you change it.")}
</div></details>
<h2 class="govuk-heading-m">Open and save</h2>
<div class="rk-drop" id="rk-drop">
<div class="govuk-form-group"><label class="govuk-label" for="rk-open">Open a record or a child's case file (JSON)</label><div class="govuk-hint" id="rk-open-hint">Or drag the file onto this box. It is read on this computer only.</div><input class="govuk-file-upload" id="rk-open" type="file" accept=".json,application/json" aria-describedby="rk-open-hint"></div>
</div>
<div class="rk-toolbar">
<button type="button" class="govuk-button" id="rk-save">Save as JSON</button>
<button type="button" class="govuk-button govuk-button--secondary" id="rk-check">Check the record</button>
<button type="button" class="govuk-button govuk-button--secondary" id="rk-new">Start a new case file</button>
</div>
<div class="govuk-form-group"><div class="govuk-checkboxes govuk-checkboxes--small"><div class="govuk-checkboxes__item"><input class="govuk-checkboxes__input" id="rk-drafts" type="checkbox" aria-describedby="rk-drafts-hint"><label class="govuk-label govuk-checkboxes__label" for="rk-drafts">Keep a draft in this browser as I type</label><div class="govuk-hint govuk-checkboxes__hint" id="rk-drafts-hint">Leave this off on a shared computer: every page opened from a file in this browser can read the draft. Saving or discarding removes it.</div></div></div></div>
<div id="rk-draft-list"></div>
</div>
<p class="govuk-body rk-status" id="rk-status" role="status" aria-live="polite"></p>
<div class="govuk-error-summary" id="rk-error-summary" tabindex="-1" hidden><h2 class="govuk-error-summary__title" id="rk-error-title">There is a problem</h2><div class="govuk-error-summary__body"><ul class="govuk-list govuk-error-summary__list" id="rk-error-list"></ul></div></div>
<div id="rk-elsewhere"></div>
<form id="rk-form" novalidate autocomplete="off">
<div id="rk-case"></div>
<div id="rk-record-choice"></div>
<div id="rk-record"></div>
</form>
<div id="rk-documents" class="rk-noprint"></div>
<details class="govuk-details rk-noprint" id="rk-all"><summary class="govuk-details__summary"><span class="govuk-details__summary-text">Every finding, as reviewkit validate reports them</span></summary><div class="govuk-details__text"><ul class="govuk-list" id="rk-all-list"></ul></div></details>
`;
}
