/**
 * A new record (or list item) as the schema shapes it: constants filled in (its recordType),
 * required lists empty and required groups present, so the only findings on a new record are the
 * things a person has to write. And the reverse: groups the person emptied are taken away again.
 */
import { type SchemaIndex, type Site, typeOf } from "./schema-index.js";

/** The starting value for a schema node, or undefined for a field the person fills in. */
export function initialValue(index: SchemaIndex, site: Site): unknown {
  const { node, base } = index.deref(site);
  if (node.const !== undefined) return node.const;
  const type = typeOf(node);
  if (type === "array") return [];
  if (type === "object" && node.properties) {
    const out: Record<string, unknown> = {};
    for (const key of node.required ?? []) {
      const child = node.properties[key];
      if (!child) continue;
      const v = initialValue(index, { node: child, base });
      if (v !== undefined) out[key] = v;
    }
    return out;
  }
  return undefined;
}

/**
 * Removes empty text and optional groups left empty, in place; returns true when `value` itself is
 * now an empty object. List items stay: the person added them and removes them with their button.
 */
export function prune(index: SchemaIndex, site: Site, value: unknown): boolean {
  if (value === null || typeof value !== "object") return false;
  const { node, base } = index.deref(site);
  if (Array.isArray(value)) {
    const item = node.items;
    if (item) for (const v of value) prune(index, { node: item, base }, v);
    return false;
  }
  const obj = value as Record<string, unknown>;
  const required = new Set(node.required ?? []);
  for (const key of Object.keys(obj)) {
    const v = obj[key];
    const child = node.properties?.[key];
    if (v === "" || v === undefined) {
      delete obj[key];
      continue;
    }
    if (child && prune(index, { node: child, base }, v) && !required.has(key)) delete obj[key];
  }
  return Object.keys(obj).length === 0;
}
