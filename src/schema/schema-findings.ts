/**
 * Turns ajv's errors into findings in plain English, naming each field by its schema `title`.
 * Messages never repeat a record's values: records hold children's personal data.
 */
import type { AnySchema, AnySchemaObject, ErrorObject } from "ajv/dist/2020.js";
import type { Finding } from "./finding.js";
import {
  getValidator,
  isRecordType,
  isSchemaName,
  recordTypes,
  schemaById,
  type SchemaName,
} from "./load-schemas.js";
import { fieldOf, quote, SAFE_KEY, type Field } from "./field-label.js";
import { acceptsType, branches, deref, escapePointerSegment, locate, tagOf, type Located, type SchemaSite } from "./locate.js";
import { FORMAT_PHRASE, formPhrase, patternHint, typePhrase } from "./phrases.js";
import { describeShape, isCompound } from "./describe-shape.js";
import { closestName, didYouMean } from "./did-you-mean.js";
import { memoKeyFor, recall, remember } from "./findings-memo.js";

function finding(keyword: string, path: string, field: Field, predicate: string, data?: Finding["data"]): Finding {
  return make(keyword, path, field, `${field.label} ${predicate}`, data);
}

function make(keyword: string, path: string, field: Field, message: string, data?: Finding["data"]): Finding {
  const f: Finding = {
    ruleId: `schema/${keyword.replace(/\s+/g, "-")}`,
    severity: "error",
    path,
    message,
    source: { document: field.file, paragraph: field.title },
  };
  if (field.requirement) f.requirement = field.requirement;
  if (data) f.data = data;
  return f;
}

/** The schema node at an error's instance path, dereferenced but stopping at a plain union. */
function nodeAt(loc: Located): SchemaSite | undefined {
  return loc.site ? deref(loc.site, loc.value, false) : undefined;
}

function isUnder(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}/`);
}

/**
 * Maps ajv's errors for one schema to findings: one finding per problem, in plain English, with
 * the field's title, a JSON Pointer to it (for a missing field, the pointer where it belongs), and
 * the schema file and field title as the source. Where a value could take several forms (a date, or
 * a date and time), one finding says so, instead of one per form.
 * @example
 * const validate = getValidator("looked-after-review");
 * validate(record) || findingsFromErrors("looked-after-review", validate.errors, record);
 * // [{ ruleId: "schema/format", path: "/minutes/sentOn",
 * //    message: '"Minutes sent on" must be a real date in the form YYYY-MM-DD', … }]
 */
export function findingsFromErrors(
  name: SchemaName,
  errors: readonly ErrorObject[] | null | undefined,
  data: unknown,
): Finding[] {
  if (!errors || errors.length === 0) return [];
  // Records that fail their schema the same way get the same findings: written once, then copied
  // (src/schema/findings-memo.ts says what of the record the key takes in, and why).
  const key = memoKeyFor(name, errors, data);
  const known = recall(key);
  if (known !== undefined) return known;
  const out = writeFindings(name, errors, data);
  remember(key, out);
  return out;
}

/** findingsFromErrors without the memo: the findings written from the errors, the schema and the record. */
export function writeFindings(name: SchemaName, errors: readonly ErrorObject[], data: unknown): Finding[] {
  const cache = new Map<string, Located>();
  const at = (path: string): Located => {
    let loc = cache.get(path);
    if (!loc) cache.set(path, (loc = locate(name, path, data)));
    return loc;
  };

  // A value that matches no form of an anyOf gets one finding for the whole; a value whose type
  // fits exactly one form is reported against that form, without the other forms' type errors.
  const wholeUnion = new Set<string>();
  const typeNoiseAt = new Set<string>();
  const skip = new Set<ErrorObject>();
  for (const e of errors) {
    if (e.keyword !== "anyOf" && e.keyword !== "oneOf") continue;
    const loc = at(e.instancePath);
    const site = nodeAt(loc);
    const fitting = site ? branches(site, e.keyword).filter((b) => acceptsType(b.node, loc.value)) : [];
    if (fitting.length === 1) {
      skip.add(e);
      typeNoiseAt.add(e.instancePath);
    } else {
      wholeUnion.add(e.instancePath);
    }
  }

  const out: Finding[] = [];
  const seen = new Set<string>();
  // A decision or action written in the shape before progress kept its history: one finding per
  // item naming the old fields and the new shape, instead of one "not a field" per old field.
  const oldShape = new Map<string, string[]>();
  for (const e of errors) {
    const extra = e.keyword === "additionalProperties" ? String((e.params as Record<string, unknown>).additionalProperty) : "";
    if (!LEGACY_PROGRESS_FIELDS.includes(extra) || !hasUpdates(nodeAt(at(e.instancePath)))) continue;
    skip.add(e);
    oldShape.set(e.instancePath, [...(oldShape.get(e.instancePath) ?? []), extra]);
  }
  const firstOld = [...oldShape.keys()][0];
  if (firstOld !== undefined) {
    const fields = [...new Set([...oldShape.values()].flat())].sort((a, b) => LEGACY_PROGRESS_FIELDS.indexOf(a) - LEGACY_PROGRESS_FIELDS.indexOf(b));
    out.push(oldShapeFinding(firstOld, fields, oldShape.size, fieldOf(at(firstOld))));
  }
  for (const e of errors) {
    if (skip.has(e) || e.keyword === "if") continue;
    if (e.keyword === "type" && typeNoiseAt.has(e.instancePath)) continue;
    if ("propertyName" in e && e.propertyName !== undefined) continue; // reported by propertyNames
    const union = [...wholeUnion].find((p) => isUnder(e.instancePath, p));
    if (union !== undefined && !(e.instancePath === union && (e.keyword === "anyOf" || e.keyword === "oneOf"))) continue;
    const f = one(e, at);
    const key = `${f.ruleId}\u0000${f.path}\u0000${f.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(f);
    }
  }
  return out;
}

/** Fields replaced by the dated `updates` history (issue 10): status, completion and monitoring dates. */
const LEGACY_PROGRESS_FIELDS = ["status", "completedOn", "lastMonitoredOn"];

function hasUpdates(site: SchemaSite | undefined): boolean {
  const props = site?.node.properties as Record<string, unknown> | undefined;
  return props !== undefined && Object.hasOwn(props, "updates");
}

/** One finding for the whole record: the first item in the old shape, and how many there are. */
function oldShapeFinding(path: string, fields: string[], items: number, field: Field): Finding {
  const names = fields.map(quote).join(", ").replace(/, ([^,]*)$/, " and $1");
  const others = items > 1 ? ` (and ${items - 1} more ${items === 2 ? "item" : "items"} in this record)` : "";
  const verb = fields.length === 1 ? "is no longer a field" : "are no longer fields";
  return make(
    "old-shape",
    path,
    field,
    `${field.label}${others} uses ${names}, which ${verb}: progress is now a dated history. ` +
      `Write "updates": [{ "on": "YYYY-MM-DD", "status": "done", "note": "…" }] instead, one entry per check or change ` +
      `(status: not-started, in-progress, done or dropped; no entry means open)`,
    { fields: fields.join(", "), items },
  );
}

function one(e: ErrorObject, at: (path: string) => Located): Finding {
  const path = e.instancePath;
  const params = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case "required": {
      // Say what to write, every level of a group at once: a missing group reported as only
      // "is missing" made a person fix one level per run.
      const missing = String(params.missingProperty);
      const p = `${path}/${escapePointerSegment(missing)}`;
      const loc = at(p);
      const what = loc.site ? `: write ${JSON.stringify(missing)}: ${describeShape(loc.site)}` : "";
      return finding("required", p, fieldOf(loc), `is missing${what}`);
    }
    case "additionalProperties": {
      const extra = String(params.additionalProperty);
      const parent = fieldOf(at(path));
      // A key that is not a plausible field name may be record content typed in the wrong place
      // (a child's name as a key): point at the object that holds it, never echo the key.
      const p = SAFE_KEY.test(extra) ? `${path}/${escapePointerSegment(extra)}` : path;
      const owner = path === "" ? "this record" : parent.label;
      const site = nodeAt(at(path));
      const known = site && typeof site.node.properties === "object" ? Object.keys(site.node.properties as object) : [];
      const suggestion = SAFE_KEY.test(extra) ? closestName(extra, known) : undefined;
      const message = suggestion
        ? `${quote(extra)} is not a field of ${owner}; did you mean ${quote(suggestion)}?`
        : SAFE_KEY.test(extra)
          ? `${quote(extra)} is not a field of ${owner}; check the spelling or remove it`
          : `A field that is not part of ${owner} was found; check the spelling or remove it`;
      return make("additionalProperties", p, parent, message);
    }
    case "type": {
      if (path === "") return finding("type", path, fieldOf(at(path)), `must be a JSON object ({ … })`);
      const loc = at(path);
      const shape = loc.site && isCompound(loc.site) ? describeShape(loc.site) : undefined;
      const predicate = shape === undefined ? typePhrase(params.type) : params.type === "object" ? `a group of fields: ${shape}` : shape;
      return finding("type", path, fieldOf(loc), `must be ${predicate}`, {
        expected: String(params.type),
      });
    }
    case "format": {
      const format = String(params.format);
      const phrase = FORMAT_PHRASE[format];
      return finding("format", path, fieldOf(at(path)), phrase ? `must be ${phrase}` : "is not in the expected form", {
        format,
      });
    }
    case "enum": {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const loc = at(path);
      const hint = typeof loc.value === "string" ? didYouMean(loc.value, allowed) : "";
      return finding("enum", path, fieldOf(loc), `must be one of: ${allowed.join(", ")}${hint}`, {
        allowed: allowed.join(", "),
      });
    }
    case "const":
      return finding("const", path, fieldOf(at(path)), `must be ${quote(String(params.allowedValue))}`);
    case "minItems":
    case "maxItems": {
      const limit = Number(params.limit);
      const bound = e.keyword === "minItems" ? "at least" : "at most";
      const loc = at(path);
      const items = loc.site ? deref(loc.site, undefined, false).node.items : undefined;
      const each =
        e.keyword === "minItems" && loc.site && items && typeof items === "object"
          ? `, each ${describeShape({ ...deref(loc.site, undefined, false), node: items as AnySchemaObject })}`
          : "";
      return finding(e.keyword, path, fieldOf(loc), `must have ${bound} ${limit} ${limit === 1 ? "item" : "items"}${each}`, {
        limit,
      });
    }
    case "minLength": {
      const limit = Number(params.limit);
      const loc = at(path);
      // An empty field says what belongs in it: the schema's description of the field.
      const about = loc.steps.at(-1)?.kind === "property" ? loc.steps.at(-1)?.description : undefined;
      const predicate = limit === 1 ? `must not be empty${about ? `: ${about}` : ""}` : `must be at least ${limit} characters long`;
      return finding("minLength", path, fieldOf(loc), predicate, { limit });
    }
    case "maxLength":
      return finding("maxLength", path, fieldOf(at(path)), `must be at most ${Number(params.limit)} characters long`, {
        limit: Number(params.limit),
      });
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum": {
      const words = { minimum: "at least", maximum: "at most", exclusiveMinimum: "more than", exclusiveMaximum: "less than" };
      const limit = Number(params.limit);
      return finding(e.keyword, path, fieldOf(at(path)), `must be ${words[e.keyword]} ${limit}`, { limit });
    }
    case "pattern": {
      const loc = at(path);
      return finding("pattern", path, fieldOf(loc), patternHint(String(params.pattern), loc.site?.node));
    }
    case "propertyNames": {
      const key = String(params.propertyName);
      const p = `${path}/${escapePointerSegment(key)}`;
      const loc = at(path);
      const names = nodeAt(loc)?.node.propertyNames as AnySchemaObject | undefined;
      const hint = typeof names?.pattern === "string" ? patternHint(names.pattern, undefined) : "is not in the expected form";
      const map = fieldOf(loc);
      const field = { ...map, label: SAFE_KEY.test(key) ? `The key ${quote(key)} in ${map.label}` : `A key in ${map.label}` };
      return finding("propertyNames", p, field, hint);
    }
    case "uniqueItems":
      return finding("uniqueItems", path, fieldOf(at(path)), "lists the same item more than once");
    case "anyOf":
    case "oneOf": {
      const loc = at(path);
      const site = nodeAt(loc);
      const forms = site ? branches(site, e.keyword).map(formPhrase) : [];
      const predicate = forms.length > 0 ? `must be ${forms.join(" or ")}` : "is not in any of the accepted forms";
      return finding(e.keyword, path, fieldOf(loc), predicate);
    }
    case "discriminator": {
      const tag = String(params.tag);
      const p = `${path}/${escapePointerSegment(tag)}`;
      const loc = at(path);
      const site = nodeAt(loc);
      const options = site ? branches(site, "oneOf").map((b) => String(tagOf(b, tag))) : [];
      const tagLoc = at(p);
      const title = tagLoc.steps.at(-1)?.title;
      const field = fieldOf(tagLoc);
      const named = title ? field : { ...field, title: "Record type", label: field.label.replace(/^"[^"]*"/, '"Record type"') };
      const present = tagLoc.value !== undefined;
      if (params.error === "mapping" || present) {
        const hint = typeof tagLoc.value === "string" ? didYouMean(tagLoc.value, options) : "";
        return finding("discriminator", p, named, `must be one of: ${options.join(", ")}${hint}`, { allowed: options.join(", ") });
      }
      return finding("discriminator", p, named, `is missing: write ${JSON.stringify(tag)}: one of ${options.map((o) => JSON.stringify(o)).join(", ")}`);
    }
    case "false schema":
      return finding("false schema", path, fieldOf(at(path)), "does not apply to this kind of record; leave it out");
    case "not":
      return finding("not", path, fieldOf(at(path)), "is not allowed here");
    default:
      return finding(e.keyword, path, fieldOf(at(path)), "is not valid here");
  }
}

/**
 * Checks a record (or, with `name` "profile", a profile) against its schema and returns findings;
 * an empty list means the structure is sound. Without `name`, the record's own `recordType`
 * chooses the schema. Never throws for a bad record.
 * @example checkSchema({ recordType: "cp-plan" }) // findings for each missing field
 */
export function checkSchema(data: unknown, name?: SchemaName): Finding[] {
  let schemaName: SchemaName;
  if (name !== undefined) {
    schemaName = name;
  } else {
    const source = { document: "schemas", paragraph: "Record type" };
    if (typeof data !== "object" || data === null || Array.isArray(data)) {
      return [{ ruleId: "schema/type", severity: "error", path: "", message: "The record must be a JSON object ({ … })", source }];
    }
    const recordType = (data as Record<string, unknown>).recordType;
    if (recordType === undefined) {
      const allowed = Object.values(recordTypes).map((t) => JSON.stringify(t)).join(", ");
      return [{ ruleId: "schema/required", severity: "error", path: "/recordType", message: `"Record type" is missing: write "recordType": one of ${allowed}`, source }];
    }
    if (!isRecordType(recordType)) {
      const allowed = Object.values(recordTypes).join(", ");
      const hint = typeof recordType === "string" ? didYouMean(recordType, Object.values(recordTypes)) : "";
      return [
        {
          ruleId: "schema/enum",
          severity: "error",
          path: "/recordType",
          message: `"Record type" must be one of: ${allowed}${hint}`,
          source,
          data: { allowed },
        },
      ];
    }
    schemaName = recordType;
  }
  const validate = getValidator(schemaName);
  if (validate(data)) return [];
  return findingsFromErrors(schemaName, validate.errors, data);
}

/**
 * Like {@link findingsFromErrors}, for callers that hold a compiled validator: the schema is
 * recognised by its `$id`. Pass the record too: without it, a case file's records cannot be matched
 * to their schema and a field that may take several forms is reported as a whole.
 * @example
 * const validate = getValidator("profile");
 * if (!validate(data)) return schemaFindings(validate.errors ?? [], validate.schema, data);
 */
export function schemaFindings(errors: readonly ErrorObject[], schema: AnySchema, data?: unknown): Finding[] {
  const id = typeof schema === "object" && typeof schema.$id === "string" ? schema.$id : undefined;
  const file = id ? schemaById(id)?.file : undefined;
  const name = file?.replace(/^schemas\//, "").replace(/\.schema\.json$/, "");
  if (!isSchemaName(name)) {
    throw new Error(`schemaFindings: not one of reviewkit's top-level schemas (${id ?? "no $id"})`);
  }
  return findingsFromErrors(name, errors, data);
}
