import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { shippedPath } from "../paths.js";
import { allSchemas, createAjv, getValidator, schemaFor, schemaNames, type SchemaName } from "./load-schemas.js";
import { checkSchema } from "./schema-findings.js";
import { minimalRecord } from "./test-fixtures.js";

type Node = Record<string, unknown>;
const isNode = (v: unknown): v is Node => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Every schema node that describes data, with a readable location. Conditionals (if/then/else,
 * not) and propertyNames only constrain; they describe no field of their own.
 */
function* walk(node: Node, where: string): Generator<[Node, string]> {
  yield [node, where];
  for (const [key, value] of Object.entries(isNode(node.properties) ? node.properties : {})) {
    if (isNode(value)) yield* walk(value, `${where}/properties/${key}`);
  }
  for (const [key, value] of Object.entries(isNode(node.$defs) ? node.$defs : {})) {
    if (isNode(value)) yield* walk(value, `${where}/$defs/${key}`);
  }
  if (isNode(node.items)) yield* walk(node.items, `${where}/items`);
  if (isNode(node.additionalProperties)) yield* walk(node.additionalProperties, `${where}/additionalProperties`);
  for (const k of ["anyOf", "oneOf"]) {
    const list = node[k];
    if (Array.isArray(list)) for (const [i, v] of list.entries()) if (isNode(v)) yield* walk(v, `${where}/${k}/${i}`);
  }
}

const schemas = allSchemas();
const names = Object.values(schemaNames);

describe("every schema file", () => {
  it("lists exactly the files in schemas/", () => {
    const files = schemas.map((s) => s.file).sort();
    expect(files).toContain("schemas/common/defs.schema.json");
    for (const name of names) expect(files).toContain(`schemas/${name}.schema.json`);
    expect(files).toHaveLength(names.length + 1);
  });

  for (const { file, id, schema } of schemas) {
    describe(file, () => {
      it("is draft 2020-12 with an $id that names its file", () => {
        expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
        expect(id).toBe(`https://reviewkit.dev/${file}`);
        expect(typeof schema.title).toBe("string");
        expect(typeof schema.description).toBe("string");
      });

      it("gives every property and every $def a title and a description", () => {
        for (const [node, where] of walk(schema, "#")) {
          const named: [string, unknown][] = [
            ...Object.entries(isNode(node.properties) ? node.properties : {}),
            ...Object.entries(isNode(node.$defs) ? node.$defs : {}),
          ];
          for (const [key, prop] of named) {
            expect(isNode(prop), `${where}: ${key} is a schema`).toBe(true);
            const p = prop as Node;
            expect(typeof p.title === "string" && p.title.trim() !== "", `${where}: ${key} has a title`).toBe(true);
            expect(typeof p.description === "string" && p.description.trim() !== "", `${where}: ${key} has a description`).toBe(true);
          }
        }
      });

      it("closes every object: additionalProperties false, or a typed map with checked keys", () => {
        for (const [node, where] of walk(schema, "#")) {
          if (isNode(node.properties)) {
            expect(node.additionalProperties, `${where} has additionalProperties: false`).toBe(false);
          } else if (node.type === "object") {
            const union = Array.isArray(node.oneOf) || Array.isArray(node.anyOf);
            const map = isNode(node.additionalProperties) && isNode(node.propertyNames);
            expect(union || map, `${where} is a union of closed objects or a map with checked keys`).toBe(true);
          }
        }
      });

      it("uses only the date formats and enums the project allows", () => {
        for (const [node, where] of walk(schema, "#")) {
          if (node.format !== undefined) expect(["date", "local-date-time", "email", "uri"], where).toContain(node.format);
          if (Array.isArray(node.enum)) expect(new Set(node.enum).size, `${where}: enum values are unique`).toBe(node.enum.length);
        }
      });

      it("compiles in strict mode", () => {
        const ajv = createAjv();
        for (const s of schemas) ajv.addSchema(s.schema);
        expect(() => ajv.getSchema(id)).not.toThrow();
        expect(ajv.getSchema(id)).toBeTypeOf("function");
      });
    });
  }
});

describe("a minimal valid record of each type", () => {
  for (const name of names) {
    it(`passes: ${name}`, () => {
      expect(getValidator(name)(minimalRecord(name))).toBe(true);
      expect(checkSchema(minimalRecord(name), name)).toEqual([]);
    });
  }

  it("is still valid inside a case file", () => {
    const caseFile = minimalRecord("case-file");
    caseFile.records = names.filter((n) => n !== "case-file" && n !== "profile").map((n) => minimalRecord(n));
    expect(checkSchema(caseFile)).toEqual([]);
  });
});

describe("an invalid record fails with a plain-English finding", () => {
  it("a date that does not exist", () => {
    const r = minimalRecord("looked-after-review");
    r.minutes = { sentOn: "2026-02-30" };
    expect(checkSchema(r)).toEqual([
      {
        ruleId: "schema/format",
        severity: "error",
        path: "/minutes/sentOn",
        message: '"Minutes sent on" must be a real date in the form YYYY-MM-DD',
        requirement: "KIRO-2.9",
        source: { document: "schemas/looked-after-review.schema.json", paragraph: "Minutes sent on" },
        data: { format: "date" },
      },
    ]);
  });

  it("a missing field, pointed at where it belongs", () => {
    const r = minimalRecord("looked-after-review");
    delete r.nextReviewDate;
    delete (r.child as Node).dateOfBirth;
    const findings = checkSchema(r);
    expect(findings.map((f) => [f.ruleId, f.path, f.message])).toEqual([
      ["schema/required", "/nextReviewDate", '"Next review date" is missing: write "nextReviewDate": a real date in the form YYYY-MM-DD'],
      ["schema/required", "/child/dateOfBirth", '"Date of birth" in "Child" is missing: write "dateOfBirth": a real date in the form YYYY-MM-DD'],
    ]);
    expect(findings[1]?.source).toEqual({ document: "schemas/common/defs.schema.json", paragraph: "Date of birth" });
  });

  it("a field the record does not have", () => {
    const r = minimalRecord("cp-plan");
    r.minutesSentOn = "2026-11-12";
    expect(checkSchema(r).map((f) => [f.ruleId, f.path, f.message])).toEqual([
      ["schema/additionalProperties", "/minutesSentOn", '"minutesSentOn" is not a field of this record; check the spelling or remove it'],
    ]);
  });

  it("a value outside a closed list names the values allowed", () => {
    const r = minimalRecord("escalation");
    r.category = "Urgent";
    const [f] = checkSchema(r);
    expect(f?.ruleId).toBe("schema/enum");
    expect(f?.message).toBe('"Category" must be one of: Safeguarding, Drift and Delay, Process');
  });

  it("a date and time with hour 24 gives one finding, not one per accepted form", () => {
    const r = minimalRecord("cp-plan");
    r.completedAt = "2026-11-11T24:00";
    expect(checkSchema(r).map((f) => [f.path, f.message])).toEqual([
      [
        "/completedAt",
        '"Plan completed at" must be a real date in the form YYYY-MM-DD or a real date and time in the form YYYY-MM-DDTHH:MM, with no time zone',
      ],
    ]);
  });

  it("a case file reports a bad record against its own record type only", () => {
    const cf = minimalRecord("case-file");
    const review = minimalRecord("looked-after-review");
    review.reviewNumber = 0;
    cf.records = [minimalRecord("cp-plan"), review];
    expect(checkSchema(cf).map((f) => [f.ruleId, f.path, f.message])).toEqual([
      ["schema/minimum", "/records/1/reviewNumber", '"Review number" in "Records" item 2 must be at least 1'],
    ]);
  });

  it("never repeats what the record says", () => {
    const secret = "Amy told me about Uncle Bob";
    const r = minimalRecord("looked-after-review");
    (r.placement as Node).type = secret;
    r.reviewNumber = secret;
    r[secret] = secret;
    (r.child as Node).dateOfBirth = secret;
    const findings = checkSchema(r);
    expect(findings).toHaveLength(4);
    for (const f of findings) expect(JSON.stringify({ ...f, path: "" })).not.toContain("Uncle Bob");
  });
});

describe("the shipped profiles", () => {
  const dir = shippedPath("profiles");
  const files = readdirSync(dir).filter((f) => f.endsWith(".json"));
  for (const file of files) {
    it(`${file} matches schemas/profile.schema.json`, () => {
      const data: unknown = JSON.parse(readFileSync(`${dir}/${file}`, "utf8"));
      expect(checkSchema(data, "profile")).toEqual([]);
    });
  }

  it("a profile other than england must say what it extends", () => {
    expect(checkSchema({ id: "my-authority", name: "Mine", description: "Mine." }, "profile").map((f) => f.message)).toEqual([
      '"Extends" is missing: write "extends": text',
    ]);
  });
});

describe("copies of the child summary stay in step with common/defs", () => {
  const defsFile = allSchemas().find((s) => s.file === "schemas/common/defs.schema.json");
  const summary = ((defsFile?.schema.$defs as Node).childSummary as Node).properties as Node;
  // The same field, wherever it is written: a $ref compared by the address it resolves to.
  const absolute = (prop: unknown, base: string): unknown =>
    isNode(prop) && typeof prop.$ref === "string" ? { ...prop, $ref: new URL(prop.$ref, base).href } : prop;
  const copies: [SchemaName, string][] = [
    ["cp-conference", "child"],
    ["case-file", "caseFileChild"],
  ];
  for (const [name, def] of copies) {
    it(`${name} $defs/${def}`, () => {
      const schema = schemaFor(name);
      const copy = ((schema.$defs as Node)[def] as Node).properties as Node;
      for (const [key, prop] of Object.entries(summary)) {
        expect(absolute(copy[key], String(schema.$id)), key).toEqual(absolute(prop, String(defsFile?.id)));
      }
    });
  }
});

describe("the schemas and the standards' requirements", () => {
  const rows = readFileSync(shippedPath("standards", "requirements.tsv"), "utf8")
    .trim()
    .split("\n")
    .slice(1)
    .map((line) => line.split("\t"));
  const known = new Set(rows.map((r) => r[0]));
  const cited = new Set<string>();
  for (const { schema } of schemas) {
    for (const [node] of walk(schema, "#")) {
      const text = typeof node.description === "string" ? node.description : "";
      for (const id of text.match(/\b(?:KIRO|KCP|LEI|WB|GL|KSW|NAT)-[A-Za-z0-9]+(?:[.-][A-Za-z0-9]+)*/g) ?? []) cited.add(id);
    }
  }

  it("cite only requirement ids that exist", () => {
    expect([...cited].filter((id) => !known.has(id))).toEqual([]);
  });

  it("give every content, timescale and cross-record requirement a field that cites it", () => {
    const kinds = new Set(["content", "timescale", "cross-record"]);
    const needed = rows.filter((r) => (r[4] ?? "").split("+").some((k) => kinds.has(k))).map((r) => r[0]);
    expect(needed.length).toBeGreaterThan(60);
    expect(needed.filter((id) => id !== undefined && !cited.has(id))).toEqual([]);
  });
});
