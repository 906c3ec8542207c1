/**
 * Open a record or case file from disk (file picker, or dropped on the page), save it back as JSON
 * (a download: the page cannot write files), and drafts in the browser's storage, only when the
 * person opts in: browsers share storage between every page opened from a file, and IROs' laptops
 * are shared. A draft is named by the record's ids and removed when saved or discarded.
 */
import type { FormApp } from "./app.js";
import { esc } from "../schema-form/html.js";

const DRAFT_PREFIX = "reviewkit-draft:";
const OPT_IN_KEY = "reviewkit-drafts-on";
/** Files bigger than this are not case files (the CLI's readers have their own bounds). */
const MAX_OPEN_BYTES = 20 * 1024 * 1024;

const $ = <T extends HTMLElement = HTMLElement>(id: string): T => document.getElementById(id) as T;

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** The draft's name: the case file's id and the record's, so two children's drafts never meet. */
export function draftKey(app: FormApp): string {
  const root = app.state.root;
  const record = app.state.recordIndex === undefined ? undefined : (root["records"] as Record<string, unknown>[] | undefined)?.[app.state.recordIndex];
  const parts = [root["recordType"], root["id"], record?.["id"]].filter((p) => typeof p === "string" && p !== "");
  return DRAFT_PREFIX + (parts.length > 1 ? parts.join(":") : `${String(root["recordType"])}:unnamed`);
}

/** The name a saved file gets: the record's id, as the examples are named. */
export function saveName(app: FormApp): string {
  const root = app.state.root;
  const id = typeof root["id"] === "string" && root["id"] !== "" ? root["id"] : String(root["recordType"]);
  const safe = id.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^-+|-+$/g, "") || "record";
  return root["recordType"] === "case-file" ? `${safe}.case.json` : `${safe}.json`;
}

/** Offers bytes as a download with a name. */
export function download(bytes: BlobPart, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function showMessage(text: string, error: boolean): void {
  $("rk-status").innerHTML = error ? `<span class="govuk-error-message">${esc(text)}</span>` : esc(text);
}

/** Wires open, save and drafts. */
export function setupOpenSave(app: FormApp): void {
  const open = async (file: File) => {
    if (app.state.dirty && !confirm("Open another file? Changes you have not saved will be lost.")) return;
    if (file.size > MAX_OPEN_BYTES) return showMessage(`${file.name} is too big to be a record or case file.`, true);
    let json: unknown;
    try {
      json = JSON.parse((await file.text()).replace(/^\uFEFF/, ""));
    } catch {
      return showMessage(`${file.name} is not JSON: open a record or case file saved by reviewkit.`, true);
    }
    const type = json !== null && typeof json === "object" && !Array.isArray(json) ? (json as Record<string, unknown>)["recordType"] : undefined;
    const known = type === "case-file" || app.settings.recordTypes.some((t) => t.type === type) || type === "concern-note";
    if (!known) return showMessage(`${file.name} is not a reviewkit record: it has no record type the form knows.`, true);
    app.load(json as Record<string, unknown>, file.name);
  };
  const input = $<HTMLInputElement>("rk-open");
  input.addEventListener("change", () => {
    const file = input.files?.[0];
    if (file) void open(file).finally(() => (input.value = ""));
  });
  const drop = $("rk-drop");
  document.addEventListener("dragover", (e) => {
    e.preventDefault();
    drop.classList.add("rk-drop--over");
  });
  document.addEventListener("dragleave", () => drop.classList.remove("rk-drop--over"));
  document.addEventListener("drop", (e) => {
    e.preventDefault();
    drop.classList.remove("rk-drop--over");
    const file = e.dataTransfer?.files[0];
    if (file) void open(file);
  });

  $("rk-save").addEventListener("click", () => {
    download(`${JSON.stringify(app.state.root, null, 2)}\n`, saveName(app), "application/json");
    app.state.dirty = false;
    storage()?.removeItem(draftKey(app));
    showDrafts();
    showMessage(`Saved as ${saveName(app)} in your downloads. Move it to where your council keeps records.`, false);
  });

  // Drafts: off unless the person turns them on, on this browser.
  const optIn = $<HTMLInputElement>("rk-drafts");
  optIn.checked = storage()?.getItem(OPT_IN_KEY) === "yes";
  optIn.addEventListener("change", () => {
    if (optIn.checked) storage()?.setItem(OPT_IN_KEY, "yes");
    else storage()?.removeItem(OPT_IN_KEY);
    showDrafts();
  });
  app.onChecked.push(() => {
    if (!optIn.checked || !app.state.dirty) return;
    const key = draftKey(app);
    const isNew = storage()?.getItem(key) === null;
    storage()?.setItem(key, JSON.stringify(app.state.root));
    if (isNew) showDrafts();
  });
  const showDrafts = () => {
    const s = storage();
    const keys = s && optIn.checked ? Object.keys(s).filter((k) => k.startsWith(DRAFT_PREFIX)).sort() : [];
    $("rk-draft-list").innerHTML = keys.length
      ? `<h2 class="govuk-heading-s">Drafts in this browser</h2><ul class="govuk-list">${keys
          .map((k, i) => `<li>${esc(k.slice(DRAFT_PREFIX.length))} <button type="button" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" data-draft="${i}" data-do="restore">Restore<span class="govuk-visually-hidden"> ${esc(k.slice(DRAFT_PREFIX.length))}</span></button> <button type="button" class="govuk-button govuk-button--warning govuk-!-margin-bottom-0" data-draft="${i}" data-do="discard">Discard<span class="govuk-visually-hidden"> ${esc(k.slice(DRAFT_PREFIX.length))}</span></button></li>`)
          .join("")}</ul>`
      : "";
    $("rk-draft-list").onclick = (e) => {
      const b = (e.target as HTMLElement).closest<HTMLElement>("[data-draft]");
      const key = b ? keys[Number(b.dataset["draft"])] : undefined;
      if (!b || !key || !s) return;
      if (b.dataset["do"] === "discard") s.removeItem(key);
      else {
        const text = s.getItem(key);
        if (text) app.load(JSON.parse(text) as Record<string, unknown>);
        app.state.dirty = true;
      }
      showDrafts();
    };
  };
  showDrafts();
}
