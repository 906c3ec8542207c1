/**
 * The validators generated at build time (standalone.ts) must give exactly the verdicts and errors
 * ajv gives when it compiles the schemas at run time: findings are built from those errors.
 */
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ValidateFunction } from "ajv/dist/2020.js";
import * as fixtures from "../../test/fixtures/records.js";
import { generateRecords } from "../../bench/lib/generate-records.js";
import { shippedPath } from "../paths.js";
import { allSchemas, createAjv, isSchemaName, schemaFor, schemaNames, type SchemaName } from "./load-schemas.js";
import { standaloneValidatorsCode } from "./standalone.js";
import { standaloneFormats } from "./standalone-formats.js";

/** Evaluates the generated CommonJS text as the build's file would be loaded. */
function prebuilt(): Record<string, ValidateFunction> {
  const module = { exports: {} as { create(f: Record<string, unknown>): Record<string, ValidateFunction> } };
  const require = createRequire(import.meta.url);
  new Function("module", "exports", "require", standaloneValidatorsCode())(module, module.exports, require);
  return module.exports.create(standaloneFormats());
}

function compiled(): Record<string, ValidateFunction> {
  const ajv = createAjv();
  for (const s of allSchemas()) ajv.addSchema(s.schema, undefined, undefined, false);
  const out: Record<string, ValidateFunction> = {};
  for (const name of Object.values(schemaNames)) out[name] = ajv.getSchema(schemaFor(name).$id!)!;
  return out;
}

/** Records that break in the ways people break them: missing, wrong type, bad format, extra field. */
function broken(): { name: SchemaName; data: unknown }[] {
  const review = fixtures.lookedAfterReview() as unknown as Record<string, unknown>;
  const out: { name: SchemaName; data: unknown }[] = [
    { name: "looked-after-review", data: { ...review, reviewDate: "2026-02-30" } },
    { name: "looked-after-review", data: { ...review, nextReviewDate: 20260101, surplus: true } },
    { name: "looked-after-review", data: { recordType: "looked-after-review" } },
    { name: "looked-after-review", data: [] },
    { name: "looked-after-review", data: null },
    { name: "case-file", data: { ...fixtures.caseFile(), records: [{ recordType: "cp-plan" }, { recordType: "nonsense" }, 7] } },
    { name: "escalation", data: { ...fixtures.escalation(), events: "none" } },
    { name: "profile", data: { id: 3, timescales: { x: { value: "ten" } } } },
  ];
  for (const [key, make] of Object.entries(fixtures)) {
    if (typeof make !== "function") continue;
    const record = (make as () => unknown)() as Record<string, unknown>;
    if (!isSchemaName(record["recordType"])) continue;
    out.push({ name: record["recordType"], data: record });
    // Every top-level field removed in turn, and replaced by a value of the wrong type.
    for (const field of Object.keys(record)) {
      const { [field]: _gone, ...without } = record;
      out.push({ name: record["recordType"], data: without });
      out.push({ name: record["recordType"], data: { ...record, [field]: key.length % 2 ? {} : "x" } });
    }
  }
  return out;
}

function profiles(): { name: SchemaName; data: unknown }[] {
  const dir = shippedPath("profiles");
  return readdirSync(dir).map((f) => ({ name: "profile" as const, data: JSON.parse(readFileSync(join(dir, f), "utf8")) as unknown }));
}

describe("prebuilt validators", () => {
  const ahead = prebuilt();
  const atRunTime = compiled();
  const cases = [
    ...broken(),
    ...profiles(),
    ...generateRecords(600, 77, { schemaErrorRate: 0.5 }).map((g) => ({ name: g.recordType as SchemaName, data: g.record })),
  ];

  it("has one validator per top-level schema", () => {
    expect(Object.keys(ahead).sort()).toEqual(Object.values(schemaNames).sort());
  });

  it(`give the same verdicts and errors as runtime-compiled validators (${cases.length} inputs)`, () => {
    let failures = 0;
    for (const { name, data } of cases) {
      const a = ahead[name]!;
      const b = atRunTime[name]!;
      const verdict = a(data);
      expect(verdict).toBe(b(data));
      expect(a.errors ?? null).toEqual(b.errors ?? null);
      if (!verdict) failures++;
    }
    // The inputs must exercise the error paths, not only valid records.
    expect(failures).toBeGreaterThan(cases.length / 4);
  });
});
