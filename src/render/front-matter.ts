import { AUDIENCES, STYLES, type DocumentAudience, type DocumentStyle } from "./model.js";
import { RenderError } from "./render-error.js";

/**
 * A template's front matter: the document's title, who it is for, and its layout.
 * @example const fm: FrontMatter = { title: "Looked-after review record", audience: "professional", style: "record" };
 */
export interface FrontMatter {
  title: string;
  audience: DocumentAudience;
  style: DocumentStyle;
}

/**
 * Splits a template into front matter and body. The front matter is a `---` fenced block of
 * `key: value` lines (a small subset of YAML: no YAML parser is needed for three keys, and a
 * template author gets a plain error instead of YAML's surprises). `bodyLine` is the body's first
 * line number in the file, so errors point at the line the author sees.
 * @example parseFrontMatter("---\ntitle: Letter\naudience: parent\nstyle: letter\n---\nHello", "parent-letter.md").body // "Hello"
 */
export function parseFrontMatter(source: string, file: string): { meta: FrontMatter; body: string; bodyLine: number } {
  const text = source.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const match = /^---\n([\s\S]*?)\n---\n?/.exec(text);
  if (!match) throw new RenderError("the template must start with front matter (title, audience, style) between --- lines", file, "line 1");
  const fields = new Map<string, string>();
  (match[1] ?? "").split("\n").forEach((line, i) => {
    if (line.trim() === "" || line.trimStart().startsWith("#")) return;
    const kv = /^([a-z]+):\s*(.*)$/.exec(line);
    if (!kv) throw new RenderError(`front matter lines are "key: value"`, file, `line ${i + 2}`);
    fields.set(kv[1] ?? "", (kv[2] ?? "").trim().replace(/^"(.*)"$/, "$1"));
  });
  const title = fields.get("title");
  const audience = fields.get("audience");
  const style = fields.get("style");
  if (!title) throw new RenderError("front matter needs a title", file);
  if (!(AUDIENCES as readonly string[]).includes(audience ?? "")) {
    throw new RenderError(`front matter audience must be one of ${AUDIENCES.join(", ")}`, file);
  }
  if (!Object.hasOwn(STYLES, style ?? "")) {
    throw new RenderError(`front matter style must be one of ${Object.keys(STYLES).join(", ")}`, file);
  }
  const bodyLine = match[0].split("\n").length - (match[0].endsWith("\n") ? 0 : 1);
  return { meta: { title, audience: audience as DocumentAudience, style: style as DocumentStyle }, body: text.slice(match[0].length), bodyLine };
}
