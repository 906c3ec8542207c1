import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BUILT_IN_PROFILES, loadProfile } from "./load-profile.js";
import { ProfileError } from "../errors.js";
import { CHILD_STATUSES, FORMAL_STAGES } from "./types.js";
import { readFileSync } from "node:fs";
import { shippedPath } from "../paths.js";

const dir = mkdtempSync(join(tmpdir(), "reviewkit-profile-"));
const write = (name: string, body: object) => {
  const p = join(dir, name);
  writeFileSync(p, JSON.stringify(body));
  return p;
};
const requirementIds = new Set(
  readFileSync(shippedPath("standards", "requirements.tsv"), "utf8").trim().split("\n").slice(1).map((l) => l.split("\t")[0]),
);

describe("built-in profiles", () => {
  for (const id of BUILT_IN_PROFILES) {
    it(`${id} loads, and every timescale has a whole value, a unit and a citation to a real requirement`, () => {
      const p = loadProfile(id);
      expect(p.lineage.at(-1)).toBe(id);
      for (const [name, t] of Object.entries(p.timescales)) {
        expect(Number.isInteger(t.value) && t.value > 0, name).toBe(true);
        expect(t.citation.document.length, name).toBeGreaterThan(0);
        expect(t.citation.paragraph.length, name).toBeGreaterThan(0);
        if (t.citation.requirement) expect(requirementIds.has(t.citation.requirement), `${name} cites ${t.citation.requirement}`).toBe(true);
      }
    });

    it(`${id} has both escalation ladders with four formal stages, 5 working days each and 20 in all`, () => {
      const p = loadProfile(id);
      for (const status of CHILD_STATUSES) {
        const ladder = p.escalation.ladders[status];
        expect(ladder.stages.map((s) => s.stage)).toEqual([...FORMAL_STAGES]);
        for (const s of ladder.stages) expect(s.responseTime).toEqual({ value: 5, unit: "working_days" });
        expect(ladder.totalFormalTime).toMatchObject({ value: 20, unit: "working_days" });
        expect(ladder.cafcass.allowedFor).toEqual(["looked-after"]);
      }
    });
  }

  it("authorities extend england and list what they add", () => {
    for (const id of BUILT_IN_PROFILES.filter((p) => p !== "england")) {
      const p = loadProfile(id);
      expect(p.lineage).toEqual(["england", id]);
      expect(p.adds.length).toBeGreaterThan(1);
    }
  });

  it("knowsley: minutes 20 working days and outcomes 5 (IRO Standard 2.9), CP plan 24 hours (CP Chair Standard 1.2)", () => {
    const p = loadProfile("knowsley");
    expect(p.timescales["lac-minutes"]).toMatchObject({ value: 20, unit: "working_days", citation: { requirement: "KIRO-2.9" } });
    expect(p.timescales["lac-outcomes"]).toMatchObject({ value: 5, unit: "working_days" });
    expect(p.timescales["cp-plan-completed"]).toMatchObject({ value: 24, unit: "hours", citation: { requirement: "KCP-1.2" } });
    // "within 15 days" has no unit in the standard: the profile must say which unit it chose and why.
    expect(p.timescales["cp-minutes"]?.unitNote).toMatch(/no unit/);
    expect(p.timescales["care-plan"]?.definedBy).toBe("knowsley");
    expect(p.timescales["lac-first-review"]?.definedBy).toBe("england");
  });

  it("gloucestershire: level 2 goes to a Head of Service on the child in care form and a Group Manager on the CP form, the Assistant Director accountable", () => {
    const p = loadProfile("gloucestershire");
    expect(p.escalation.ladders["looked-after"].stages[1]?.delegatedTo).toBe("Head of Service");
    expect(p.escalation.ladders["child-protection"].stages[1]?.delegatedTo).toBe("Group Manager");
    // Section 4.2's prose names who stays accountable; the table names who the form goes to.
    expect(p.escalation.ladders["child-protection"].stages.map((s) => s.accountable)).toEqual([
      undefined,
      "Appropriate Assistant Director",
      "Director of Safeguarding and Care",
      "Director of Children's Services",
    ]);
    expect(p.readings.map((r) => r.id)).toContain("gl-prp-stage-table");
    expect(p.escalation.ladders["looked-after"].stages[3]?.delegatedTo).toBe("Director of Safeguarding and Care");
  });

  it("leicestershire: CAFCASS needs the Assistant Director meeting first; stage 3 tells the Safeguarding and Performance Service Manager", () => {
    const lad = loadProfile("leicestershire").escalation.ladders["looked-after"];
    expect(lad.cafcass.requiresSeniorMeeting).toBe(true);
    expect(lad.stages.map((s) => s.delegatedTo)).toEqual(["Team Manager", "Service Manager", "Head of Service", "Assistant Director"]);
    expect(lad.stages[2]?.notify).toContain("Safeguarding and Performance Service Manager");
  });

  it("west-berkshire refers to advocacy from 10; knowsley from 11 (\"over 11 year olds\")", () => {
    expect(loadProfile("west-berkshire").advocacy.minAge).toBe(10);
    expect(loadProfile("knowsley").advocacy.minAge).toBe(11);
  });
});

describe("a user's own profile", () => {
  it("extends a built-in one, overriding a timescale it declares", () => {
    const file = write("mine.json", {
      id: "my-authority",
      name: "My Authority",
      extends: "knowsley",
      description: "Knowsley with faster minutes.",
      timescales: {
        "lac-minutes": {
          value: 15,
          unit: "working_days",
          description: "Minutes, from the review.",
          citation: { document: "My Authority IRO Standards", paragraph: "2.9", requirement: "KIRO-2.9" },
        },
      },
      overrides: [{ path: "timescales/lac-minutes", reason: "Our standard is stricter." }],
    });
    const p = loadProfile(file);
    expect(p.lineage).toEqual(["england", "knowsley", "my-authority"]);
    expect(p.timescales["lac-minutes"]?.value).toBe(15);
    expect(p.overrides.at(-1)).toMatchObject({ path: "timescales/lac-minutes", by: "my-authority" });
  });

  it("is refused when it changes a parent's timescale without saying so (no silent shadowing)", () => {
    const file = write("shadow.json", {
      id: "shadow",
      name: "Shadow",
      extends: "knowsley",
      description: "Changes minutes quietly.",
      timescales: {
        "lac-minutes": { value: 30, unit: "working_days", description: "x", citation: { document: "d", paragraph: "p" } },
      },
    });
    expect(() => loadProfile(file)).toThrow(ProfileError);
    expect(() => loadProfile(file)).toThrow(/timescales\/lac-minutes.*overrides/);
  });

  it("is refused when the informal step's response time and the timescale it names disagree (one number, not two)", () => {
    const file = write("drift.json", {
      id: "drift",
      name: "Drift",
      extends: "leicestershire",
      description: "Gives the Positive Challenge 10 working days but leaves the ladder at 5.",
      timescales: {
        "positive-challenge-response": { value: 10, unit: "working_days", description: "x", citation: { document: "d", paragraph: "p" } },
      },
      overrides: [{ path: "timescales/positive-challenge-response", reason: "Ten days locally." }],
    });
    expect(() => loadProfile(file)).toThrow(ProfileError);
    expect(() => loadProfile(file)).toThrow(/informal response time \(5 working_days\) differs from timescale "positive-challenge-response" \(10 working_days\)/);
  });

  it("changes one reader's readability target and keeps its parent's others; undeclared, it is refused", () => {
    const parentTarget = loadProfile("knowsley").readability?.["child-under-8"];
    const parent = { fleschReadingEaseMin: 65, fleschKincaidGradeMax: 7, maxSentenceWords: 22, reason: "Our parents' leaflet standard." };
    const file = write("readable.json", {
      id: "readable",
      name: "Readable",
      extends: "knowsley",
      description: "Knowsley with our own target for parents.",
      readability: { parent },
      overrides: [{ path: "readability/parent", reason: "Our communications team's standard for letters to parents." }],
    });
    const p = loadProfile(file);
    expect(p.readability?.["parent"]).toEqual(parent);
    expect(p.readability?.["child-under-8"]).toEqual(parentTarget);
    const quiet = write("quiet-readable.json", { id: "quiet-readable", name: "Q", extends: "knowsley", description: "x", readability: { parent } });
    expect(() => loadProfile(quiet)).toThrow(/readability\/parent.*overrides/);
  });

  it("is refused, naming the file, when it extends a profile that does not exist", () => {
    const file = write("orphan.json", { id: "orphan", name: "Orphan", extends: "atlantis", description: "x" });
    expect(() => loadProfile(file)).toThrow(/atlantis/);
  });

  it("is refused with the field when it does not match the profile schema", () => {
    const file = write("typo.json", { id: "typo", name: "Typo", extends: "england", description: "x", timescale: {} });
    expect(() => loadProfile(file)).toThrow(ProfileError);
  });
});
