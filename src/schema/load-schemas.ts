/**
 * Loads reviewkit's JSON Schemas (the source of truth, in `schemas/`) and gives a validator for each:
 * the one generated at build time when present and current (prebuilt.ts), else compiled with one
 * Ajv instance, once, on first use. Nothing is read or compiled at import time.
 */
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative, sep } from "node:path";
import type { Ajv2020, AnySchemaObject, Options, ValidateFunction } from "ajv/dist/2020.js";
import type addFormatsType from "ajv-formats";
import { ReviewkitError } from "../errors.js";
import { shippedPath } from "../paths.js";
import { LOCAL_DATE_TIME_FORMAT } from "./formats.js";
import { loadPrebuilt } from "./prebuilt.js";
import { schemasHash } from "./schemas-hash.js";
import { dateFormat, localDateTimeFormat } from "./standalone-formats.js";

// ajv and ajv-formats are CommonJS: required on first compile, so a run served by the prebuilt
// validators never loads the compiler (~80 ms), while getValidator stays synchronous.
const require = createRequire(import.meta.url);

/**
 * The record types reviewkit knows, each validated by `schemas/<type>.schema.json`.
 * @example if (record.recordType === recordTypes.LOOKED_AFTER_REVIEW) { … }
 */
export const recordTypes = {
  LOOKED_AFTER_REVIEW: "looked-after-review",
  CP_CONFERENCE: "cp-conference",
  CP_PLAN: "cp-plan",
  ESCALATION: "escalation",
  GOOD_PRACTICE_NOTE: "good-practice-note",
  QA_PROGRESS_REVIEW: "qa-progress-review",
  SIGNIFICANT_CHANGE: "significant-change",
  CONCERN_NOTE: "concern-note",
  CASE_FILE: "case-file",
} as const;

/** One of {@link recordTypes}. */
export type RecordType = (typeof recordTypes)[keyof typeof recordTypes];

/**
 * Every top-level schema: the record types plus the authority profile.
 * @example getValidator(schemaNames.PROFILE)
 */
export const schemaNames = { ...recordTypes, PROFILE: "profile" } as const;

/** One of {@link schemaNames}: a record type or `"profile"`. */
export type SchemaName = (typeof schemaNames)[keyof typeof schemaNames];

const RECORD_TYPE_SET: ReadonlySet<string> = new Set(Object.values(recordTypes));
const SCHEMA_NAME_SET: ReadonlySet<string> = new Set(Object.values(schemaNames));

/**
 * True when `value` is a record type reviewkit has a schema for.
 * @example isRecordType("looked-after-review") // true
 */
export function isRecordType(value: unknown): value is RecordType {
  return typeof value === "string" && RECORD_TYPE_SET.has(value);
}

/**
 * True when `value` names a top-level schema (a record type or `"profile"`).
 * @example isSchemaName("profile") // true
 */
export function isSchemaName(value: unknown): value is SchemaName {
  return typeof value === "string" && SCHEMA_NAME_SET.has(value);
}

/** A schema file as loaded: where it lives, its `$id`, and its parsed JSON (treat as read-only). */
export interface LoadedSchema {
  /** Path inside the package, with forward slashes, e.g. `"schemas/common/defs.schema.json"`. */
  readonly file: string;
  /** The schema's `$id`, e.g. `"https://reviewkit.dev/schemas/common/defs.schema.json"`. */
  readonly id: string;
  readonly schema: AnySchemaObject;
}

interface Loaded {
  /** Compiles on demand; created only when a validator is not prebuilt. */
  ajv: Ajv2020 | undefined;
  /** Validators generated at build time, when present and built from these schemas. */
  readonly prebuilt: Record<string, ValidateFunction | undefined> | undefined;
  readonly byId: ReadonlyMap<string, LoadedSchema>;
  readonly byFile: ReadonlyMap<string, LoadedSchema>;
  readonly validators: Map<SchemaName, ValidateFunction>;
}

let loaded: Loaded | undefined;

function listJsonFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listJsonFiles(full));
    else if (entry.isFile() && entry.name.endsWith(".json")) out.push(full);
  }
  return out.sort();
}

/**
 * Builds a fresh Ajv instance with reviewkit's options and formats, and no schemas.
 * Exported for tests and tools; validation goes through {@link getValidator}.
 * @example const ajv = createAjv(); ajv.addSchema(mySchema);
 */
export function createAjv(extra: Pick<Options, "code"> = {}): Ajv2020 {
  const { Ajv2020: Ajv } = require("ajv/dist/2020.js") as typeof import("ajv/dist/2020.js");
  const addFormats = require("ajv-formats") as typeof addFormatsType;
  // strict: unknown keywords, ambiguous types and undefined required properties are schema bugs.
  // discriminator: the case file's records are checked against the one schema their recordType
  // names, so errors come from that branch only. `extra.code` is for the build's standalone code.
  const ajv = new Ajv({ allErrors: true, strict: true, discriminator: true, ...extra });
  addFormats.default(ajv);
  // `date` as ajv-formats checks it, noting extreme dates as it passes (extreme-dates.ts).
  ajv.addFormat("date", dateFormat);
  ajv.addFormat(LOCAL_DATE_TIME_FORMAT, localDateTimeFormat);
  return ajv;
}

function load(): Loaded {
  if (loaded) return loaded;
  const root = shippedPath("schemas");
  const byId = new Map<string, LoadedSchema>();
  const byFile = new Map<string, LoadedSchema>();
  for (const full of listJsonFiles(root)) {
    const file = ["schemas", ...relative(root, full).split(sep)].join("/");
    let schema: AnySchemaObject;
    try {
      schema = JSON.parse(readFileSync(full, "utf8")) as AnySchemaObject;
    } catch (err) {
      throw new ReviewkitError(`cannot read schema: ${(err as Error).message}`, file);
    }
    const id = schema.$id;
    if (typeof id !== "string") throw new ReviewkitError("schema has no $id", file);
    const entry: LoadedSchema = { file, id, schema };
    byId.set(id, entry);
    byFile.set(file, entry);
  }
  const prebuilt = loadPrebuilt(schemasHash([...byFile.values()]));
  loaded = { ajv: undefined, prebuilt, byId, byFile, validators: new Map() };
  return loaded;
}

/** The Ajv instance holding every schema, made on first need. */
function compiler(state: Loaded): Ajv2020 {
  if (state.ajv) return state.ajv;
  const ajv = createAjv();
  // Shipped schemas are checked against the draft 2020-12 meta-schema by the tests (schemas.test.ts,
  // through createAjv); doing it again at run time compiles the meta-schema, ~150 ms of every start.
  for (const entry of state.byFile.values()) ajv.addSchema(entry.schema, undefined, undefined, false);
  return (state.ajv = ajv);
}

/** The package path of a top-level schema, e.g. `schemaFile("cp-plan")` is `"schemas/cp-plan.schema.json"`. */
export function schemaFile(name: SchemaName): string {
  return `schemas/${name}.schema.json`;
}

function entryFor(name: SchemaName): LoadedSchema {
  const entry = load().byFile.get(schemaFile(name));
  if (!entry) throw new ReviewkitError(`no schema for "${name}"`, schemaFile(name));
  return entry;
}

/**
 * The parsed JSON Schema for a record type (or `"profile"`). Read-only: do not mutate it.
 * @example schemaFor("escalation").title // "Escalation"
 */
export function schemaFor(name: SchemaName): AnySchemaObject {
  return entryFor(name).schema;
}

/**
 * The compiled validator for a record type (or `"profile"`); compiled on first use, then cached.
 * After a call, `validate.errors` holds ajv's errors: turn them into findings with
 * `findingsFromErrors` rather than showing them to people.
 * @example
 * const validate = getValidator("looked-after-review");
 * if (!validate(record)) console.log(findingsFromErrors("looked-after-review", validate.errors, record));
 */
export function getValidator(name: SchemaName): ValidateFunction {
  const state = load();
  const cached = state.validators.get(name);
  if (cached) return cached;
  const entry = entryFor(name);
  const prebuilt = state.prebuilt?.[name];
  // A prebuilt function lacks ajv's `.schema`; callers pass it to schemaFindings, so attach the same object.
  if (prebuilt) prebuilt.schema = entry.schema;
  const validate = prebuilt ?? compiler(state).getSchema(entry.id);
  if (!validate) throw new ReviewkitError(`schema "${name}" did not compile`, schemaFile(name));
  state.validators.set(name, validate);
  return validate;
}

/**
 * Every loaded schema file, `schemas/common/*` included, in path order.
 * @example allSchemas().map((s) => s.file)
 */
export function allSchemas(): readonly LoadedSchema[] {
  return [...load().byFile.values()];
}

/**
 * A loaded schema by its `$id` (without a fragment), or undefined.
 * @example schemaById("https://reviewkit.dev/schemas/common/defs.schema.json")?.file
 */
export function schemaById(id: string): LoadedSchema | undefined {
  return load().byId.get(id);
}

/**
 * The compiled validator for authority profiles (`schemas/profile.schema.json`).
 * @example const validate = getProfileValidator(); validate(JSON.parse(text));
 */
export function getProfileValidator(): ValidateFunction {
  return getValidator(schemaNames.PROFILE);
}
