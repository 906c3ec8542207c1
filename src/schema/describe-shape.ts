/**
 * What to write for a field, read from its schema: `{ "preferredLanguage": text, "method": text,
 * "checkedWithChild": true or false }`. A finding for a missing group shows every required field
 * at every level at once, so one round of fixes reveals everything (a person writing a record by
 * hand should not discover one level per run). Built from the schema only: never record values.
 */
import type { AnySchemaObject } from "ajv/dist/2020.js";
import { branches, deref, type SchemaSite } from "./locate.js";
import { FORMAT_PHRASE, typePhrase } from "./phrases.js";

/** Past this many characters, deeper groups are summarised as `{ … }` with their keys only. */
const MAX_CHARS = 600;

/** How deep groups are spelled out before the length limit applies. */
const MAX_DEPTH = 4;

function isObject(value: unknown): value is AnySchemaObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function requiredKeys(node: AnySchemaObject): string[] {
  const props = isObject(node.properties) ? node.properties : {};
  const required = Array.isArray(node.required) ? node.required.map(String) : [];
  return required.filter((k) => isObject(props[k]));
}

function scalar(node: AnySchemaObject): string | undefined {
  if (node.const !== undefined) return JSON.stringify(node.const);
  if (Array.isArray(node.enum)) return `one of ${node.enum.map((v) => JSON.stringify(v)).join(", ")}`;
  if (typeof node.format === "string" && FORMAT_PHRASE[node.format]) return FORMAT_PHRASE[node.format];
  if (node.type === "integer" && typeof node.minimum === "number") return `a whole number, ${node.minimum} or more`;
  if (node.type !== undefined && node.type !== "object" && node.type !== "array") return typePhrase(node.type);
  return undefined;
}

function shape(site: SchemaSite, depth: number, budget: { left: number }): string {
  const here = deref(site, undefined, false);
  const { node } = here;
  const simple = scalar(node);
  if (simple !== undefined) return simple;
  for (const keyword of ["anyOf", "oneOf"] as const) {
    if (Array.isArray(node[keyword])) {
      return branches(here, keyword)
        .map((b) => shape(b, depth, budget))
        .join(", or ");
    }
  }
  if (node.type === "array" || isObject(node.items)) {
    const min = typeof node.minItems === "number" && node.minItems > 0 ? ` (at least ${node.minItems})` : "";
    if (!isObject(node.items)) return `a list${min}`;
    return `a list${min} of ${shape({ ...here, node: node.items }, depth, budget)}`;
  }
  if (node.type === "object" || isObject(node.properties)) {
    const keys = requiredKeys(node);
    if (keys.length === 0) return "a group of fields (none required)";
    const props = node.properties as Record<string, AnySchemaObject>;
    if (depth >= MAX_DEPTH || budget.left <= 0) return `{ ${keys.map((k) => JSON.stringify(k)).join(", ")} }`;
    const parts = keys.map((k) => {
      const inner = shape({ ...here, node: props[k] as AnySchemaObject }, depth + 1, budget);
      const part = `${JSON.stringify(k)}: ${inner}`;
      budget.left -= part.length;
      return part;
    });
    return `{ ${parts.join("; ")} }`;
  }
  return typePhrase(node.type ?? "text");
}

// Each field's description, written once: it is read from the schema only (a node sits in one
// file, so the node alone says what is described), and a record missing a group would otherwise
// have the whole group walked and written out again for every record with the same gap.
const described = new WeakMap<AnySchemaObject, string>();

/**
 * What a field at `site` must hold, in words a person can type from: a scalar's kind ("a real date
 * in the form YYYY-MM-DD", `one of "open", "done"`), or a group with its required keys, nested.
 * @example describeShape(site) // '{ "preferredLanguage": text; "method": text; "checkedWithChild": true or false }'
 */
export function describeShape(site: SchemaSite): string {
  let text = described.get(site.node);
  if (text === undefined) described.set(site.node, (text = shape(site, 0, { left: MAX_CHARS })));
  return text;
}

/**
 * True when the field at `site` is a group or a list of groups: worth spelling out when it is
 * missing or of the wrong type, where a scalar's kind is already in the message.
 * @example isCompound(site) // true for "Communication", false for "Review date"
 */
export function isCompound(site: SchemaSite): boolean {
  const { node } = deref(site, undefined, false);
  return node.type === "object" || node.type === "array" || isObject(node.properties) || isObject(node.items);
}
