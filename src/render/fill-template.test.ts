import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fillTemplate } from "./fill-template.js";
import { RenderError } from "./render-error.js";
import { TemplateSet } from "./template-files.js";

function setWith(body: string, partials: Record<string, string> = {}): TemplateSet {
  const dir = mkdtempSync(join(tmpdir(), "rk-tpl-"));
  writeFileSync(join(dir, "t.md"), `---\ntitle: T\naudience: professional\nstyle: record\n---\n${body}`);
  mkdirSync(join(dir, "partials"));
  for (const [name, src] of Object.entries(partials)) writeFileSync(join(dir, "partials", `${name}.md`), src);
  return new TemplateSet(dir);
}
const fill = (body: string, ctx: object, partials?: Record<string, string>) => fillTemplate(setWith(body, partials), "t", ctx).markdown;
const error = (fn: () => unknown): RenderError => {
  try {
    fn();
  } catch (e) {
    if (e instanceof RenderError) return e;
    throw e;
  }
  throw new Error("no error");
};

describe("fillTemplate", () => {
  it("escapes every value for Markdown and gives helpers the raw value", () => {
    expect(fill("{{a}} on {{longDate d}}", { a: "*hi* | #1", d: "2026-12-10" })).toBe("\\*hi\\* \\| \\#1 on 10 December 2026");
  });
  it("fails on a missing field, naming the field, template and line (never prints 'undefined')", () => {
    const e = error(() => fill("line one\n{{childViews.childsOwnWords}}", { childViews: {} }));
    expect(e.message).toContain("childViews.childsOwnWords");
    expect(e.file).toMatch(/t\.md$/);
    expect(e.where).toBe("line 7"); // 5 lines of front matter, then the body's second line
  });
  it("fails on a missing field inside a partial, naming the partial", () => {
    const e = error(() => fill("{{> p}}", {}, { p: "{{nope}}" }));
    expect(e.message).toContain("nope");
    expect(e.file).toMatch(/partials[\\/]p\.md$/);
  });
  it("refuses lists, groups, NaN and yes/no printed as text", () => {
    expect(() => fill("{{a}}", { a: [1] })).toThrow(/list/);
    expect(() => fill("{{a}}", { a: { b: 1 } })).toThrow(/group of fields/);
    expect(() => fill("{{a}}", { a: Number.NaN })).toThrow(/not a number/);
    expect(() => fill("{{a}}", { a: true })).toThrow(/yesNo/);
  });
  it("lets optional sections test missing nested fields without failing", () => {
    expect(fill("{{#if a.b.c}}x{{else}}none{{/if}}", {})).toBe("none");
  });
  it("refuses unknown helpers and triple-stash, and never reaches the prototype", () => {
    expect(() => fill("{{shout a}}", { a: "x" })).toThrow(RenderError);
    expect(() => fill("{{{a}}}", { a: "x" })).toThrow(/escaped/);
    expect(() => fill("{{log a}}", { a: "x" })).toThrow(RenderError);
    expect(() => fill("{{a.constructor.name}}", { a: {} })).toThrow(/no value/);
  });
});
