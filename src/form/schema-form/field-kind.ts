/**
 * Which control a schema node becomes. Decided from the schema alone (type, format, enum, size),
 * never from the field's name in code, so new fields get the right control with no form change.
 */
import { type SchemaIndex, type Site, type SchemaNode, typeOf } from "./schema-index.js";

/** The controls the form draws. */
export type FieldKind =
  | "hidden"
  | "text"
  | "textarea"
  | "number"
  | "bool"
  | "radios"
  | "select"
  | "date"
  | "date-time"
  | "date-or-time"
  | "object"
  | "list"
  | "checkboxes"
  | "union"
  | "json";

/**
 * Longest text still drawn as a one-line input. The schemas cap every name, id and role at 200
 * characters and every sentence field at 500 or more (issue 9's bounds), so 200 is the line between.
 */
const SHORT_TEXT = 200;
/** Above this many options an enum is a select; radios for fewer. */
const MAX_RADIOS = 6;
/** Text formats drawn as one-line inputs (an address, not prose). */
const LINE_FORMATS = new Set(["email", "uri", "hostname", "time"]);

/** True for a string of format date, or a reference to one. */
function isDate(index: SchemaIndex, site: Site, format: string): boolean {
  const n = index.deref(site).node;
  return typeOf(n) === "string" && n.format === format;
}

/** The control for a (dereferenced) schema node. */
export function fieldKind(index: SchemaIndex, site: Site): FieldKind {
  const n = site.node;
  if (n.const !== undefined) return "hidden";
  const union = n.anyOf ?? n.oneOf;
  if (union) {
    const branches = union.map((b) => ({ node: b, base: site.base }));
    if (branches.length === 2 && branches.some((b) => isDate(index, b, "date")) && branches.some((b) => isDate(index, b, "local-date-time"))) {
      return "date-or-time";
    }
    return "union";
  }
  const type = typeOf(n);
  if (type === "string") {
    if (n.enum) return n.enum.length > MAX_RADIOS ? "select" : "radios";
    if (n.format === "date") return "date";
    if (n.format === "local-date-time") return "date-time";
    if (n.format !== undefined && LINE_FORMATS.has(n.format)) return "text";
    if (n.pattern !== undefined) return "text";
    return n.maxLength !== undefined && n.maxLength <= SHORT_TEXT ? "text" : isProse(n) ? "textarea" : "text";
  }
  if (type === "integer" || type === "number") return "number";
  if (type === "boolean") return "bool";
  if (type === "object") return n.properties ? "object" : "json";
  if (type === "array") {
    const item = n.items ? index.deref({ node: n.items, base: site.base }).node : undefined;
    if (item?.enum && typeOf(item) === "string" && n.uniqueItems) return "checkboxes";
    return item ? "list" : "json";
  }
  return "json";
}

/**
 * A free-text field meant for sentences (views, reasons, what happened) rather than a name: a long
 * maximum length, or a description that asks for an account. Names, ids and roles stay one line.
 */
function isProse(n: SchemaNode): boolean {
  if (n.maxLength !== undefined) return n.maxLength > SHORT_TEXT;
  const words = `${n.title ?? ""} ${n.description ?? ""}`.toLowerCase();
  if (/\b(name|id|identifier|role|email|phone|language|team|organisation|title)\b/.test(n.title?.toLowerCase() ?? "")) return false;
  return /\b(what|why|how|views?|wishes|feelings|reasons?|details|summary|notes?|account|words|describe|outcome|response|concerns?|plan|progress|text)\b/.test(words);
}
