import { describe, expect, it } from "vitest";
import { caseFile, cpPlan, lookedAfterReview } from "../../test/fixtures/records.js";
import { checkSchema } from "./schema-findings.js";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { shippedPath } from "../paths.js";
import { DISCRIMINATOR, forgetFindings, memoKeyFor } from "./findings-memo.js";
import { getValidator } from "./load-schemas.js";

type Loose = Record<string, unknown> & { [k: string]: any };

/** Records that fail their schema in ways whose wording reads the record: typos, value types, tags. */
function brokenRecords(): unknown[] {
  const out: unknown[] = [];
  const lar = (change: (r: Loose) => void) => {
    const r = lookedAfterReview() as unknown as Loose;
    change(r);
    out.push(r);
  };
  // An enum's "did you mean" quotes a suggestion from the value: same error, different wording.
  lar((r) => (r.placement.type = "foster-cair"));
  lar((r) => (r.placement.type = "residentail"));
  lar((r) => (r.placement.type = "zzzz"));
  lar((r) => (r.permanence.plan = "adopton"));
  // A union (a report from an agency's name or a person) reported by the value's type.
  lar((r) => (r.reportsReceived[0].from = 42));
  lar((r) => (r.reportsReceived[0].from = { role: "Social Worker" }));
  lar((r) => (r.reportsReceived[0].from = ["Łukasz Wróbel"]));
  lar((r) => (r.reportsReceived[1].from = true));
  // Missing fields at different depths, and fields that are not part of the record.
  lar((r) => delete r.placement.startDate);
  lar((r) => delete r.decisions[1].owner);
  lar((r) => (r.decisions[0].owner = "Łukasz Wróbel"));
  lar((r) => (r.decisions[0].status = "done"));
  lar((r) => (r.decisions[1].completedOn = "2027-01-01"));
  lar((r) => (r.childViews.wishesAndFeelingz = "text"));
  lar((r) => (r["Amara Okafor"] = "a name typed as a key"));
  lar((r) => (r.reviewDate = "2026-13-45"));
  lar((r) => (r.reviewNumber = "3"));
  lar((r) => (r.reviewNumber = 3.5));
  // A case file's records are chosen by their recordType: a typo'd tag, another tag, none.
  for (const tag of ["looked-after-reveiw", "cp-plna", undefined, 7]) {
    const cf = caseFile() as unknown as Loose;
    if (tag === undefined) delete cf.records[0].recordType;
    else cf.records[0].recordType = tag;
    out.push(cf);
  }
  const cf = caseFile() as unknown as Loose;
  cf.records[0].placement.type = "kinshp";
  out.push(cf);
  // The same error at the same place ("id" missing from /records/0) in a review and in a plan: the
  // finding names the schema file that declares the field, which the record's tag chose.
  for (const record of [lookedAfterReview(), cpPlan()]) {
    const withRecord = caseFile() as unknown as Loose;
    const r = record as unknown as Loose;
    delete r.id;
    withRecord.records = [r];
    out.push(withRecord);
  }
  const plan = cpPlan() as unknown as Loose;
  plan.outcomes[0].actions[0].dueDate = "soon";
  out.push(plan);
  return out;
}

describe("schema findings memo", () => {
  it("gives every record the findings it gets when worked out alone, remembered or not", () => {
    // why: a remembered finding is reused only for a record whose errors, and what the wording
    // reads of it (value types, tags, the value quoted in a suggestion), are the same.
    const records = brokenRecords();
    const alone = records.map((r) => {
      forgetFindings();
      return checkSchema(structuredClone(r));
    });
    for (const f of alone) expect(f.length).toBeGreaterThan(0);
    forgetFindings();
    const together = records.map((r) => checkSchema(structuredClone(r)));
    const again = records.map((r) => checkSchema(structuredClone(r)));
    expect(together).toStrictEqual(alone);
    expect(again).toStrictEqual(alone);
  });

  it("hands out copies: changing one record's findings changes no other's", () => {
    const record = brokenRecords()[0];
    forgetFindings();
    const first = checkSchema(structuredClone(record));
    const expected = structuredClone(first);
    first[0]!.message = "changed";
    first[0]!.source.document = "changed";
    if (first[0]!.data) first[0]!.data["allowed"] = "changed";
    expect(checkSchema(structuredClone(record))).toStrictEqual(expected);
  });

  it("keys records that differ only in text the findings do not read alike, and a typo's value apart", () => {
    const key = (r: Loose) => {
      const validate = getValidator("looked-after-review");
      expect(validate(r)).toBe(false);
      return memoKeyFor("looked-after-review", validate.errors!, r);
    };
    const a = lookedAfterReview() as unknown as Loose;
    const b = lookedAfterReview() as unknown as Loose;
    delete a.placement.startDate;
    delete b.placement.startDate;
    b.childViews.wishesAndFeelings = "Other words entirely.";
    b.iro = { ...b.iro, name: "Chidi Eze" };
    expect(key(a)).toBe(key(b));
    const c = lookedAfterReview() as unknown as Loose;
    const d = lookedAfterReview() as unknown as Loose;
    c.placement.type = "foster-cair";
    d.placement.type = "residentail";
    expect(key(c)).not.toBe(key(d));
    // A personal name elsewhere in the record never enters the key.
    expect(key(b)).not.toContain("Chidi");
  });

  it("keys on the one property every schema's discriminator names", () => {
    // why: locate() follows a discriminator to the branch its tag names, so the key holds that
    // tag; a schema naming another property would make two records with different tags one key.
    const names = new Set<string>();
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node !== null && typeof node === "object") {
        const disc = (node as { discriminator?: { propertyName?: string } }).discriminator;
        if (disc?.propertyName !== undefined) names.add(disc.propertyName);
        Object.values(node).forEach(walk);
      }
    };
    const dir = shippedPath("schemas");
    const files = readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith(".json"));
    expect(files.length).toBeGreaterThan(8);
    for (const f of files) walk(JSON.parse(readFileSync(join(dir, f), "utf8")));
    expect([...names]).toEqual([DISCRIMINATOR]);
  });
});
