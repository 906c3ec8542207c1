/**
 * The form page's script entry (bundled by scripts/bundle-form.ts): fills the in-memory file system
 * from the page's embedded files, then starts the form.
 */
import { installFiles } from "./shims/fs.js";
import { installBuffer } from "./shims/buffer.js";
import type { PageData } from "../page-data.js";
import { startApp, type FormApp } from "./app.js";
import { usePrecompiledTemplates, type TemplateSpecification } from "../../render/fill-template.js";

const data = JSON.parse(document.getElementById("rk-data")?.textContent ?? "{}") as PageData;
const binary: Record<string, Uint8Array> = {};
for (const [path, b64] of Object.entries(data.binary ?? {})) binary[path] = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
installFiles({ ...data.files, ...binary });
installBuffer();
// The document templates, compiled when the page was made (the page may not compile JavaScript).
const specs = (globalThis as { __reviewkitTemplates?: Record<string, TemplateSpecification> }).__reviewkitTemplates ?? {};
usePrecompiledTemplates(new Map(Object.entries(specs)));
document.body.classList.add("js-enabled", "govuk-frontend-supported");
const app: FormApp = startApp(data.settings);
// For the browser tests and the bench: the running form (the page works without it).
(globalThis as { reviewkitForm?: FormApp }).reviewkitForm = app;
