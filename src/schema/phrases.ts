/**
 * The words findings use for types, formats, patterns and the forms a union accepts.
 */
import type { AnySchemaObject } from "ajv/dist/2020.js";
import { quote } from "./field-label.js";
import type { SchemaSite } from "./locate.js";

const KEBAB = "^[a-z0-9]+(-[a-z0-9]+)*$";

const TYPE_PHRASE: Record<string, string> = {
  string: "text",
  integer: "a whole number",
  number: "a number",
  boolean: "true or false",
  array: "a list",
  object: "a group of fields",
  null: "empty",
};

/** "text", "a whole number", … for a JSON Schema type. */
export function typePhrase(type: unknown): string {
  const list = Array.isArray(type) ? type : [type];
  return list.map((t) => TYPE_PHRASE[String(t)] ?? String(t)).join(" or ");
}

/** What each string format asks for, in words. */
export const FORMAT_PHRASE: Record<string, string> = {
  date: "a real date in the form YYYY-MM-DD",
  "local-date-time": "a real date and time in the form YYYY-MM-DDTHH:MM, with no time zone",
  email: "an email address",
  uri: "a full web address, starting https://",
};

/** What a pattern asks for, in words, for the patterns reviewkit's schemas use. */
const PATTERN_WORDS: Record<string, string> = {
  [KEBAB]: "must be lower-case letters and digits, with words joined by hyphens",
  "^[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+)*$": "must be setting names joined by /",
  // Record ids name the document files (issue 9); empty is left to minLength's "must not be empty".
  "^(?:[A-Za-z0-9][A-Za-z0-9._-]*)?$": 'must be letters and digits, with ".", "_" or "-" between them, as it names the document files: write for example "LAR-2026-12-10"',
};

/** What a pattern asks for, with the schema's first example if it gives one. */
export function patternHint(pattern: string, node: AnySchemaObject | undefined): string {
  const example = Array.isArray(node?.examples) && typeof node.examples[0] === "string" ? node.examples[0] : undefined;
  const words = PATTERN_WORDS[pattern] ?? "is not in the expected form";
  return `${words}${example ? `, for example ${quote(example)}` : ""}`;
}

/** One accepted form of a union, in words: "a real date in the form YYYY-MM-DD", "a person". */
export function formPhrase(site: SchemaSite): string {
  const { node } = site;
  if (typeof node.format === "string" && FORMAT_PHRASE[node.format]) return FORMAT_PHRASE[node.format] ?? "";
  if (typeof node.title === "string") {
    const t = node.title.toLowerCase();
    return `${/^[aeiou]/.test(t) ? "an" : "a"} ${t}`;
  }
  return typePhrase(node.type);
}

