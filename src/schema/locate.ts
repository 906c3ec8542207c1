/**
 * Finds the schema behind a JSON Pointer into a record, following `$ref`s across files and the
 * case file's discriminated records, so a finding can name the field by its title.
 */
import type { AnySchemaObject } from "ajv/dist/2020.js";
import { schemaById, schemaFile, schemaFor, type SchemaName } from "./load-schemas.js";

/** A place in a schema file. */
export interface SchemaSite {
  readonly node: AnySchemaObject;
  /** Package path of the file the node is in. */
  readonly file: string;
  /** `$id` of that file: the base for its relative `$ref`s. */
  readonly baseId: string;
}

/** One step down a JSON Pointer, with what the schema says about it. */
export interface PathStep {
  /** The pointer segment (property name, map key or array index). */
  readonly key: string;
  readonly kind: "property" | "map-entry" | "item" | "unknown";
  /** The field's title at the place it is declared (before following `$ref`). */
  readonly title: string | undefined;
  readonly description: string | undefined;
  /** The file that declares the field. */
  readonly file: string;
}

/** What {@link locate} found. */
export interface Located {
  readonly root: SchemaSite;
  readonly steps: readonly PathStep[];
  /** The schema at the end of the path, not yet dereferenced; undefined if the path left the schema. */
  readonly site: SchemaSite | undefined;
  /** The record's value at the end of the path (undefined if absent). Never put it in a message. */
  readonly value: unknown;
}

/** Splits a JSON Pointer into unescaped segments. `""` is the whole document. */
export function parsePointer(pointer: string): string[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}

/** Escapes one segment for a JSON Pointer. */
export function escapePointerSegment(segment: string): string {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The value under one pointer segment: an array's item by a whole-number key, an object's own property.
 * @example child({ a: [1, 2] }, "a") // [1, 2]
 */
export function child(value: unknown, key: string): unknown {
  if (Array.isArray(value)) return /^\d+$/.test(key) ? value[Number(key)] : undefined;
  if (isObject(value)) return Object.prototype.hasOwnProperty.call(value, key) ? value[key] : undefined;
  return undefined;
}

// Where each `$ref` node leads, worked out once: resolving a ref parses a URL, and the schema
// messages of one record resolve the same few refs many times (describing a missing group follows
// every ref inside it). Keyed by the node holding the ref: a node sits in one file, so its base and
// its target never change while the schemas are loaded (they are read-only and loaded once).
const refTargets = new WeakMap<AnySchemaObject, SchemaSite | null>();

/** Follows the `$ref` of a site's node (once per node); undefined when it cannot be resolved. */
function refTarget(site: SchemaSite, ref: string): SchemaSite | undefined {
  let target = refTargets.get(site.node);
  if (target === undefined) refTargets.set(site.node, (target = followRef(site, ref) ?? null));
  return target ?? undefined;
}

/** Follows one `$ref` from a site; undefined when it cannot be resolved. */
function followRef(site: SchemaSite, ref: string): SchemaSite | undefined {
  const url = new URL(ref, site.baseId);
  const fragment = decodeURIComponent(url.hash.replace(/^#/, ""));
  url.hash = "";
  const entry = schemaById(url.href);
  if (!entry) return undefined;
  let node: unknown = entry.schema;
  for (const seg of parsePointer(fragment)) node = isObject(node) ? node[seg] : undefined;
  return isObject(node) ? { node, file: entry.file, baseId: entry.id } : undefined;
}

/**
 * Follows `$ref`s, a discriminated `oneOf` (the case file's records) to the branch the value's tag
 * names, and (with `followUnions`) a plain `anyOf`/`oneOf` to the one branch the value's type fits.
 * Stops at anything else.
 */
export function deref(site: SchemaSite, value: unknown, followUnions = true): SchemaSite {
  let current = site;
  for (let hops = 0; hops < 32; hops++) {
    const { node } = current;
    if (typeof node.$ref === "string") {
      const next = refTarget(current, node.$ref);
      if (!next) return current;
      current = next;
      continue;
    }
    const disc = node.discriminator as { propertyName?: unknown } | undefined;
    if (disc && typeof disc.propertyName === "string" && Array.isArray(node.oneOf) && isObject(value)) {
      const branch = discriminatedBranch(current, disc.propertyName, value[disc.propertyName]);
      if (!branch) return current;
      current = branch;
      continue;
    }
    const union = Array.isArray(node.anyOf) ? "anyOf" : Array.isArray(node.oneOf) ? "oneOf" : undefined;
    if (union && followUnions && value !== undefined) {
      // A plain union (a person, or an agency's name): follow the one form the value's type fits.
      const fitting = branches(current, union).filter((b) => acceptsType(b.node, value));
      if (fitting.length !== 1 || !fitting[0]) return current;
      current = fitting[0];
      continue;
    }
    return current;
  }
  return current;
}

/** The JSON Schema type name of a value (`integer` for whole numbers). */
export function jsonType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

/** True when the schema's `type` (if any) admits the value's JSON type. */
export function acceptsType(node: AnySchemaObject, value: unknown): boolean {
  const t: unknown = node.type;
  if (t === undefined) return true;
  const vt = jsonType(value);
  const list = Array.isArray(t) ? t.map(String) : [String(t)];
  return list.includes(vt) || (vt === "integer" && list.includes("number"));
}

/** The branches of a `oneOf`/`anyOf`, dereferenced (without a value, so no further choice). */
export function branches(site: SchemaSite, keyword: "oneOf" | "anyOf"): SchemaSite[] {
  const list = site.node[keyword];
  if (!Array.isArray(list)) return [];
  return list.filter(isObject).map((node) => deref({ ...site, node }, undefined));
}

function discriminatedBranch(site: SchemaSite, tag: string, tagValue: unknown): SchemaSite | undefined {
  return branches(site, "oneOf").find((b) => tagOf(b, tag) === tagValue);
}

/** The `const` a branch gives its discriminator property, if any. */
export function tagOf(site: SchemaSite, tag: string): unknown {
  const props = site.node.properties as Record<string, AnySchemaObject> | undefined;
  return props?.[tag]?.const;
}

/**
 * Walks `pointer` through the schema for `name` and through `data` side by side.
 * @example locate("looked-after-review", "/minutes/sentOn", record).steps.at(-1)?.title // "Minutes sent on"
 */
export function locate(name: SchemaName, pointer: string, data: unknown): Located {
  const file = schemaFile(name);
  const rootNode = schemaFor(name);
  const root: SchemaSite = { node: rootNode, file, baseId: String(rootNode.$id) };
  const steps: PathStep[] = [];
  let site: SchemaSite | undefined = root;
  let value: unknown = data;
  for (const key of parsePointer(pointer)) {
    if (!site) {
      steps.push({ key, kind: "unknown", title: undefined, description: undefined, file });
      value = child(value, key);
      continue;
    }
    const here: SchemaSite = deref(site, value);
    const node = here.node;
    const props = node.properties as Record<string, AnySchemaObject> | undefined;
    if (Array.isArray(value) && isObject(node.items) && /^\d+$/.test(key)) {
      site = { ...here, node: node.items };
      steps.push({ key, kind: "item", title: undefined, description: undefined, file: here.file });
    } else if (props && isObject(props[key])) {
      const prop: AnySchemaObject = props[key];
      site = { ...here, node: prop };
      steps.push({ key, kind: "property", title: str(prop.title), description: str(prop.description), file: here.file });
    } else if (isObject(node.additionalProperties)) {
      const entry: SchemaSite = { ...here, node: node.additionalProperties };
      const target = deref(entry, undefined);
      site = entry;
      steps.push({
        key,
        kind: "map-entry",
        title: str(entry.node.title) ?? str(target.node.title),
        description: str(entry.node.description) ?? str(target.node.description),
        file: here.file,
      });
    } else {
      site = undefined;
      steps.push({ key, kind: "unknown", title: undefined, description: undefined, file: here.file });
    }
    value = child(value, key);
  }
  return { root, steps, site, value };
}

function str(v: unknown): string | undefined {
  return typeof v === "string" ? v : undefined;
}
