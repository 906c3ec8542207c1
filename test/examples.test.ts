/**
 * The bundled examples are part of the product: people learn reviewkit from them and `npm run demo`
 * shows them. So:
 *
 * - every case file under examples/<authority>/ validates with no error (or internal) finding under
 *   its own authority's profile, as of 23 November 2026;
 * - together they hold every record type, both kinds of conference, both QA progress review forms,
 *   both significant-change audiences, and escalations that go from informal to formal;
 * - every file in examples/invalid/ produces exactly the findings its `.findings.json` lists;
 * - the text written for a child or a parent passes the plain-language check for its reader;
 * - nothing in them looks like real personal data (Ofcom drama phone numbers, example.org email).
 *
 * When a rule finds a genuine problem in an example, fix the example, not the rule.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { validateRecord } from "../src/rules/run-rules.js";
import { loadProfile, BUILT_IN_PROFILES } from "../src/profiles/load-profile.js";
import { readJsonFile } from "../src/io/read-json.js";
import { validateFiles } from "../src/validate/validate-files.js";
import { recordTypes } from "../src/schema/load-schemas.js";
import { checkRecordLanguage } from "../src/language/check-record.js";
import { RECORD_TEXT_FIELDS } from "../src/language/record-fields.js";
import { shippedPath } from "../src/paths.js";
import { ageOn } from "../src/people/age.js";
import type { Finding } from "../src/schema/finding.js";
import type { CaseFile } from "../src/types/index.js";

const AS_OF = "2026-11-23";
const EXAMPLES = shippedPath("examples");
const INVALID = join(EXAMPLES, "invalid");

type AnyRecord = CaseFile["records"][number];

/** The example case files, by authority folder (one folder per built-in profile). */
function caseFiles(): { authority: string; file: string; name: string }[] {
  return BUILT_IN_PROFILES.flatMap((authority) =>
    readdirSync(join(EXAMPLES, authority))
      .filter((f) => f.endsWith(".json"))
      .sort()
      .map((name) => ({ authority, file: join(EXAMPLES, authority, name), name })),
  );
}

function readCase(file: string): CaseFile {
  return readJsonFile(file) as CaseFile;
}

function allRecords(): AnyRecord[] {
  return caseFiles().flatMap(({ file }) => readCase(file).records);
}

/** One finding per line, for failure messages: severity, rule, place, message. */
function show(findings: readonly Finding[]): string {
  return findings.map((f) => `  ${f.severity} ${f.ruleId} ${f.path || "/"}: ${f.message}`).join("\n");
}

const KEY = (f: { ruleId: string; path: string; severity: string }) => `${f.severity} ${f.ruleId} ${f.path}`;

describe("example case files", () => {
  const files = caseFiles();

  it("has at least one case file for every built-in profile", () => {
    for (const authority of BUILT_IN_PROFILES) {
      expect(files.filter((f) => f.authority === authority).length, `examples/${authority}/`).toBeGreaterThan(0);
    }
  });

  it.each(files.map((f) => [`${f.authority}/${f.name}`, f] as const))(
    "%s is a case file for its own authority and validates with no errors as of 23 November 2026",
    (_label, { authority, file, name }) => {
      expect(name, "example case files are named <something>.case.json").toMatch(/\.case\.json$/);
      const json = readCase(file);
      expect(json.recordType).toBe("case-file");
      expect(json.authority, "the case file's authority is the folder it sits in").toBe(authority);
      const result = validateRecord(json, { profile: loadProfile(authority), asOf: AS_OF });
      const bad = result.findings.filter((f) => f.severity === "error" || f.severity === "internal");
      expect(bad, `${authority}/${name} has findings:\n${show(result.findings)}`).toEqual([]);
      expect(result.rulesRun.length, "some rules actually ran").toBeGreaterThan(0);
    },
  );

  it("keeps record ids unique within each case file, and every record about the case file's child or their sibling group", () => {
    for (const { authority, name, file } of files) {
      const cf = readCase(file);
      const ids = cf.records.map((r) => r.id);
      expect(new Set(ids).size, `${authority}/${name} record ids`).toBe(ids.length);
      const eventIds = cf.events.map((e) => e.id);
      expect(new Set(eventIds).size, `${authority}/${name} event ids`).toBe(eventIds.length);
      for (const r of cf.records) {
        const children = r.recordType === "cp-conference" ? r.children.map((c) => c.id) : [r.child.id];
        const siblings = cf.records.flatMap((x) => (x.recordType === "cp-conference" ? x.children.map((c) => c.id) : []));
        expect(
          children.some((id) => id === cf.child.id || siblings.includes(id)),
          `${authority}/${name}: record ${r.id} is about child ${children.join(", ")}`,
        ).toBe(true);
      }
    }
  });
});

describe("the examples together", () => {
  const records = allRecords();

  it("use each record id once across all case files (rendering a caseload writes one document per id)", () => {
    const seen = new Map<string, string>();
    for (const { authority, name, file } of caseFiles()) {
      for (const r of readCase(file).records) {
        expect(seen.get(r.id), `${r.id} is in ${seen.get(r.id)} and ${authority}/${name}`).toBeUndefined();
        seen.set(r.id, `${authority}/${name}`);
      }
    }
  });

  it("cover every record type", () => {
    const have = new Set(records.map((r) => r.recordType));
    for (const type of Object.values(recordTypes)) {
      if (type === "case-file") continue;
      expect(have.has(type), `no example holds a ${type} record`).toBe(true);
    }
  });

  it("hold initial and review conferences, both QA progress review forms and both significant-change audiences", () => {
    const kinds = new Set(
      records.map((r) =>
        r.recordType === "cp-conference"
          ? `cp-conference:${r.conferenceType}`
          : r.recordType === "qa-progress-review"
            ? `qa-progress-review:${r.form}`
            : r.recordType === "significant-change"
              ? `significant-change:${r.audience}`
              : r.recordType,
      ),
    );
    for (const k of [
      "cp-conference:initial",
      "cp-conference:review",
      "qa-progress-review:iro",
      "qa-progress-review:cp",
      "significant-change:iro",
      "significant-change:cp-chair",
    ]) {
      expect(kinds.has(k), k).toBe(true);
    }
  });

  it("hold escalations that went from informal to formal stages and were resolved, on both ladders", () => {
    const escalations = records.filter((r) => r.recordType === "escalation");
    const informalThenFormal = escalations.filter(
      (e) => e.events.some((s) => s.stage === "informal") && e.events.some((s) => s.stage?.startsWith("formal-")) && e.outcome,
    );
    expect(informalThenFormal.length, "an escalation with informal and formal stages, resolved").toBeGreaterThan(0);
    const statuses = new Set(escalations.filter((e) => e.events.some((s) => s.stage?.startsWith("formal-"))).map((e) => e.childStatus));
    expect([...statuses].sort()).toEqual(["child-protection", "looked-after"]);
    const formal2 = escalations.filter((e) => e.events.some((s) => s.stage === "formal-2") && e.outcome);
    expect(formal2.length, "an escalation resolved at formal stage 2").toBeGreaterThan(0);
  });

  it("give each child made subject to a plan exactly one plan from each conference", () => {
    for (const { authority, name, file } of caseFiles()) {
      const cf = readCase(file);
      const plans = cf.records.filter((r) => r.recordType === "cp-plan");
      for (const conf of cf.records) {
        if (conf.recordType !== "cp-conference") continue;
        for (const child of conf.children) {
          if (!child.outcome.subjectToPlan) continue;
          const own = plans.filter((p) => p.conferenceId === conf.id && p.child.id === child.id);
          expect(own.length, `${authority}/${name}: plans for ${child.id} from ${conf.id}`).toBe(1);
        }
      }
    }
    const siblingConferences = records.filter((r) => r.recordType === "cp-conference" && r.children.filter((c) => c.outcome.subjectToPlan).length > 1);
    expect(siblingConferences.length, "a conference with siblings on plans").toBeGreaterThan(0);
  });

  it("include children in every age band the standards use", () => {
    const ages = caseFiles().map(({ file }) => ageOn(readCase(file).child.dateOfBirth, AS_OF));
    expect(ages.some((a) => a < 8), "a child under 8 (the youngest letter band)").toBe(true);
    expect(ages.some((a) => a >= 10 && a < 13), "a child of 10 to 12 (advocacy age)").toBe(true);
    expect(ages.some((a) => a === 16), "a 16-year-old (pathway and housing plans)").toBe(true);
  });

  it("have meetings falling due over Christmas 2026 and in early 2027, for the deadlines demo", () => {
    const due = records.flatMap((r) =>
      r.recordType === "looked-after-review" ? [r.nextReviewDate] : r.recordType === "cp-conference" && r.nextReviewConferenceDate ? [r.nextReviewConferenceDate] : [],
    );
    expect(due.some((d) => d >= "2026-12-01" && d <= "2026-12-31"), "something due in December 2026").toBe(true);
    expect(due.some((d) => d >= "2027-01-01" && d <= "2027-02-28"), "something due in early 2027").toBe(true);
  });

  it("write to children and parents in plain words for their age (check-language passes)", () => {
    const failures: string[] = [];
    for (const { authority, name, file } of caseFiles()) {
      const profile = loadProfile(authority);
      for (const r of readCase(file).records) {
        if (!(r.recordType in RECORD_TEXT_FIELDS)) continue;
        const report = checkRecordLanguage(r as unknown as Record<string, unknown>, { profile });
        for (const f of report.fields) {
          if (f.pass) continue;
          const jargon = f.jargon.map((j) => j.term).join(", ");
          failures.push(`${authority}/${name} ${r.id} ${f.path}${jargon ? ` (jargon: ${jargon})` : ""}`);
        }
        if (!report.pass) failures.push(`${authority}/${name} ${r.id} as a whole`);
      }
    }
    expect(failures, failures.join("\n")).toEqual([]);
  });
});

interface ExpectedFindings {
  profile: string;
  asOf: string;
  /** Why the file is invalid, in one line. */
  why: string;
  /** 2 when `reviewkit validate` must refuse the file outright (an impossible date). */
  cliExit?: 2;
  findings: { ruleId: string; path: string; severity: string }[];
}

describe("invalid examples", () => {
  const names = readdirSync(INVALID)
    .filter((f) => f.endsWith(".json") && !f.endsWith(".findings.json"))
    .sort();

  it("has at least 12, each beside its .findings.json (and no findings file without its example)", () => {
    expect(names.length).toBeGreaterThanOrEqual(12);
    const expected = readdirSync(INVALID).filter((f) => f.endsWith(".findings.json"));
    expect(expected.map((f) => f.replace(/\.findings\.json$/, ".json")).sort()).toEqual(names);
  });

  it.each(names)("%s produces exactly the findings it lists", (name) => {
    const file = join(INVALID, name);
    const expected = JSON.parse(readFileSync(file.replace(/\.json$/, ".findings.json"), "utf8")) as ExpectedFindings;
    expect(expected.why.length).toBeGreaterThan(0);
    expect(
      expected.findings.some((f) => f.severity === "error"),
      "an invalid example breaks at least one named rule with an error",
    ).toBe(true);
    const result = validateRecord(readJsonFile(file), { profile: loadProfile(expected.profile), asOf: expected.asOf });
    const got = result.findings.map(KEY).sort();
    expect(got, `${name} gave:\n${show(result.findings)}`).toEqual(expected.findings.map(KEY).sort());
    if (expected.cliExit === 2) {
      // `reviewkit validate` refuses a record with a date that does not exist (exit 2).
      expect(result.findings.some((f) => f.ruleId === "schema/format")).toBe(true);
      const cli = validateFiles([file], { asOf: expected.asOf, profile: expected.profile });
      expect(cli.files).toEqual([]);
      expect(cli.failures.map((f) => f.file)).toEqual([file]);
    }
  });

  it("spreads across the schema and every authority's rules", () => {
    const ruleIds = names.flatMap((name) => {
      const expected = JSON.parse(readFileSync(join(INVALID, name.replace(/\.json$/, ".findings.json")), "utf8")) as ExpectedFindings;
      return expected.findings.filter((f) => f.severity === "error").map((f) => f.ruleId);
    });
    for (const prefix of ["schema/required", "schema/format", "schema/additionalProperties", "kiro-", "kcp-", "lei-", "wb-", "gl-"]) {
      expect(ruleIds.some((id) => id.startsWith(prefix)), `an invalid example for ${prefix}`).toBe(true);
    }
  });
});

describe("example data is fictional", () => {
  /** Every string in every example file: valid, invalid, and the README's (examples/readme/). */
  function strings(): { file: string; text: string }[] {
    const out: { file: string; text: string }[] = [];
    const walk = (file: string, v: unknown): void => {
      if (typeof v === "string") out.push({ file, text: v });
      else if (Array.isArray(v)) v.forEach((x) => walk(file, x));
      else if (v && typeof v === "object") Object.values(v).forEach((x) => walk(file, x));
    };
    for (const dir of [...BUILT_IN_PROFILES, "invalid", "readme"]) {
      for (const f of readdirSync(join(EXAMPLES, dir)).filter((x) => x.endsWith(".json"))) {
        walk(`${dir}/${f}`, JSON.parse(readFileSync(join(EXAMPLES, dir, f), "utf8")));
      }
    }
    return out;
  }

  it("uses only Ofcom's drama phone numbers (01632 960xxx, 07700 900xxx)", () => {
    const phones = strings().flatMap(({ file, text }) =>
      [...text.matchAll(/(?:\+44\s?|\b0)\d(?:[\s-]?\d){8,9}\b/g)].map((m) => ({ file, phone: m[0] })),
    );
    expect(phones.length).toBeGreaterThan(0);
    for (const { file, phone } of phones) {
      const digits = phone.replace(/\D/g, "").replace(/^44/, "0");
      expect(/^01632960\d{3}$/.test(digits) || /^07700900\d{3}$/.test(digits), `${file}: ${phone}`).toBe(true);
    }
  });

  it("uses only example.org email addresses", () => {
    const emails = strings().flatMap(({ file, text }) => [...text.matchAll(/[^\s@"<>]+@[^\s@"<>]+/g)].map((m) => ({ file, email: m[0] })));
    expect(emails.length).toBeGreaterThan(0);
    for (const { file, email } of emails) expect(email.endsWith("@example.org"), `${file}: ${email}`).toBe(true);
  });

  it("has no real-looking postcodes (only the fictional ZZ99 area, if any)", () => {
    for (const { file, text } of strings()) {
      for (const m of text.matchAll(/\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b/g)) {
        expect(m[0].startsWith("ZZ99"), `${file}: ${m[0]}`).toBe(true);
      }
    }
  });
});
