import Handlebars from "handlebars";
import { escapeMarkdown } from "./escape-markdown.js";
import { parseFrontMatter, type FrontMatter } from "./front-matter.js";
import { HELPERS } from "./helpers.js";
import { RenderError } from "./render-error.js";
import type { TemplateFile, TemplateSet } from "./template-files.js";

/**
 * Handlebars, strict and closed. Every `{{value}}` in a template is rewritten, before compiling, to
 * `{{md value "value" "file line N"}}`: `md` refuses a missing value (an error naming the field and
 * the template line, never "undefined"), refuses groups and lists ("[object Object]") and numbers
 * that are not numbers ("NaN"), and escapes what it prints for Markdown so a child's words come out
 * exactly as written. Helpers still see raw values (a date stays a date). Triple-stash `{{{…}}}` is
 * refused: it would let record text become Markdown. Only the helpers in helpers.ts exist
 * (knownHelpersOnly), and prototype properties and methods are never reachable.
 */

type Node = hbs.AST.Node & Record<string, unknown>;

// `log` is one of Handlebars' own known helpers; it is unregistered (it writes to the console), so
// it must be unknown to the compiler too, or a template naming it fails with a JavaScript error.
const KNOWN_HELPERS = { ...Object.fromEntries([...Object.keys(HELPERS), "md"].map((k) => [k, true])), log: false };
const COMPILE_OPTIONS = { knownHelpersOnly: true, knownHelpers: KNOWN_HELPERS, noEscape: true, preventIndent: true, strict: false };
const RUNTIME_OPTIONS = { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false };

/**
 * The filled Markdown of a document template with its front matter.
 * @example const { meta, markdown } = fillTemplate(new TemplateSet(), "parent-letter", context);
 */
export function fillTemplate(set: TemplateSet, name: string, context: object): { meta: FrontMatter; markdown: string } {
  const { hb, templates } = environmentFor(set);
  let entry = templates.get(name);
  if (!entry) {
    const template: TemplateFile = set.template(name);
    const { meta, body, bodyLine } = parseFrontMatter(template.source, template.file);
    entry = { meta, file: template.file, fn: compile(hb, body, template.file, bodyLine) };
    templates.set(name, entry);
  }
  return { meta: entry.meta, markdown: run(entry.fn, context, RUNTIME_OPTIONS, entry.file) };
}

interface Environment {
  hb: typeof Handlebars;
  templates: Map<string, { meta: FrontMatter; file: string; fn: Handlebars.TemplateDelegate }>;
}
// Compiled once per template set: a batch of hundreds of records compiles each template once.
const environments = new WeakMap<TemplateSet, Environment>();

function environmentFor(set: TemplateSet): Environment {
  const cached = environments.get(set);
  if (cached) return cached;
  const hb = Handlebars.create();
  hb.unregisterHelper("log"); // writes to the console: no place in a document
  hb.registerHelper(HELPERS as Handlebars.HelperDeclareSpec);
  hb.registerHelper("md", printValue);
  for (const partial of set.partials().values()) {
    const compiled = compile(hb, partial.source, partial.file, 1);
    hb.registerPartial(partial.name, (ctx: unknown, opts?: Handlebars.RuntimeOptions) => run(compiled, ctx, opts, partial.file));
  }
  const env: Environment = { hb, templates: new Map() };
  environments.set(set, env);
  return env;
}

function run(fn: Handlebars.TemplateDelegate, ctx: unknown, opts: Handlebars.RuntimeOptions | undefined, file: string): string {
  try {
    return fn(ctx, { ...opts, ...RUNTIME_OPTIONS });
  } catch (err) {
    if (err instanceof RenderError) throw err;
    const message = err instanceof Error ? err.message.split("\n")[0] : String(err);
    throw new RenderError(`the template failed: ${message}`, file);
  }
}

/**
 * Templates compiled ahead of time, by {@link precompileKey}. The offline form uses them: its page
 * forbids run-time JavaScript compilation (no 'unsafe-eval'), which Handlebars' compile needs.
 */
let precompiled: ReadonlyMap<string, TemplateSpecification> | undefined;

/** A precompiled template (the object `Handlebars.precompile`'s source text evaluates to). */
export type TemplateSpecification = Parameters<typeof Handlebars.template>[0];

/**
 * The key a precompiled template is found by: its first line in the file and its text, so a
 * template only uses a precompiled spec made from exactly the same source.
 * @example precompileKey("Dear {{child.name}}", 5)
 */
export function precompileKey(source: string, firstLine: number): string {
  return `${firstLine}\n${source}`;
}

/**
 * JavaScript source of a template compiled ahead of time, exactly as fillTemplate would compile it
 * (the same checks and wrapping), for a page that may not compile at run time.
 * @example precompileTemplate(set.template("parent-letter").source, "parent-letter.md", 1)
 */
export function precompileTemplate(source: string, file: string, firstLine: number): string {
  return Handlebars.precompile(transformed(Handlebars, source, file, firstLine), COMPILE_OPTIONS) as string;
}

/**
 * Uses precompiled templates where their source matches (see {@link precompileKey}).
 * @example usePrecompiledTemplates(new Map([[precompileKey(body, 5), spec]]))
 */
export function usePrecompiledTemplates(specs: ReadonlyMap<string, TemplateSpecification>): void {
  precompiled = specs;
}

function compile(hb: typeof Handlebars, source: string, file: string, firstLine: number): Handlebars.TemplateDelegate {
  const spec = precompiled?.get(precompileKey(source, firstLine));
  if (spec) return hb.template(spec);
  const ast = transformed(hb, source, file, firstLine);
  try {
    return hb.compile(ast, COMPILE_OPTIONS);
  } catch (err) {
    throw new RenderError(`the template cannot be compiled: ${err instanceof Error ? err.message.split("\n")[0] : String(err)}`, file);
  }
}

/** Parses a template and wraps every {{ }} so record text is escaped and a missing value names its place. */
function transformed(hb: typeof Handlebars, source: string, file: string, firstLine: number): hbs.AST.Program {
  let ast: hbs.AST.Program;
  try {
    ast = hb.parse(source);
  } catch (err) {
    const message = err instanceof Error ? err.message.split("\n")[0] ?? "" : String(err);
    const line = /line (\d+)/.exec(message);
    throw new RenderError(`the template is not valid Handlebars (${message})`, file, line ? `line ${Number(line[1]) + firstLine - 1}` : undefined);
  }
  const lines = source.split("\n");
  walk(ast as unknown as Node, (m) => wrapMustache(m, lines, file, firstLine));
  return ast;
}

function walk(node: Node | undefined, onMustache: (m: Node) => void): void {
  if (!node) return;
  if (node.type === "MustacheStatement") onMustache(node);
  for (const key of ["body"] as const) {
    const body = node[key];
    if (Array.isArray(body)) for (const child of body) walk(child as Node, onMustache);
  }
  walk(node["program"] as Node | undefined, onMustache);
  walk(node["inverse"] as Node | undefined, onMustache);
}

function wrapMustache(m: Node, lines: string[], file: string, firstLine: number): void {
  const loc = m.loc;
  const line = loc.start.line + firstLine - 1;
  const where = `line ${line}`;
  if (m["escaped"] === false) {
    throw new RenderError("{{{ }}} is not allowed: record text must be escaped, so use {{ }}", file, where);
  }
  const path = m["path"] as Node & { original?: unknown; parts?: string[] };
  const params = m["params"] as Node[];
  const hash = m["hash"] as Node | undefined;
  const isHelper = path.type === "PathExpression" && typeof path.original === "string" && Object.hasOwn(HELPERS, path.original);
  const value =
    params.length > 0 || isHelper || (hash && Array.isArray(hash["pairs"]) && hash["pairs"].length > 0)
      ? { type: "SubExpression", path, params, hash: hash ?? { type: "Hash", pairs: [], loc }, loc }
      : path;
  const expression = sourceOf(lines, loc).replace(/^\{\{~?\s*|\s*~?\}\}$/g, "");
  m["path"] = { type: "PathExpression", data: false, depth: 0, parts: ["md"], original: "md", loc };
  m["params"] = [value, literal(expression, loc), literal(`${file}|${where}`, loc)];
  m["hash"] = undefined;
}

function literal(value: string, loc: hbs.AST.SourceLocation): object {
  return { type: "StringLiteral", value, original: value, loc };
}

function sourceOf(lines: string[], loc: hbs.AST.SourceLocation): string {
  if (loc.start.line === loc.end.line) return (lines[loc.start.line - 1] ?? "").slice(loc.start.column, loc.end.column);
  return (lines[loc.start.line - 1] ?? "").slice(loc.start.column);
}

/** The `md` helper: the one way a value reaches the Markdown. */
function printValue(value: unknown, expression: unknown, place: unknown): string {
  const [file, where] = String(place).split("|");
  const fail = (why: string): never => {
    throw new RenderError(`{{${String(expression)}}} ${why}`, file, where);
  };
  if (value === undefined || value === null) return fail("has no value in the record");
  if (typeof value === "string") return escapeMarkdown(value);
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : fail("is not a number");
  if (typeof value === "boolean") return fail("is yes or no: write {{yesNo …}} or use {{#if …}}");
  if (Array.isArray(value)) return fail("is a list: use {{#each …}} or {{join …}}");
  return fail("is a group of fields, not text: name one of its fields");
}
