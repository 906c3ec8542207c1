import { describe, expect, it } from "vitest";
import { parseJsonText } from "./read-json.js";

describe("parseJsonText", () => {
  it("reads a record and keeps its values", () => {
    expect(parseJsonText('{"recordType":"case-file","child":{"name":"Nguyễn Thị Hoa"}}', "a.json")).toEqual({ recordType: "case-file", child: { name: "Nguyễn Thị Hoa" } });
  });

  it("refuses a __proto__ key however it is written, naming only the key", () => {
    for (const text of ['{"__proto__":{"x":1}}', '{"a":[{"__proto__":1}]}', '{"\\u005f_proto__":1}', '{"__pro\\u0074o__":{}}']) {
      expect(() => parseJsonText(text, "a.json"), text).toThrow('a key named "__proto__" is not allowed');
    }
  });

  it("reads \\u escapes that are not __proto__", () => {
    expect(parseJsonText('{"name":"Zo\\u00eb","note":"a __proto__ in text is text"}', "a.json")).toEqual({ name: "Zoë", note: "a __proto__ in text is text" });
  });

  it("refuses a key that appears twice, with its place", () => {
    expect(() => parseJsonText('{"a":1,\n "a":2}', "a.json")).toThrow(/appears twice/);
  });
});

describe("parseJsonText and nesting", () => {
  it("reads 1,000 levels and refuses 1,001 in one line", () => {
    const nest = (n: number) => `{"a":${"[".repeat(n - 1)}1${"]".repeat(n - 1)}}`;
    expect(() => parseJsonText(nest(1000), "a.json")).not.toThrow();
    expect(() => parseJsonText(nest(1001), "a.json")).toThrow("is nested too deeply to be a record");
  });
});
