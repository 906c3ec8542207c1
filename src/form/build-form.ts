/**
 * `reviewkit form`: one self-contained HTML file that edits a child's case file and one of its
 * records, generated from the JSON Schemas in the page, checked live by the same validator, rules,
 * profiles and calendar as the CLI (bundled at build time, see scripts/bundle-form.ts), with no
 * network access of any kind. Everything the page needs is inside it: styles, scripts, the schemas,
 * the profiles, the bank holidays, the templates and the precompiled validators.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join, relative, sep } from "node:path";
import { ProfileError, UsageError } from "../errors.js";
import { packageRoot } from "../paths.js";
import { BUILT_IN_PROFILES, loadProfile } from "../profiles/load-profile.js";
import { allSchemas, type LoadedSchema } from "../schema/load-schemas.js";
import { prebuiltCode } from "../schema/prebuilt.js";
import { schemasHash } from "../schema/schemas-hash.js";
import { standaloneValidatorsCode } from "../schema/standalone.js";
import { formBundlePath, FORM_ROOT } from "./bundle-path.js";
import { FORM_CSS } from "./form-css.js";
import { govukCss } from "./govuk-css.js";
import type { PageData, PageProfile } from "./page-data.js";
import { pageHtml } from "./page-html.js";
import { precompiledTemplatesScript } from "./precompiled-templates.js";
import { FORM_RECORD_TYPES, isFormRecordType } from "./record-types.js";

/** What goes into the page. */
export interface BuildFormOptions {
  /** The record type the form starts on (default looked-after-review). */
  recordType?: string;
  /** A built-in profile id or a profile file; default: each case file's own authority, else england. */
  profile?: string;
  /** Schemas to use instead of the shipped ones (tests: a schema with a new field). */
  schemas?: readonly LoadedSchema[];
}

/** Folders of the package the library reads at run time, embedded in the page. */
const TEXT_FOLDERS = ["profiles", "data", "templates"];
const TEXT = /\.(json|md)$/;
/** Pictures the templates draw (a child's letter has them), embedded as bytes. */
const BINARY = /\.(png|jpe?g)$/;

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(full));
    else if (entry.isFile() && (TEXT.test(entry.name) || BINARY.test(entry.name))) out.push(full);
  }
  return out.sort();
}

function pageFiles(schemas: readonly LoadedSchema[], version: string, binary: Record<string, string>): Record<string, string> {
  const root = packageRoot();
  const files: Record<string, string> = {};
  const put = (rel: string, text: string) => (files[`${FORM_ROOT}/${rel}`] = text);
  put("package.json", JSON.stringify({ name: "reviewkit", version }));
  // The validators come as a script (see below); this entry lets the library find "the file".
  put("dist/validators.generated.cjs", "");
  for (const s of schemas) put(s.file, JSON.stringify(s.schema));
  for (const folder of TEXT_FOLDERS) {
    for (const full of walk(join(root, folder))) {
      const rel = relative(root, full).split(sep).join("/");
      if (TEXT.test(full)) put(rel, readFileSync(full, "utf8"));
      else binary[`${FORM_ROOT}/${rel}`] = readFileSync(full).toString("base64");
    }
  }
  return files;
}

/**
 * The validators' code for the page: the build's own (dist/validators.generated.cjs, the same
 * function's output) when it was made from these very schemas, as its stamped hash says; else made
 * now, which compiles every schema (~0.5 s: most of this command's time).
 */
function validatorsCode(schemas: readonly LoadedSchema[]): string {
  return prebuiltCode(schemasHash(schemas)) ?? standaloneValidatorsCode(schemas);
}

/** A user's profile file, checked here (a bad one fails the command, not the page), then embedded. */
function userProfile(path: string, files: Record<string, string>): PageProfile {
  const profile = loadProfile(path);
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    throw new ProfileError("the profile cannot be read", path);
  }
  const ref = `${FORM_ROOT}/user-profiles/${basename(path)}`;
  files[ref] = text;
  return { ref, id: profile.id, name: profile.name };
}

/**
 * The form page's HTML text. Needs the build's browser bundle (dist/form/form.js).
 * @example writeFileSync("review.html", buildFormHtml({ recordType: "looked-after-review", profile: "knowsley" }))
 */
export function buildFormHtml(options: BuildFormOptions = {}): string {
  const recordType = options.recordType ?? "looked-after-review";
  if (!isFormRecordType(recordType)) {
    throw new UsageError(`--record must be one of ${FORM_RECORD_TYPES.join(", ")}`);
  }
  const bundlePath = formBundlePath();
  if (!existsSync(bundlePath)) throw new UsageError("the form's script is not built: run npm run build");
  const root = packageRoot();
  const version = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string }).version;
  const schemas = options.schemas ?? allSchemas();
  const binary: Record<string, string> = {};
  const files = pageFiles(schemas, version, binary);
  const profiles: PageProfile[] = BUILT_IN_PROFILES.map((id) => ({ ref: id, id, name: loadProfile(id).name }));
  let chosen: string | undefined;
  if (options.profile !== undefined) {
    if ((BUILT_IN_PROFILES as readonly string[]).includes(options.profile)) chosen = options.profile;
    else {
      const own = userProfile(options.profile, files);
      profiles.push(own);
      chosen = own.ref;
    }
  }
  const titleOf = (type: string) => String(schemas.find((s) => s.file === `schemas/${type}.schema.json`)?.schema.title ?? type);
  const data: PageData = {
    settings: {
      recordType,
      recordTypes: FORM_RECORD_TYPES.map((type) => ({ type, title: titleOf(type) })),
      profile: chosen,
      profiles,
      version,
    },
    files,
    // The PDF writer embeds the shipped DejaVu fonts (fonts/README.md says why); the page carries them.
    binary: {
      ...binary,
      ...Object.fromEntries(
        readdirSync(join(root, "fonts"))
          .filter((f) => f.endsWith(".ttf"))
          .sort()
          .map((f) => [`${FORM_ROOT}/fonts/${f}`, readFileSync(join(root, "fonts", f)).toString("base64")]),
      ),
    },
  };
  // The prebuilt validators, as a factory the page's require shim calls (src/form/browser/shims/module.ts).
  const validators = `globalThis.__reviewkitValidators=function(require){var exports={};var module={exports:exports};\n${validatorsCode(schemas)}\nreturn exports;};`;
  return pageHtml({
    title: titleOf(recordType),
    css: govukCss() + FORM_CSS,
    data: JSON.stringify(data),
    scripts: [validators, precompiledTemplatesScript(), readFileSync(bundlePath, "utf8")],
    version,
  });
}
