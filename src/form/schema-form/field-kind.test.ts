import { describe, expect, it } from "vitest";
import { allSchemas } from "../../schema/load-schemas.js";
import { fieldKind } from "./field-kind.js";
import { SchemaIndex, type SchemaNode } from "./schema-index.js";

const index = new SchemaIndex(allSchemas().map((s) => s.schema as SchemaNode));
const review = index.root("looked-after-review");
const kindOf = (...path: string[]) => {
  let site = index.deref(review);
  for (const key of path) {
    const node = key === "[]" ? site.node.items : site.node.properties?.[key];
    if (!node) throw new Error(`no ${key}`);
    site = index.deref({ node, base: site.base });
  }
  return fieldKind(index, site);
};

describe("the control a schema node becomes", () => {
  it("is read from the schema, through $refs into the shared definitions", () => {
    expect(kindOf("recordType")).toBe("hidden");
    expect(kindOf("reviewDate")).toBe("date");
    expect(kindOf("reviewNumber")).toBe("number");
    expect(kindOf("childKnowsIro", "knows")).toBe("bool");
    expect(kindOf("placement", "type")).toBe("select");
    expect(kindOf("iroContactBeforeReview", "method")).toBe("radios");
    expect(kindOf("decisions")).toBe("list");
    expect(kindOf("iro")).toBe("object");
    expect(kindOf("childViews", "wishesAndFeelings")).toBe("textarea");
    expect(kindOf("iro", "name")).toBe("text");
  });

  it("draws a date that may carry a time as a date with an optional time", () => {
    const defs = index.deref({ node: { $ref: "common/defs.schema.json#/$defs/dateOrDateTime" }, base: review.base });
    expect(fieldKind(index, defs)).toBe("date-or-time");
  });

  it("gives a title from the referring field, not the shared definition", () => {
    const site = index.deref({ node: index.deref(review).node.properties?.["reviewDate"] as SchemaNode, base: review.base });
    expect(site.node.title).toBe("Review date");
    expect(site.node.format).toBe("date");
  });
});
