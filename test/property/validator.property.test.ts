/**
 * The validator never throws for a bad record: on arbitrary JSON it returns findings or throws
 * InputError (only for something that is not a record at all), and on arbitrary mutations of the
 * valid fixtures it returns well-formed findings — no rule crashes ("internal"), no message with
 * "undefined", "NaN", "[object Object]" or an unfilled {{placeholder}}, no record text in a message.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { validateRecord, type ValidationResult } from "../../src/rules/run-rules.js";
import { loadProfile, BUILT_IN_PROFILES } from "../../src/profiles/load-profile.js";
import { createCalendar } from "../../src/calendar/index.js";
import { recordTypes } from "../../src/schema/load-schemas.js";
import { InputError } from "../../src/errors.js";
import { severities } from "../../src/schema/finding.js";
import * as fixtures from "../../test/fixtures/records.js";

const calendar = createCalendar({ onWarning: () => {} });
const RECORD_TYPES = Object.values(recordTypes);
const FIXTURES = [
  fixtures.lookedAfterReview, fixtures.cpConference, fixtures.cpPlan, fixtures.escalation, fixtures.goodPracticeNote,
  fixtures.qaProgressReview, fixtures.significantChange, fixtures.concernNote, fixtures.caseFile,
] as const;

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const realDate = fc.integer({ min: Date.UTC(2018, 0, 1) / DAY, max: Date.UTC(2028, 11, 31) / DAY }).map((d) => iso(d * DAY));
const asOf = realDate;
/** A profile id (counterexamples stay short); loaded, and cached, by loadProfile. */
const profile = fc.constantFrom(...BUILT_IN_PROFILES);
const SEVERITIES: readonly string[] = Object.values(severities);

/** Words that only show up in a message when a value went missing or was stringified wrongly. */
const BROKEN = /\bundefined\b|\bNaN\b|\[object Object\]|\{\{\w+\}\}|\bInfinity\b/;

function checkResult(result: ValidationResult): void {
  for (const f of result.findings) {
    expect(typeof f.ruleId).toBe("string");
    expect(SEVERITIES).toContain(f.severity);
    expect(f.path === "" || f.path.startsWith("/"), `path ${f.path}`).toBe(true);
    expect(typeof f.message).toBe("string");
    expect(f.message.length).toBeGreaterThan(0);
    expect(f.message, `${f.ruleId}: ${f.message}`).not.toMatch(BROKEN);
    expect(f.severity, `${f.ruleId} crashed: ${f.message}`).not.toBe("internal");
  }
}

function validateOrInputError(record: unknown, profileId: string, day: string): ValidationResult | undefined {
  try {
    return validateRecord(record, { profile: loadProfile(profileId), asOf: day, calendar });
  } catch (err) {
    expect(err, `threw ${String(err)}`).toBeInstanceOf(InputError);
    // Only something that is not a record may be refused.
    const isRecord = record !== null && typeof record === "object" && !Array.isArray(record) && RECORD_TYPES.includes((record as { recordType?: never }).recordType as never);
    expect(isRecord, "a record of a known type was refused instead of getting findings").toBe(false);
    return undefined;
  }
}

// --- Mutations of valid fixtures -------------------------------------------------------------

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Every path in a value (arrays and objects), root excluded. */
function paths(v: Json, at: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [];
  if (Array.isArray(v)) v.forEach((x, i) => out.push([...at, i], ...paths(x, [...at, i])));
  else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) out.push([...at, k], ...paths(x, [...at, k]));
  return out;
}

function getAt(root: Json, path: (string | number)[]): Json {
  let v: Json = root;
  for (const k of path) v = (v as Record<string, Json>)[k as string] as Json;
  return v;
}

function setAt(root: Json, path: (string | number)[], value: Json | undefined): void {
  const parent = getAt(root, path.slice(0, -1)) as Record<string | number, Json>;
  const key = path[path.length - 1]!;
  if (value === undefined) {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key];
  } else parent[key] = value;
}

const DATE_LIKE = /^\d{4}-\d{2}-\d{2}/;

/** A replacement for one value: mostly the kind a careless edit makes, sometimes anything at all. */
const replacement = (old: Json): fc.Arbitrary<Json | undefined> => {
  const common: fc.Arbitrary<Json | undefined>[] = [
    fc.constant(undefined), // delete the field / array item
    fc.jsonValue() as fc.Arbitrary<Json>,
    fc.constantFrom<Json>(null, "", " ", 0, -1, 1e308, true, [], {}, "2026-02-30", "2027-02-29", "2026-12-15T24:00", "9999-12-31", "0000-01-01"),
  ];
  if (typeof old === "string" && DATE_LIKE.test(old)) {
    // A different real date: the record stays schema-valid, so the rules run on odd date orders.
    common.push(realDate, realDate, realDate.map((d) => `${d}T${old.slice(11) || "09:30"}`));
  } else if (typeof old === "string") {
    common.push(fc.string({ maxLength: 40 }), fc.string({ unit: "grapheme", maxLength: 40 }), fc.constantFrom(old.toUpperCase(), `${old} `, old.repeat(50)));
  } else if (typeof old === "boolean") {
    common.push(fc.constant(!old), fc.constant(!old));
  } else if (typeof old === "number") {
    common.push(fc.integer({ min: -5, max: 100 }), fc.integer({ min: -5, max: 100 }));
  } else if (Array.isArray(old) && old.length > 0) {
    // Duplicate or reorder items: duplicate ids, out-of-order events.
    common.push(fc.constant([...old, ...old]), fc.constant([...old].reverse()), fc.constant([]));
  }
  return fc.oneof(...common);
};

/** A fixture with 1–4 fields changed. */
const mutatedRecord: fc.Arbitrary<Json> = fc
  .tuple(fc.constantFrom(...FIXTURES), fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 4 }))
  .chain(([make, picks]) => {
    const base = make() as unknown as Json;
    const all = paths(base).filter((p) => p[0] !== "recordType");
    const chosen = picks.map(([a]) => all[a % all.length]!);
    return fc.tuple(...chosen.map((p) => replacement(getAt(base, p)))).map((values) => {
      const rec = structuredClone(base);
      // Deepest paths first, so deleting an array item does not shift a later one.
      const edits = chosen.map((p, i) => ({ p, v: values[i] })).sort((x, y) => y.p.length - x.p.length);
      for (const { p, v } of edits) {
        try {
          getAt(rec, p.slice(0, -1));
          if (getAt(rec, p.slice(0, -1)) !== undefined && typeof getAt(rec, p.slice(0, -1)) === "object") setAt(rec, p, v);
        } catch {
          // the path went away with an earlier edit
        }
      }
      return rec;
    });
  });

describe("validateRecord (property)", () => {
  it("never throws on arbitrary JSON, except InputError for what is not a record", () => {
    fc.assert(
      fc.property(fc.jsonValue(), profile, asOf, (json, p, day) => {
        const r = validateOrInputError(json, p, day);
        if (r) checkResult(r);
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on arbitrary objects that claim a known record type", () => {
    const claimed = fc
      .tuple(fc.constantFrom(...RECORD_TYPES), fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 12 }))
      .map(([recordType, rest]) => ({ ...rest, recordType }));
    fc.assert(
      fc.property(claimed, profile, asOf, (json, p, day) => {
        const r = validateOrInputError(json, p, day);
        expect(r).toBeDefined();
        checkResult(r!);
      }),
      { numRuns: 200 },
    );
  });

  it("returns well-formed findings, never a rule crash, for mutated fixtures", () => {
    fc.assert(
      fc.property(mutatedRecord, profile, asOf, (rec, p, day) => {
        const r = validateOrInputError(rec, p, day);
        expect(r).toBeDefined();
        checkResult(r!);
      }),
      { numRuns: 400 },
    );
  });

  it("runs every rule on schema-valid date shuffles without a crash (the rules' own edge cases)", () => {
    // Only date changes: the record stays valid, so every enabled rule runs on it.
    const shuffled = fc.tuple(fc.constantFrom(...FIXTURES), fc.array(realDate, { minLength: 30, maxLength: 30 }), fc.nat()).map(([make, dates, seed]) => {
      const rec = make() as unknown as Json;
      let i = seed;
      for (const p of paths(rec)) {
        const v = getAt(rec, p);
        if (typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v) && i++ % 3 === 0) setAt(rec, p, dates[i % dates.length]!);
      }
      return rec;
    });
    fc.assert(
      fc.property(shuffled, profile, asOf, (rec, p, day) => {
        const r = validateOrInputError(rec, p, day);
        checkResult(r!);
      }),
      { numRuns: 300 },
    );
  });

  it("never puts a record's free text into a finding's message", () => {
    const MARK = "Qzxwvut Marker";
    const SKIP_KEYS = new Set(["id", "recordId", "decisionId", "childId", "conferenceId", "recordType", "role", "linkedDecisionIds", "status", "type", "stage", "category"]);
    fc.assert(
      fc.property(fc.constantFrom(...FIXTURES), profile, asOf, fc.nat(), (make, p, day, seed) => {
        const rec = make() as unknown as Json;
        // Plant the marker in about half of the free-text fields (names, views, notes).
        let i = seed;
        for (const path of paths(rec)) {
          const key = String(path[path.length - 1]);
          const v = getAt(rec, path);
          if (typeof v === "string" && !SKIP_KEYS.has(key) && !DATE_LIKE.test(v) && /\s/.test(v) && i++ % 2 === 0) setAt(rec, path, `${MARK} ${v}`);
        }
        const r = validateOrInputError(rec, p, day);
        for (const f of r?.findings ?? []) expect(f.message, f.ruleId).not.toContain("Qzxwvut");
      }),
      { numRuns: 150 },
    );
  });
});
