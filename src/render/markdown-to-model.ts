import { Lexer, type Token, type Tokens } from "marked";
import { LINE_BREAK } from "./escape-markdown.js";
import { isPictureName, pictureBlock, PICTURES } from "./pictures.js";
import type { Block, Cell, Run } from "./model.js";
import { RenderError } from "./render-error.js";

/**
 * Filled Markdown → blocks. Only what a letter or record needs is accepted: headings, paragraphs
 * with bold and italic, lists, tables with a header row, and three markers, `<!-- page-break -->` (a
 * new page if the page so far is at least a third full), `<!-- new-section -->` (always a new page)
 * and `<!-- logo -->`. Anything else a template might write (raw HTML, images, code blocks) is an error
 * naming the template, so a document never silently loses text or pulls something in.
 * A single newline in a template is a line break (GFM "breaks"), as in a letter's address block or
 * sign-off: write each paragraph on one line.
 */

/** Where the Markdown came from (for errors), and the logo to put at `<!-- logo -->`, if any. @example { file: "templates/parent-letter.md" } */
export interface MarkdownOptions {
  file: string;
  logo?: Extract<Block, { kind: "image" }>;
}

type Style = { bold?: true; italic?: true };

/**
 * @example markdownToBlocks("# Hello\n\nIt is **you**.", { file: "x.md" })[1] // { kind: "paragraph", runs: [{ text: "It is " }, { text: "you", bold: true }, { text: "." }] }
 */
export function markdownToBlocks(markdown: string, options: MarkdownOptions): Block[] {
  const tokens = new Lexer({ gfm: true, breaks: true }).lex(markdown);
  const blocks: Block[] = [];
  for (const token of tokens) block(token, blocks, options);
  return blocks;
}

function block(token: Token, out: Block[], options: MarkdownOptions): void {
  const fail = (why: string): never => {
    throw new RenderError(why, options.file);
  };
  switch (token.type) {
    case "space":
    case "hr":
      return;
    case "heading": {
      const t = token as Tokens.Heading;
      out.push({ kind: "heading", level: Math.min(Math.max(t.depth, 1), 4) as 1 | 2 | 3 | 4, runs: inline(t.tokens, {}, options) });
      return;
    }
    case "paragraph":
      out.push({ kind: "paragraph", runs: inline((token as Tokens.Paragraph).tokens, {}, options) });
      return;
    case "text": {
      const t = token as Tokens.Text;
      out.push({ kind: "paragraph", runs: t.tokens ? inline(t.tokens, {}, options) : split(t.text, {}) });
      return;
    }
    case "blockquote":
      for (const child of (token as Tokens.Blockquote).tokens) block(child, out, options);
      return;
    case "list": {
      const items: { level: number; runs: Run[] }[] = [];
      listItems(token as Tokens.List, 0, items, options);
      out.push({ kind: "list", ordered: (token as Tokens.List).ordered, items });
      return;
    }
    case "table": {
      const t = token as Tokens.Table;
      const cell = (c: Tokens.TableCell): Cell => inline(c.tokens, {}, options);
      out.push({ kind: "table", header: t.header.map(cell), rows: t.rows.map((r) => r.map(cell)) });
      return;
    }
    case "html": {
      const marker = (token as Tokens.HTML).text.trim();
      if (marker === "<!-- page-break -->") out.push({ kind: "pageBreak" });
      else if (marker === "<!-- new-section -->") out.push({ kind: "pageBreak", section: true });
      else if (marker === "<!-- logo -->") {
        if (options.logo) out.push(options.logo);
      } else if (/^<!-- picture: [a-z-]+ -->$/.test(marker)) {
        const name = marker.slice("<!-- picture: ".length, -" -->".length);
        if (!isPictureName(name)) fail(`there is no picture called "${name}"; the pictures are ${Object.keys(PICTURES).join(", ")}`);
        else out.push(pictureBlock(name));
      } else fail("templates may not contain HTML; the only markers are <!-- page-break -->, <!-- new-section -->, <!-- logo --> and <!-- picture: name -->");
      return;
    }
    case "code":
      return fail("indented or fenced text became a code block; remove the indentation in the template");
    default:
      return fail(`Markdown "${token.type}" is not supported in templates`);
  }
}

function listItems(list: Tokens.List, level: number, items: { level: number; runs: Run[] }[], options: MarkdownOptions): void {
  for (const item of list.items) {
    const runs: Run[] = [];
    const nested: Tokens.List[] = [];
    for (const child of item.tokens) {
      if (child.type === "list") nested.push(child as Tokens.List);
      else if (child.type === "text" || child.type === "paragraph") {
        if (runs.length) runs.push({ lineBreak: true });
        const t = child as Tokens.Text;
        runs.push(...(t.tokens ? inline(t.tokens, {}, options) : split(t.text, {})));
      } else if (child.type !== "space") {
        throw new RenderError(`Markdown "${child.type}" is not supported inside a list`, options.file);
      }
    }
    items.push({ level, runs });
    for (const n of nested) listItems(n, level + 1, items, options);
  }
}

function inline(tokens: Token[], style: Style, options: MarkdownOptions): Run[] {
  const runs: Run[] = [];
  for (const t of tokens) {
    switch (t.type) {
      case "text":
      case "escape":
      case "codespan": {
        const inner = (t as Tokens.Text).tokens;
        runs.push(...(inner && inner.length ? inline(inner, style, options) : split((t as Tokens.Text).text, style)));
        break;
      }
      case "strong":
        runs.push(...inline((t as Tokens.Strong).tokens, { ...style, bold: true }, options));
        break;
      case "em":
        runs.push(...inline((t as Tokens.Em).tokens, { ...style, italic: true }, options));
        break;
      case "del":
      case "link":
        runs.push(...inline((t as Tokens.Link).tokens, style, options));
        break;
      case "br":
        runs.push({ lineBreak: true });
        break;
      case "image":
        throw new RenderError("templates may not show images; the authority's logo goes where <!-- logo --> is", options.file);
      default:
        throw new RenderError(`templates may not contain HTML or "${t.type}" here`, options.file);
    }
  }
  return merge(runs);
}

/** Text with the record's own line breaks (LINE_BREAK) turned into line-break runs. */
function split(text: string, style: Style): Run[] {
  const runs: Run[] = [];
  text.split(LINE_BREAK).forEach((part, i) => {
    if (i > 0) runs.push({ lineBreak: true });
    if (part !== "") runs.push({ text: part, ...style });
  });
  return runs;
}

/** Joins neighbouring runs of the same style: escapes split text into many small tokens. */
function merge(runs: Run[]): Run[] {
  const out: Run[] = [];
  for (const r of runs) {
    const last = out[out.length - 1];
    if (last && !("lineBreak" in last) && !("lineBreak" in r) && last.bold === r.bold && last.italic === r.italic) {
      out[out.length - 1] = { ...last, text: last.text + r.text };
    } else out.push(r);
  }
  return out;
}
