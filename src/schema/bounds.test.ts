/**
 * Issue 9: every input bounded by the schema. Every text field has a maxLength at a length a person
 * writes (200 characters for a name, a role or an id; 20,000 for free text), every list a maxItems,
 * and a record's id only the characters and length a file name allows (documents are named by it).
 * Fields held by a format (dates), an enum or a const are bounded by those.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { shippedPath } from "../paths.js";
import { checkSchema } from "./schema-findings.js";
import { lookedAfterReview } from "../../test/fixtures/records.js";

const dir = shippedPath("schemas");
const files = [...readdirSync(dir).filter((f) => f.endsWith(".json")), ...readdirSync(join(dir, "common")).map((f) => `common/${f}`)];

function unbounded(node: unknown, path: string, out: string[]): void {
  if (Array.isArray(node)) node.forEach((n, i) => unbounded(n, `${path}/${i}`, out));
  else if (node && typeof node === "object") {
    const n = node as Record<string, unknown>;
    const bounded = "maxLength" in n || "enum" in n || "const" in n || /^(date|date-time|local-date-time)$/.test(String(n["format"]));
    if (n["type"] === "string" && !bounded) out.push(`${path} (string)`);
    if (n["type"] === "array" && !("maxItems" in n)) out.push(`${path} (array)`);
    for (const [k, v] of Object.entries(n)) unbounded(v, `${path}/${k}`, out);
  }
}

describe("schema bounds", () => {
  it("every string has a maxLength (or a date format, enum or const) and every array a maxItems", () => {
    const out: string[] = [];
    for (const f of files) unbounded(JSON.parse(readFileSync(join(dir, f), "utf8")), f, out);
    expect(out).toEqual([]);
  });

  it("a record id is limited to what a file name allows: letters, digits, . _ - and 64 characters", () => {
    const ok = lookedAfterReview();
    expect(checkSchema(ok, "looked-after-review")).toEqual([]);
    for (const id of ["x".repeat(65), "../../etc/passwd", "LAR 2026", "LAR/2026", "-LAR", "LAR\u202e"]) {
      const r = { ...lookedAfterReview(), id };
      expect(checkSchema(r, "looked-after-review").map((p) => p.path), id).toContain("/id");
    }
  });

  it("a 10 MB string and 20,000 decisions are refused by the schema, naming the field", () => {
    const long = lookedAfterReview();
    long.childViews.wishesAndFeelings = "Amara wants to stay. ".repeat(500_000);
    expect(checkSchema(long, "looked-after-review").map((p) => `${p.ruleId} ${p.path}`)).toContain("schema/maxLength /childViews/wishesAndFeelings");
    const many = lookedAfterReview();
    many.decisions = Array.from({ length: 20_000 }, (_, i) => ({ ...lookedAfterReview().decisions[0]!, id: `D${i + 1}` }));
    expect(checkSchema(many, "looked-after-review").map((p) => `${p.ruleId} ${p.path}`)).toContain("schema/maxItems /decisions");
  });
});
