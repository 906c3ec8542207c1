import { lexer, type Token } from "marked";

/**
 * Markdown to the plain text a reader sees, for checking a letter written in Markdown (templates
 * are Markdown). Without this a link's address would count as words and "**" would hide word
 * edges. Headings and list items keep a marker so the sentence splitter still treats each as a
 * sentence of its own; code blocks and raw HTML are left out, since they are not prose. Jargon
 * offsets then refer to this text, not to the Markdown source.
 */

const FRONT_MATTER = /^---\r?\n[\s\S]*?\r?\n---\r?\n/;

/**
 * Plain text from Markdown, one block per paragraph, heading or list item.
 * @example markdownToText("# Your plan\n\nYou will see [Mum](https://example.org) **every week**.")
 * // "# Your plan\n\nYou will see Mum every week.\n"
 */
export function markdownToText(markdown: string): string {
  const blocks = lexer(markdown.replace(FRONT_MATTER, "")).flatMap(blockText);
  return blocks.join("\n\n") + (blocks.length > 0 ? "\n" : "");
}

function blockText(token: Token): string[] {
  switch (token.type) {
    case "heading":
      return [`# ${inline(token.tokens ?? [])}`];
    case "paragraph":
    case "text":
      return [inline(token.tokens ?? [{ type: "text", raw: token.raw, text: token.text as string }])];
    case "list":
      return [(token.items as { tokens: Token[] }[]).map((item) => `- ${item.tokens.flatMap(blockText).join(" ")}`).join("\n")];
    case "blockquote":
      return (token.tokens ?? []).flatMap(blockText);
    case "table": {
      const cells = [...(token.header as { tokens: Token[] }[]), ...(token.rows as { tokens: Token[] }[][]).flat()];
      return [cells.map((c) => `- ${inline(c.tokens)}`).join("\n")];
    }
    default:
      return []; // code, html, hr, space, def: not prose
  }
}

function inline(tokens: Token[]): string {
  return tokens
    .map((t): string => {
      if (t.type === "br") return " ";
      if (t.type === "html" || t.type === "image") return "";
      if (t.type === "codespan" || t.type === "escape") return String(t.text);
      if ("tokens" in t && Array.isArray(t.tokens) && t.tokens.length > 0) return inline(t.tokens as Token[]);
      return "text" in t && typeof t.text === "string" ? decodeEntities(t.text) : "";
    })
    .join("")
    .replace(/[ \t]*\n[ \t]*/g, " ");
}

/** The few entities marked leaves in text tokens; enough that "&amp;" is not read as a word. */
function decodeEntities(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" })[e] ?? "");
}
