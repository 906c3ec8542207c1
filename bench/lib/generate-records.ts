/**
 * Realistic generated records for the bench (and the property tests' seeds): the fictional
 * fixtures in test/fixtures/records.ts and any example files, varied the way real case files vary —
 * dates moved across the calendar, different names (with the accents real names carry), different
 * lengths of prose, 0–12 decisions, 2–10 attendees, minutes sent on time or late or not yet, a few
 * records with schema problems. Seeded, so every run validates the same records.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import * as fixtures from "../../test/fixtures/records.js";

/** mulberry32: a small, fast, seeded PRNG; enough for test data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
export const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
export const int = (r: Rand, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));

const GIVEN = ["Amara", "Tobi", "Siân", "Łukasz", "Zoë", "Mohammed", "Aoife", "Chloé", "Dmitri", "Niamh", "Kwame", "Priya", "Fatima", "Oisín", "Jörg", "Hằng", "Ayşe", "Björn", "Mía", "Kacper", "Grace", "Ellis", "Ruby", "Jayden"];
const FAMILY = ["Okafor", "Llŷr", "Wróbel", "Nguyễn", "Al-Sayed", "Byrne", "Boateng", "Raman", "Sokolov", "O'Neill", "Müller", "Ferreira", "Kowalczyk", "Smith", "Öztürk", "Mensah", "Hussain", "Evans", "Davies", "McAllister"];
const ROLES = ["Social Worker", "Team Manager", "Foster Carer", "Designated Nurse", "Head Teacher", "Virtual School Officer", "Health Visitor", "Advocate", "Residential Key Worker", "CAMHS Practitioner"];
const SENTENCES = [
  "The child said she feels safe where she lives and wants to stay.",
  "Contact with her brother has happened every week since the last review.",
  "School attendance has improved to 96% this term, and she has joined the football club.",
  "The social worker visited within the timescale and saw the child alone.",
  "The foster carers asked for more support with bedtime routines.",
  "A referral to CAMHS was made on the date agreed and an appointment has been offered.",
  "The personal education plan was reviewed and the targets are on track.",
  "He would like to see his dad more often, but only at the family centre.",
  "Her health assessment is due next month; the nurse will arrange it with the carers.",
  "The IRO spoke with the child before the meeting, by video call, as he asked.",
  "Life story work has started and the child has chosen photos for the book.",
  "The plan for permanence is long-term fostering with the current carers.",
  "Letterbox contact with the birth mother continues twice a year.",
  "He said: \"I want to go to the same school as my friends\" — the team will ask the school.",
  "The child's views were shared by the advocate, with the child's agreement.",
];

/**
 * Prose of about `n` characters, from plain sentences a review really contains; never longer than
 * `cap` (cut at a word), so a field the schema bounds stays inside its bound.
 */
function prose(r: Rand, n: number, cap = Infinity): string {
  let s = pick(r, SENTENCES);
  while (s.length < n) s += " " + pick(r, SENTENCES);
  if (s.length > cap) {
    s = s.slice(0, cap);
    const space = s.lastIndexOf(" ");
    if (space > 20) s = s.slice(0, space);
  }
  return s;
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})(T\d{2}:\d{2}(?::\d{2})?)?$/;
function shiftDate(s: string, days: number): string {
  const m = DATE_RE.exec(s);
  if (!m) return s;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]! + days));
  return d.toISOString().slice(0, 10) + (m[4] ?? "");
}
export function addDays(iso: string, days: number): string {
  return shiftDate(iso, days);
}

/** Moves every date in the record by the same number of days (ages and orders stay as they were). */
export function shiftAll(value: unknown, days: number): unknown {
  if (typeof value === "string") return DATE_RE.test(value) ? shiftDate(value, days) : value;
  if (Array.isArray(value)) return value.map((v) => shiftAll(v, days));
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = shiftAll(v, days);
    return out;
  }
  return value;
}

const NAME_KEYS = new Set(["name", "from", "explainedBy"]);

/** Renames people consistently (the same old name gets the same new name wherever it appears) and rewrites prose. */
export function vary(value: unknown, r: Rand, names: Map<string, string>, key = ""): unknown {
  if (typeof value === "string") {
    if (DATE_RE.test(value)) return value;
    if (NAME_KEYS.has(key) || names.has(value)) {
      let n = names.get(value);
      if (!n) names.set(value, (n = `${pick(r, GIVEN)} ${pick(r, FAMILY)}`));
      return n;
    }
    // Prose: long, with spaces; enum values, roles and ids are short or have none. The new text
    // keeps within the bound the old one kept (schemas cap names and one-line fields at 64 or 200
    // characters): a varied record breaks its schema only where breakSchema means it to.
    if (value.length >= 40 && value.includes(" ")) return prose(r, int(r, 40, 400), value.length <= 64 ? value.length : Math.max(value.length, 200));
    return value;
  }
  if (Array.isArray(value)) return value.map((v) => vary(v, r, names, key));
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = vary(v, r, names, k);
    return out;
  }
  return value;
}

function person(r: Rand): Record<string, string> {
  const given = pick(r, GIVEN);
  const family = pick(r, FAMILY);
  return { name: `${given} ${family}`, role: pick(r, ROLES), organisation: "Children's Social Care" };
}

/** A looked-after review with a varied decisions table, attendance, and minutes on time, late or not yet sent. */
function varyReview(rec: Record<string, unknown>, r: Rand, decisions = int(r, 0, 12)): void {
  const review = String(rec["reviewDate"]);
  rec["decisions"] = Array.from({ length: decisions }, (_, i) => {
    const status = pick(r, ["open", "open", "open", "done", "dropped"] as const);
    const d: Record<string, unknown> = {
      id: `D${i + 1}`,
      text: prose(r, int(r, 40, 220)),
      owner: person(r),
      dueDate: addDays(review, int(r, 7, 180)),
    };
    if (r() < 0.9) d["childFriendlyText"] = prose(r, int(r, 30, 120));
    // Progress is a dated history: a check (sometimes), then done or dropped (sometimes), oldest first.
    const updates: { on: string; status: string }[] = [];
    const closedOn = status === "open" ? undefined : addDays(review, int(r, 3, 90));
    if (r() < 0.5) updates.push({ on: addDays(review, int(r, 20, 100)), status: "in-progress" });
    if (closedOn !== undefined) updates.push({ on: closedOn, status });
    updates.sort((x, y) => (x.on < y.on ? -1 : x.on > y.on ? 1 : 0));
    if (updates.length > 0) d["updates"] = updates;
    return d;
  });
  rec["attendance"] = Array.from({ length: int(r, 2, 10) }, () => ({
    ...person(r),
    attendance: pick(r, ["present", "present", "present", "apologies", "did-not-attend"] as const),
    ...(r() < 0.5 ? { reportProvided: r() < 0.8 } : {}),
  }));
  const roll = r();
  if (roll < 0.15) delete rec["minutes"];
  else {
    const sent = addDays(review, int(r, 5, 40)); // sometimes well past 20 working days
    rec["minutes"] = { completedOn: sent, sentOn: sent };
  }
  if (r() < 0.2) delete rec["childDecisionsLetter"];
  if (r() < 0.2) delete rec["outcomesRecordedOn"];
}

/** A schema problem of the kind people make: a missing field, a wrong type, a misspelt key, an impossible date. */
function breakSchema(rec: Record<string, unknown>, r: Rand): void {
  const roll = r();
  if (roll < 0.25) delete rec["id"];
  else if (roll < 0.5) rec["id"] = 42;
  else if (roll < 0.75) rec["notes_extra"] = "typed into the wrong field";
  else rec["child"] = { ...(rec["child"] as object), dateOfBirth: "2014-02-30" };
}

/** The base records: every fixture, plus example records when examples/ has any. */
export function baseRecords(examplesDir = join(import.meta.dirname, "..", "..", "examples")): { record: Record<string, unknown>; asOf: string }[] {
  const bases: { record: Record<string, unknown>; asOf: string }[] = [];
  const asOf = "2027-03-15";
  const make = [
    fixtures.lookedAfterReview, fixtures.lookedAfterReview, fixtures.lookedAfterReview,
    fixtures.cpConference, fixtures.cpConference, fixtures.cpPlan, fixtures.escalation,
    fixtures.goodPracticeNote, fixtures.qaProgressReview, fixtures.significantChange,
    fixtures.concernNote, fixtures.caseFile, fixtures.caseFile,
  ];
  for (const m of make) bases.push({ record: m() as unknown as Record<string, unknown>, asOf });
  for (const file of walkJson(examplesDir)) {
    try {
      const record = JSON.parse(readFileSync(file, "utf8").replace(/^\uFEFF/, "")) as unknown;
      if (record && typeof record === "object" && !Array.isArray(record) && typeof (record as { recordType?: unknown }).recordType === "string") {
        const r = record as Record<string, unknown>;
        bases.push({ record: r, asOf: "2026-11-23" });
        // Each record of an example case file is also a base on its own, as a file a user validates.
        for (const inner of Array.isArray(r["records"]) ? (r["records"] as Record<string, unknown>[]) : []) bases.push({ record: inner, asOf: "2026-11-23" });
      }
    } catch {
      // An example that is deliberately broken (examples/**/invalid) is not a base.
    }
  }
  return bases;
}

function walkJson(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir).sort();
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const e of entries) {
    const p = join(dir, e);
    if (e.includes("invalid")) continue;
    if (statSync(p).isDirectory()) out.push(...walkJson(p));
    else if (e.endsWith(".json") && !e.endsWith(".findings.json")) out.push(p);
  }
  return out;
}

export interface GeneratedRecord {
  record: Record<string, unknown>;
  asOf: string;
  recordType: string;
}

/**
 * `n` generated records: ~95% valid to their schema, ~5% with one schema problem.
 * @example const recs = generateRecords(10_000, 1); recs[0].record.recordType
 */
export function generateRecords(n: number, seed = 20261210, options: { schemaErrorRate?: number } = {}): GeneratedRecord[] {
  const r = prng(seed);
  const all = baseRecords();
  // About one file in five is a whole case file (a child's history, tens of KB); the rest single records.
  const caseFiles = all.filter((b) => b.record["recordType"] === "case-file");
  const singles = all.filter((b) => b.record["recordType"] !== "case-file");
  const errorRate = options.schemaErrorRate ?? 0.05;
  const out: GeneratedRecord[] = [];
  for (let i = 0; i < n; i++) {
    const base = pick(r, r() < 0.2 ? caseFiles : singles);
    // Stay inside the shipped bank-holiday data (2018–2028): no horizon warnings.
    const shift = int(r, -700, 300);
    const rec = vary(shiftAll(structuredClone(base.record), shift), r, new Map()) as Record<string, unknown>;
    const type = String(rec["recordType"]);
    if (type === "looked-after-review") varyReview(rec, r);
    if (type === "case-file" && Array.isArray(rec["records"])) {
      for (const inner of rec["records"] as Record<string, unknown>[]) {
        if (inner["recordType"] === "looked-after-review") varyReview(inner, r);
      }
    }
    if (r() < errorRate) breakSchema(rec, r);
    out.push({ record: rec, asOf: addDays(base.asOf, shift + int(r, -30, 60)), recordType: type });
  }
  return out;
}

/** A looked-after review with exactly `rows` decisions (the growth bench's 200 vs 2,000-row tables). */
export function reviewWithDecisions(rows: number, seed = 7): Record<string, unknown> {
  const r = prng(seed);
  const rec = structuredClone(fixtures.lookedAfterReview()) as unknown as Record<string, unknown>;
  varyReview(rec, r, rows);
  rec["minutes"] = { completedOn: "2026-12-21", sentOn: "2026-12-22" };
  return rec;
}

/**
 * `n` looked-after reviews for letters: the children's ages spread over 4–17 (every letter's age band),
 * dates, names, decisions and prose varied as above.
 */
export function lookedAfterReviews(n: number, seed = 1000): Record<string, unknown>[] {
  const r = prng(seed);
  const out: Record<string, unknown>[] = [];
  for (let i = 0; i < n; i++) {
    const shift = int(r, -500, 300);
    const rec = vary(shiftAll(structuredClone(fixtures.lookedAfterReview()), shift), r, new Map()) as Record<string, unknown>;
    varyReview(rec, r, int(r, 1, 6));
    const review = String(rec["reviewDate"]);
    const child = rec["child"] as Record<string, unknown>;
    child["dateOfBirth"] = addDays(review, -int(r, 4 * 365, 17 * 365));
    rec["id"] = `LAR-${String(i).padStart(5, "0")}`;
    out.push(rec);
  }
  return out;
}
