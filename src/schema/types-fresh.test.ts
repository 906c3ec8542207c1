import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { generateTypes } from "../../scripts/gen-types.js";
import { shippedPath } from "../paths.js";

// src/types/ is generated from schemas/; a stale copy would let code and schema drift apart.
describe("src/types is generated from schemas/", () => {
  const dir = shippedPath("src", "types");
  let generated: Map<string, string>;
  beforeAll(async () => {
    generated = await generateTypes();
  });

  it("matches a fresh generation exactly (run npm run gen:types)", async () => {
    const onDisk = readdirSync(dir).filter((f) => f.endsWith(".ts")).sort();
    expect(onDisk, "src/types holds exactly the generated files: run npm run gen:types").toEqual([...generated.keys()].sort());
    for (const [name, text] of generated) {
      const current = readFileSync(join(dir, name), "utf8");
      expect(current === text, `src/types/${name} is stale: run npm run gen:types`).toBe(true);
    }
  });

  it("never types a field as an open bag ([k: string]: unknown)", async () => {
    for (const [name, text] of generated) {
      expect(text.includes("[k: string]: unknown"), `src/types/${name} has an index signature of unknown`).toBe(false);
      expect(/:\s*(any|unknown)\b/.test(text), `src/types/${name} has an any or unknown field`).toBe(false);
    }
  });

  it("marks every file as generated", async () => {
    for (const [name, text] of generated) {
      expect(text.startsWith("/* eslint-disable */\n/**\n * Generated"), `src/types/${name} header`).toBe(true);
      expect(text).toContain("Do not edit");
    }
  });
});
