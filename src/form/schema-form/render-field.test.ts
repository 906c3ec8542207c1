import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { packageRoot } from "../../paths.js";
import { allSchemas } from "../../schema/load-schemas.js";
import { esc } from "./html.js";
import { getAt } from "./pointer.js";
import { firstControlId, renderField, renderProperties, type RenderContext } from "./render-field.js";
import { SchemaIndex, type SchemaNode } from "./schema-index.js";

const index = new SchemaIndex(allSchemas().map((s) => s.schema as SchemaNode));
// Aaliyah's case file: the longest example (its case file's fields were most of the page's elements).
const caseFile = JSON.parse(readFileSync(join(packageRoot(), "examples", "knowsley", "aaliyah-begum.case.json"), "utf8")) as Record<string, unknown>;
const drawing = (): Required<RenderContext> => ({ index, rawDates: new Map(), sites: new Map(), anchors: new Map(), fields: new Map() });

describe("the first control of a field's markup (where an error summary link goes)", () => {
  it("is the first input, select, textarea or button, in markup order, with its id", () => {
    expect(firstControlId(`<div data-anchor="/a"><label for="x">A</label><input class="govuk-input" id="x" value="1 &gt; 0"><select id="y"></select></div>`)).toBe("x");
    expect(firstControlId(`<details><summary>B (if it applies)</summary><textarea id="t">&lt;input id="no"&gt;</textarea></details>`)).toBe("t");
    expect(firstControlId(`<input type="hidden" id="h"><select class="govuk-select" id="s"></select>`)).toBe("s");
  });

  it("is \"\" for a control with no id (an empty list's Add button) and null when there is none", () => {
    expect(firstControlId(`<fieldset id="f.events"><p>None yet.</p><button type="button" data-action="add">Add an event</button></fieldset>`)).toBe("");
    expect(firstControlId(`<div class="rk-group" data-anchor="/a"><fieldset id="f.a"></fieldset></div>`)).toBeNull();
  });
});

describe("drawing the case file's fields", () => {
  const ctx = drawing();
  const html = renderProperties(ctx, index.root("case-file"), "", caseFile, ["recordType", "records"]);

  it("notes every field drawn, each with the first control after its last element in the markup", () => {
    // Where each pointer's last element starts (the page keeps the last one with a pointer).
    const last = new Map([...html.matchAll(/data-anchor="([^"]*)"/g)].map((m) => [m[1] ?? "", m.index]));
    expect(ctx.anchors.size).toBeGreaterThan(1000);
    expect([...ctx.anchors.keys()].map(esc).sort()).toEqual([...last.keys()].sort());
    const control = /<(?:input|select|textarea|button)\b(?![^>]*\stype="hidden")[^>]*>/g;
    for (const [pointer, id] of ctx.anchors) {
      control.lastIndex = last.get(esc(pointer)) ?? 0;
      const tag = control.exec(html)?.[0] ?? "";
      expect(id, pointer).toBe(/\sid="([^"]*)"/.exec(tag)?.[1] ?? "");
    }
  });

  it("draws each list alone again exactly as in the whole (after add, remove)", () => {
    const lists = [...ctx.fields.keys()];
    expect(lists).toEqual(expect.arrayContaining(["/events", "/placements", "/legalStatus"]));
    for (const [pointer, field] of ctx.fields) {
      const again = renderField(drawing(), { ...field, pointer, value: getAt(caseFile, pointer) });
      expect(again.startsWith(`<div class="rk-group rk-list" data-anchor="${esc(pointer)}"`), pointer).toBe(true);
      expect(html.includes(again), pointer).toBe(true);
    }
  });
});

describe("a union (a value of one of several kinds)", () => {
  const schema: SchemaNode = {
    $id: "https://example.org/test/union-record.schema.json",
    type: "object",
    properties: {
      amount: { title: "Amount", anyOf: [{ title: "A number", type: "integer" }, { title: "Several", type: "array", items: { type: "string", title: "Line" } }] },
    },
  };
  const unions = new SchemaIndex([schema]);
  const ctx: Required<RenderContext> = { index: unions, rawDates: new Map(), sites: new Map(), anchors: new Map(), fields: new Map() };
  const value = { amount: ["one", "two"] };
  const html = renderProperties(ctx, unions.root("union-record"), "", value);

  it("links to its chosen kind's first control, as the page finds the inner element with the pointer", () => {
    expect(html.match(/data-anchor="\/amount"/g)).toHaveLength(2);
    expect(ctx.anchors.get("/amount")).toBe("f.amount.0");
  });

  it("is drawn again whole, its choice of kind with it", () => {
    const field = ctx.fields.get("/amount");
    expect(field?.site.node.anyOf).toHaveLength(2);
    const again = renderField({ index: unions, rawDates: new Map() }, { ...(field as NonNullable<typeof field>), pointer: "/amount", value: value.amount });
    expect(again).toBe(html);
  });
});
