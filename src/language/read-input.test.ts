import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { InputError } from "../errors.js";
import { readLanguageInput } from "./read-input.js";

const dir = mkdtempSync(join(tmpdir(), "reviewkit-language-"));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe("readLanguageInput", () => {
  it("reads a .txt file whole as text, dropping a byte-order mark (Word adds one)", () => {
    expect(readLanguageInput(file("a.txt", "\uFEFFHello Amy."))).toMatchObject({ kind: "text", text: "Hello Amy." });
  });

  it("reads a .md file as the text a reader sees", () => {
    expect(readLanguageInput(file("a.md", "Ask [Sam](https://x.org)."))).toMatchObject({ kind: "text", text: "Ask Sam.\n" });
  });

  it("reads a .json file as a record", () => {
    expect(readLanguageInput(file("r.json", '{"recordType":"cp-plan"}'))).toMatchObject({ kind: "record", record: { recordType: "cp-plan" } });
  });

  it("refuses JSON without a recordType or holding a list, since only a record has fields to check", () => {
    expect(() => readLanguageInput(file("n.json", '{"a":1}'))).toThrow(/no recordType/);
    expect(() => readLanguageInput(file("l.json", "[]"))).toThrow(/one record at a time/);
  });

  it("refuses malformed JSON without quoting it (records hold personal data)", () => {
    expect(() => readLanguageInput(file("bad.json", '{"name": "Amy Secret",'))).toThrow(InputError);
    expect(() => readLanguageInput(file("bad2.json", '{"name": "Amy Secret",'))).not.toThrow(/Amy/);
  });

  it("refuses a missing file, an empty file, a binary file and text that is not UTF-8", () => {
    expect(() => readLanguageInput(join(dir, "none.txt"))).toThrow(/no such file/);
    expect(() => readLanguageInput(file("e.txt", "  \n"))).toThrow(/empty/);
    expect(() => readLanguageInput(file("b.txt", Buffer.from([0x48, 0x00, 0x49])))).toThrow(/binary/);
    expect(() => readLanguageInput(file("w.txt", Buffer.from([0x48, 0xff, 0x49])))).toThrow(/UTF-8/);
  });

  it("refuses a folder with a clear reason", () => {
    expect(() => readLanguageInput(dir)).toThrow(/is a folder/);
  });
});
