/**
 * A new record to fill in, built from its schema: every required field at every level, with a
 * placeholder that fails validation until it is filled ("" for text, dates and choices, null for
 * true/false and numbers), so `reviewkit validate` lists what to write, field by field. Sensible
 * values are filled in where reviewkit knows them: the record type, today's date as the record's
 * own date, the authority's name on its own staff, and the child's details from a case file. An
 * escalation's steps start empty: `reviewkit escalate … raise` takes the draft and writes the first.
 */
import type { AnySchemaObject } from "ajv/dist/2020.js";
import { schemaFile, schemaFor, type RecordType } from "./load-schemas.js";
import { branches, deref, type SchemaSite } from "./locate.js";

/** What {@link skeletonRecord} may fill in. */
export interface SkeletonOptions {
  /** Today, YYYY-MM-DD: the record's own date (the review, the conference, the note). */
  today: string;
  /** The authority's name, put on the IRO, chair or reviewer as their organisation. */
  authorityName?: string;
  /** The profile id, for a case file's `authority`. */
  profileId?: string;
  /** The child's details (a case file's `child`): copied where the record's child has the field. */
  child?: Record<string, unknown>;
  /** The `"$schema"` value to write first, so an editor can check the file as it is typed. */
  schemaRef?: string;
}

/** The top-level date that is the record's own date, set to today. */
const OWN_DATE: ReadonlySet<string> = new Set(["reviewDate", "conferenceDate", "date", "notifiedOn", "completedAt"]);

/** The authority's own staff on a record: their organisation is the authority. */
const STAFF: ReadonlySet<string> = new Set(["iro", "chair", "reviewer", "raisedBy", "author"]);

function isObject(value: unknown): value is AnySchemaObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function placeholder(site: SchemaSite, depth: number): unknown {
  const here = deref(site, undefined, false);
  const { node } = here;
  if (node.const !== undefined) return node.const;
  for (const keyword of ["anyOf", "oneOf"] as const) {
    if (Array.isArray(node[keyword])) {
      // A person or an agency's name: offer the fuller form (a group), which names its fields.
      const forms = branches(here, keyword);
      const group = forms.find((f) => f.node.type === "object") ?? forms[0];
      return group ? placeholder(group, depth) : "";
    }
  }
  if (node.type === "boolean" || node.type === "integer" || node.type === "number") return null;
  if (node.type === "array") {
    if (!isObject(node.items) || depth > 6) return [];
    const item = deref({ ...here, node: node.items }, undefined, false);
    const compound = item.node.type === "object" || Array.isArray(item.node.anyOf) || Array.isArray(item.node.oneOf);
    return compound || (typeof node.minItems === "number" && node.minItems > 0) ? [placeholder(item, depth + 1)] : [];
  }
  if (node.type === "object" || isObject(node.properties)) return group(here, depth);
  return "";
}

function group(site: SchemaSite, depth: number): Record<string, unknown> {
  const props = (isObject(site.node.properties) ? site.node.properties : {}) as Record<string, AnySchemaObject>;
  const required = Array.isArray(site.node.required) ? site.node.required.map(String) : [];
  const out: Record<string, unknown> = {};
  for (const key of required) {
    const prop = props[key];
    if (isObject(prop)) out[key] = placeholder({ ...site, node: prop }, depth + 1);
  }
  return out;
}

/**
 * A skeleton of a record type with every required field, for a person to fill in.
 * @example skeletonRecord("looked-after-review", { today: "2026-12-10", authorityName: "Knowsley Council" }).reviewDate // "2026-12-10"
 */
export function skeletonRecord(type: RecordType, options: SkeletonOptions): Record<string, unknown> {
  const schema = schemaFor(type);
  const root: SchemaSite = { node: schema, file: schemaFile(type), baseId: String(schema.$id) };
  const body = group(root, 0);
  const props = (schema.properties ?? {}) as Record<string, AnySchemaObject>;
  for (const key of Object.keys(body)) {
    const value = body[key];
    if (OWN_DATE.has(key) && value === "") body[key] = options.today;
    if (STAFF.has(key) && isObject(value) && options.authorityName !== undefined) {
      const staff = deref({ ...root, node: props[key] as AnySchemaObject }, undefined, false);
      const fields = isObject(staff.node.properties) ? staff.node.properties : {};
      if ("organisation" in fields) value.organisation = options.authorityName;
    }
  }
  if (type === "case-file" && options.profileId !== undefined) body.authority = options.profileId;
  // An escalation starts as a draft with no steps: `reviewkit escalate <file> raise` writes the
  // first one from the ladder (its stage, who is told, the response date), which a step typed in by
  // hand would not have; until then `validate` says the steps need at least one.
  if (type === "escalation") body.events = [];
  if (options.child && isObject(body.child)) body.child = childFrom(root, props, options.child, body.child);
  return options.schemaRef === undefined ? body : { $schema: options.schemaRef, ...body };
}

/** The case file's child, limited to the fields this record's child may hold, over the placeholders. */
function childFrom(
  root: SchemaSite,
  props: Record<string, AnySchemaObject>,
  from: Record<string, unknown>,
  blank: Record<string, unknown>,
): Record<string, unknown> {
  const childSchema = props.child ? deref({ ...root, node: props.child }, undefined, false).node : undefined;
  const allowed = isObject(childSchema?.properties) ? Object.keys(childSchema.properties) : Object.keys(blank);
  const out: Record<string, unknown> = { ...blank };
  for (const key of allowed) if (from[key] !== undefined) out[key] = from[key];
  return out;
}
