import { existsSync, lstatSync, readdirSync, realpathSync } from "node:fs";
import { join, sep } from "node:path";
import { readBounded } from "../io/read-bounded.js";
import { shippedPath } from "../paths.js";
import { RenderError } from "./render-error.js";

/**
 * Where a template or partial came from: its name, the file it was read from (for error lines)
 * and its text.
 * @example const t: TemplateFile = { name: "parent-letter", file: "templates/parent-letter.md", source: "---\n…" };
 */
export interface TemplateFile {
  name: string;
  file: string;
  source: string;
}

/**
 * The shipped templates folder, or one an authority gives with `--templates`. An authority's folder
 * mirrors the shipped one (documents at the top, partials under `partials/`) and need only hold the
 * files it changes: each file there replaces the shipped file of the same name, no code involved.
 * @example new TemplateSet("./our-templates").template("child-letter-8-12")
 */
export class TemplateSet {
  private readonly dirs: string[];
  private partialCache: Map<string, TemplateFile> | undefined;
  private readonly templateCache = new Map<string, TemplateFile>();

  constructor(overrideDir?: string) {
    if (overrideDir !== undefined && !existsSync(overrideDir)) {
      throw new RenderError("no such templates folder", overrideDir);
    }
    // Later folders win: shipped first, the authority's own last.
    this.dirs = [shippedPath("templates"), ...(overrideDir === undefined ? [] : [overrideDir])];
  }

  /** A document template by name (without ".md"). @example set.template("parent-letter").file */
  template(name: string): TemplateFile {
    // Read once per set, as partials are: every render asks for its template's file name, and a
    // batch must not read the same file from disk for each record.
    const cached = this.templateCache.get(name);
    if (cached) return cached;
    for (const dir of [...this.dirs].reverse()) {
      const file = join(dir, `${name}.md`);
      if (existsSync(file) || isLink(file)) {
        const found = { name, file, source: readContained(dir, file) };
        this.templateCache.set(name, found);
        return found;
      }
    }
    throw new RenderError(`no template called "${name}.md"`, this.dirs.join(" or "));
  }

  /** Every partial by name, an override folder's replacing the shipped one of the same file name. */
  partials(): Map<string, TemplateFile> {
    if (this.partialCache) return this.partialCache;
    const out = new Map<string, TemplateFile>();
    for (const dir of this.dirs) {
      const folder = join(dir, "partials");
      if (!existsSync(folder)) continue;
      for (const entry of readdirSync(folder).sort()) {
        if (!entry.endsWith(".md")) continue;
        const file = join(folder, entry);
        out.set(entry.slice(0, -3), { name: entry.slice(0, -3), file, source: readContained(dir, file) });
      }
    }
    return (this.partialCache = out);
  }
}

function isLink(file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

/**
 * A template's text, read only if it is a regular file inside its templates folder. A template
 * folder is an authority's to change, but a partial that is a symbolic link (to another child's
 * case file, or any file the user can read) would put that file's text into a document: refused,
 * as is a `partials/` folder that is itself a link out.
 */
/** A template is a page or two of Markdown; far bigger is a mistake (or a device). */
const MAX_TEMPLATE_BYTES = 1024 * 1024;

function readContained(dir: string, file: string): string {
  const st = lstatSync(file);
  if (st.isSymbolicLink()) throw new RenderError("is a symbolic link; templates and partials must be files in the templates folder", file);
  if (!st.isFile()) throw new RenderError("is not a regular file; templates and partials must be files in the templates folder", file);
  const root = realpathSync(dir);
  const real = realpathSync(file);
  if (!real.startsWith(root + sep)) throw new RenderError("is outside the templates folder (a linked folder?); templates and partials must be files in it", file);
  return new TextDecoder().decode(readBounded(real, MAX_TEMPLATE_BYTES, file));
}
