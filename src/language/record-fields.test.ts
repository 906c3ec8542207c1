import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { shippedPath } from "../paths.js";
import { ageOn, RECORD_TEXT_FIELDS, recordText, valuesAt } from "./record-fields.js";

type Schema = { $ref?: string; properties?: Record<string, Schema>; items?: Schema; $defs?: Record<string, Schema> };

/** Follows a JSON Pointer pattern through a schema (properties, items, $ref), so the table cannot drift from schemas/. */
function schemaAt(recordType: string, pattern: string): Schema | undefined {
  const load = (file: string) => JSON.parse(readFileSync(shippedPath("schemas", file), "utf8")) as Schema;
  const root = load(`${recordType}.schema.json`);
  const deref = (s: Schema | undefined, doc: Schema): [Schema | undefined, Schema] => {
    if (!s?.$ref) return [s, doc];
    const [file, pointer = ""] = s.$ref.split("#");
    const target = file ? load(file) : doc;
    const name = pointer.split("/").at(-1) ?? "";
    return deref(target.$defs?.[name], target);
  };
  let [node, doc] = deref(root, root);
  for (const key of pattern.split("/").slice(1)) {
    [node, doc] = deref(key === "*" ? node?.items : node?.properties?.[key], doc);
    if (!node) return undefined;
  }
  return node;
}

describe("RECORD_TEXT_FIELDS", () => {
  it.each(Object.entries(RECORD_TEXT_FIELDS))("names only fields that exist in schemas/%s.schema.json", (recordType, spec) => {
    for (const pattern of [...spec.fields, spec.date, spec.dateOfBirth]) {
      expect(schemaAt(recordType, pattern), `${recordType} ${pattern}`).toBeDefined();
    }
  });

  it("sends the looked-after review's decisions to the child, and conference and plan text to parents (KIRO-1.11, KCP-3.2)", () => {
    expect(Object.fromEntries(Object.entries(RECORD_TEXT_FIELDS).map(([k, v]) => [k, v.audience]))).toEqual({
      "looked-after-review": "child",
      "cp-conference": "parent",
      "cp-plan": "parent",
    });
  });
});

describe("recordText", () => {
  const review = {
    recordType: "looked-after-review",
    reviewDate: "2026-11-02",
    child: { dateOfBirth: "2016-11-03" },
    childViews: { wishesAndFeelings: "I want to stay." },
    decisions: [{ childFriendlyText: "You will stay with Sam." }, { childFriendlyText: "  " }, { text: "no child text" }],
  };

  it("collects each decision's childFriendlyText with its JSON Pointer, skipping blank and missing ones", () => {
    expect(recordText(review)?.fields).toEqual([{ path: "/decisions/0/childFriendlyText", text: "You will stay with Sam." }]);
  });

  it("leaves the child's own words alone: they are the child's, not text written for them", () => {
    expect(recordText(review)?.fields.map((f) => f.path)).not.toContain("/childViews/wishesAndFeelings");
  });

  it("works out the child's age on the review date (the day before the 10th birthday is still 9)", () => {
    expect(recordText(review)?.age).toBe(9);
  });

  it("uses the youngest child at a conference, since the strictest target suits them all", () => {
    const conf = { recordType: "cp-conference", conferenceDate: "2026-11-10", children: [{ dateOfBirth: "2012-01-01" }, { dateOfBirth: "2020-05-05" }], worries: "Dad shouts." };
    expect(recordText(conf)).toMatchObject({ audience: "parent", age: 6, fields: [{ path: "/worries", text: "Dad shouts." }] });
  });

  it("leaves age unknown when a date is missing or not a real date, rather than guessing", () => {
    expect(recordText({ ...review, reviewDate: "2026-02-30" })?.age).toBeUndefined();
    expect(recordText({ ...review, child: {} })?.age).toBeUndefined();
  });

  it("returns undefined for a record type with no plain-language text", () => {
    expect(recordText({ recordType: "escalation" })).toBeUndefined();
    expect(recordText({ recordType: "__proto__" })).toBeUndefined();
  });
});

describe("valuesAt and ageOn", () => {
  it("walks arrays with * and ignores paths that are not there", () => {
    expect(valuesAt({ a: [{ b: 1 }, { c: 2 }] }, "/a/*/b")).toEqual([{ path: "/a/0/b", value: 1 }]);
    expect(valuesAt({ a: "x" }, "/a/*/b")).toEqual([]);
  });

  it("counts completed years, and a 29 February birthday a year on from 1 March in other years", () => {
    expect([ageOn("2016-03-15", "2026-03-14"), ageOn("2016-03-15", "2026-03-15"), ageOn("2016-02-29", "2027-02-28"), ageOn("2016-02-29", "2027-03-01")]).toEqual([9, 10, 10, 11]);
  });
});
