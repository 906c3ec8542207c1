/**
 * A memo of schema findings (issue 15): the plain-English findings for a record's schema errors are
 * a function of the schema, the errors and the few things `locate` and the wording read from the
 * record along each error's path. In a folder of mixed records the records that fail their schema
 * tend to fail it the same few ways, and writing their findings afresh cost 30 to 50 µs a record
 * among the others: about a tenth of the single records' whole validation in the bench.
 *
 * What the record contributes to the key (everything schema-findings.ts and locate.ts read of it):
 * at every step of each pointer an error's finding locates (its instancePath; a required field's
 * path; a discriminator's tag), the value's JSON type (array or not, integer or number: which list
 * item, union branch and field the walk takes) and, for an object, its `recordType` (the schemas'
 * one discriminator); and the value itself at the end of the pointers whose wording quotes a
 * suggestion from it (enum and discriminator: "did you mean"). Nothing else of the record is read.
 * The keys stay in this process's memory, up to MEMO_KEPT of them, and are never written anywhere:
 * besides types and tags they hold only what the errors name (a field's name, a mistyped enum
 * value), which the findings themselves name or suggest from.
 */
import type { ErrorObject } from "ajv/dist/2020.js";
import type { Finding } from "./finding.js";
import { child, escapePointerSegment, jsonType, parsePointer } from "./locate.js";

/**
 * The property the schemas' one discriminator names (the case file's records): deref() follows it,
 * so its value goes into the key. findings-memo.test.ts holds that no schema names another.
 */
export const DISCRIMINATOR = "recordType";

/** The findings for each key seen, up to MEMO_KEPT of them (a long run of odd records must not keep every one). */
const memo = new Map<string, readonly Finding[]>();
const MEMO_KEPT = 500;

/**
 * The key for `errors` of schema `name` on `data`: the errors' keywords, paths and parameters, in
 * order, and what the record holds along their paths (see above).
 * @example memoKeyFor("cp-plan", validate.errors, record)
 */
export function memoKeyFor(name: string, errors: readonly ErrorObject[], data: unknown): string {
  let key = name;
  for (const e of errors) {
    const params = e.params as Record<string, unknown>;
    // Paths and names come from the record's own keys: written as JSON, so no key can pass for the
    // separators and make two different lists of errors one key.
    key += `\u0000${e.keyword}\u0001${JSON.stringify(e.instancePath)}\u0001${JSON.stringify(params)}\u0001${"propertyName" in e ? JSON.stringify(String(e.propertyName)) : "-"}`;
    const quotesValue = e.keyword === "enum";
    key += trail(data, e.instancePath, quotesValue);
    if (e.keyword === "required") key += trail(data, `${e.instancePath}/${escapePointerSegment(String(params["missingProperty"]))}`, false);
    if (e.keyword === "discriminator") key += trail(data, `${e.instancePath}/${escapePointerSegment(String(params["tag"]))}`, true);
  }
  return key;
}

/** Finds findings kept under `key`, as fresh copies a caller may change. */
export function recall(key: string): Finding[] | undefined {
  const kept = memo.get(key);
  return kept === undefined ? undefined : kept.map(copyFinding);
}

/** Keeps copies of `findings` under `key`. */
export function remember(key: string, findings: readonly Finding[]): void {
  if (memo.size >= MEMO_KEPT) memo.clear();
  memo.set(key, findings.map(copyFinding));
}

/** Forgets every finding kept (for tests that compare a first computation with a remembered one). */
export function forgetFindings(): void {
  memo.clear();
}

/** A finding and its `source` and `data` objects copied, its keys in the same order. */
function copyFinding(f: Finding): Finding {
  const c: Finding = { ...f, source: { ...f.source } };
  if (f.data !== undefined) c.data = { ...f.data };
  return c;
}

/**
 * What the record holds along `pointer`: at the root and after each segment (as locate() walks it),
 * the value's JSON type and, for an object, its discriminator tag; with `withValue`, the value at
 * the end as JSON.
 */
function trail(data: unknown, pointer: string, withValue: boolean): string {
  let value = data;
  let out = `\u0002${typeAndTag(value)}`;
  for (const key of parsePointer(pointer)) {
    value = child(value, key);
    out += typeAndTag(value);
  }
  if (withValue) out += `\u0003${value === undefined ? "u" : JSON.stringify(value)}`;
  return out;
}

/** The JSON type of a value (locate's jsonType), and an object's discriminator tag. */
function typeAndTag(value: unknown): string {
  const type = jsonType(value);
  if (type !== "object") return `|${type}`;
  const tag = (value as Record<string, unknown>)[DISCRIMINATOR];
  return tag === undefined ? "|object" : `|object${JSON.stringify(tag)}`;
}
