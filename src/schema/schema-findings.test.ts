import { describe, expect, it } from "vitest";
import { getProfileValidator, getValidator } from "./load-schemas.js";
import { checkSchema, findingsFromErrors, schemaFindings } from "./schema-findings.js";
import { minimalRecord } from "./test-fixtures.js";

type Node = Record<string, unknown>;
const brief = (findings: { ruleId: string; path: string; message: string }[]): string[][] =>
  findings.map((f) => [f.ruleId, f.path, f.message]);

describe("checkSchema chooses the schema", () => {
  it("by recordType, and says so when it is missing or unknown", () => {
    expect(brief(checkSchema({ id: "x" }))).toEqual([["schema/required", "/recordType", expect.stringMatching(/^"Record type" is missing: write "recordType": one of "looked-after-review", /)]]);
    expect(checkSchema({ recordType: "minutes" })[0]?.message).toMatch(/^"Record type" must be one of: looked-after-review, /);
    expect(brief(checkSchema("not a record"))).toEqual([["schema/type", "", "The record must be a JSON object ({ … })"]]);
  });

  it("or by the name it is given, and reports a record that is not an object", () => {
    expect(brief(checkSchema([], "cp-plan"))).toEqual([["schema/type", "", "The record must be a JSON object ({ … })"]]);
  });
});

describe("messages name fields by their titles, with where they sit", () => {
  it("a field in a list item names the list and the item number", () => {
    const r = minimalRecord("looked-after-review");
    r.decisions = [
      { id: "D1", text: "Visit weekly.", owner: { name: "Jo" }, dueDate: "2026-12-01" },
      { id: "D2", text: "PEP.", owner: { role: "Teacher" }, dueDate: "2026-13-01" },
    ];
    expect(brief(checkSchema(r))).toEqual([
      ["schema/required", "/decisions/1/owner/name", '"Name" in "Named person" in "Decisions" item 2 is missing: write "name": text'],
      ["schema/format", "/decisions/1/dueDate", '"Due date" in "Decisions" item 2 must be a real date in the form YYYY-MM-DD'],
    ]);
  });

  it("decisions and actions in the old shape (one status, edited over time) get one finding naming the fields and the new shape", () => {
    const r = minimalRecord("looked-after-review");
    r.decisions = [
      { id: "D1", text: "Visit weekly.", owner: { name: "Jo" }, dueDate: "2026-12-01", status: "done", completedOn: "2026-11-30" },
      { id: "D2", text: "PEP.", owner: { name: "Jo" }, dueDate: "2026-12-01", status: "open", lastMonitoredOn: "2026-11-01" },
    ];
    const findings = checkSchema(r);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: "schema/old-shape", path: "/decisions/0", data: { fields: "status, completedOn, lastMonitoredOn", items: 2 } });
    expect(findings[0]?.message).toBe(
      '"Decisions" item 1 (and 1 more item in this record) uses "status", "completedOn" and "lastMonitoredOn", which are no longer fields: ' +
        'progress is now a dated history. Write "updates": [{ "on": "YYYY-MM-DD", "status": "done", "note": "…" }] instead, one entry per check or change ' +
        "(status: not-started, in-progress, done or dropped; no entry means open)",
    );
    const plan = minimalRecord("cp-plan");
    ((plan.outcomes as Node[])[0]!.actions as Node[])[0]!.status = "open";
    expect(brief(checkSchema(plan)).map(([id, path]) => [id, path])).toEqual([["schema/old-shape", "/outcomes/0/actions/0"]]);
    // A field named "status" where progress has no history (a life story item) is not the old shape.
    expect(checkSchema(minimalRecord("looked-after-review"))).toEqual([]);
  });

  it("a list item of the wrong type is named by its list", () => {
    const r = minimalRecord("looked-after-review");
    r.attendance = ["Jo Worker"];
    expect(brief(checkSchema(r))).toEqual([["schema/type", "/attendance/0", '"Attendance" item 1 must be a group of fields: { "name": text; "role": text; "attendance": one of "present", "apologies", "did-not-attend" }']]);
  });

  it("type words are plain: text, a whole number, true or false, a list", () => {
    const r = minimalRecord("looked-after-review");
    r.id = 7;
    r.reviewNumber = 1.5;
    (r.childKnowsIro as Node).knows = "yes";
    r.decisions = {};
    expect(checkSchema(r).map((f) => f.message)).toEqual([
      '"Record ID" must be text',
      '"Review number" must be a whole number',
      '"Child knows who their IRO is" in "Child knows their IRO" must be true or false',
      '"Decisions" must be a list of { "id": text; "text": text; "owner": { "name": text }; "dueDate": a real date in the form YYYY-MM-DD }',
    ]);
  });

  it("an empty required text says it must not be empty", () => {
    const r = minimalRecord("good-practice-note");
    r.impact = "";
    expect(brief(checkSchema(r))).toEqual([["schema/minLength", "/impact", expect.stringMatching(/^"Impact on the child and family" must not be empty: \S/)]]);
  });

  it("a number out of range gives the limit", () => {
    const r = minimalRecord("cp-conference");
    r.scaling = [{ by: "Social Worker", score: 11 }];
    expect(brief(checkSchema(r))).toEqual([["schema/maximum", "/scaling/0/score", '"Score" in "Scaling" item 1 must be at most 10']]);
  });

  it("an empty list that needs items", () => {
    const r = minimalRecord("cp-plan");
    r.outcomes = [];
    expect(brief(checkSchema(r))).toEqual([["schema/minItems", "/outcomes", expect.stringMatching(/^"Outcomes" must have at least 1 item, each \{ "id": text; "outcome": text; "risk": text; "actions": a list \(at least 1\) of \{ "text": text; /)]]);
  });
});

describe("fields that take more than one form", () => {
  it("a report from a person missing a name reports the name, not the union", () => {
    const r = minimalRecord("looked-after-review");
    r.reportsReceived = [{ from: { role: "School" } }];
    expect(brief(checkSchema(r))).toEqual([
      ["schema/required", "/reportsReceived/0/from/name", '"Name" in "Report from" in "Reports received" item 1 is missing: write "name": text'],
    ]);
  });

  it("a report from neither a person nor an agency name lists both forms", () => {
    const r = minimalRecord("looked-after-review");
    r.reportsReceived = [{ from: 42 }];
    expect(brief(checkSchema(r))).toEqual([
      ["schema/anyOf", "/reportsReceived/0/from", '"Report from" in "Reports received" item 1 must be an agency name or a person'],
    ]);
  });

  it("an agency name that is empty is reported as text", () => {
    const r = minimalRecord("looked-after-review");
    r.reportsReceived = [{ from: "" }];
    expect(brief(checkSchema(r))).toEqual([
      ["schema/minLength", "/reportsReceived/0/from", expect.stringMatching(/^"Report from" in "Reports received" item 1 must not be empty/)],
    ]);
  });

  it("a date or date and time that is neither", () => {
    const r = minimalRecord("cp-conference");
    r.socialWorkReport = { sharedWithFamilyAt: "2026-11-09T10:00+00:00" };
    const findings = checkSchema(r);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.path).toBe("/socialWorkReport/sharedWithFamilyAt");
    expect(findings[0]?.requirement).toBeUndefined(); // it serves KSW-3.REP and KSW-4.RCPC: no single one
  });
});

describe("case files", () => {
  it("a record with no record type, or one reviewkit does not know", () => {
    const cf = minimalRecord("case-file");
    cf.records = [{ id: "x" }, { recordType: "minutes" }];
    const findings = checkSchema(cf);
    expect(brief(findings)[0]).toEqual(["schema/discriminator", "/records/0/recordType", expect.stringMatching(/^"Record type" in "Records" item 1 is missing: write "recordType": one of "looked-after-review", "cp-conference", /)]);
    expect(findings[1]?.path).toBe("/records/1/recordType");
    expect(findings[1]?.message).toMatch(/^"Record type" in "Records" item 2 must be one of: looked-after-review, cp-conference/);
    expect(findings).toHaveLength(2);
  });

  it("a QA progress review on the CP form may not carry the IRO sections", () => {
    const r = minimalRecord("qa-progress-review");
    r.form = "cp";
    const section = { answer: "Good", rationale: "On track." };
    r.iroSections = { participation: section, progress: section, records: section };
    expect(brief(checkSchema(r))).toEqual([
      ["schema/false-schema", "/iroSections", '"IRO sections" does not apply to this kind of record; leave it out'],
    ]);
  });

  it("a case file's event with an unknown type", () => {
    const cf = minimalRecord("case-file");
    cf.events = [{ id: "E1", type: "visit", date: "2026-11-02" }];
    const [f] = checkSchema(cf);
    expect(f?.path).toBe("/events/0/type");
    expect(f?.message).toMatch(/^"Event type" in "Events" item 1 must be one of: strategy-discussion-decision, /);
  });
});

describe("profiles", () => {
  it("map keys are checked and named", () => {
    const p = minimalRecord("profile");
    p.timescales = {
      "Lac Minutes": {
        value: 20,
        unit: "working_days",
        description: "Minutes.",
        citation: { document: "000_e97c8872ca661401.txt", paragraph: "IRO Standard 2.9" },
      },
      "lac-outcomes": { value: 5, unit: "days", description: "Outcomes.", citation: { document: "d", paragraph: "p" } },
    };
    expect(brief(checkSchema(p, "profile"))).toEqual([
      ["schema/propertyNames", "/timescales/Lac Minutes", 'A key in "Timescales" must be lower-case letters and digits, with words joined by hyphens'],
      [
        "schema/enum",
        "/timescales/lac-outcomes/unit",
        '"Unit" in "Timescales" entry "lac-outcomes" must be one of: working_days, calendar_days, hours, weeks, months',
      ],
    ]);
  });

  it("a pattern finding shows an example", () => {
    const p = minimalRecord("profile");
    p.id = "West Berkshire";
    p.extends = "england";
    expect(checkSchema(p, "profile")[0]?.message).toBe(
      '"Profile ID" must be lower-case letters and digits, with words joined by hyphens, for example "england"',
    );
  });
});

describe("callers holding a validator", () => {
  it("findingsFromErrors and schemaFindings give the same findings", () => {
    const validate = getValidator("cp-plan");
    const r = minimalRecord("cp-plan");
    r.category = "other";
    expect(validate(r)).toBe(false);
    const direct = findingsFromErrors("cp-plan", validate.errors, r);
    expect(schemaFindings(validate.errors ?? [], validate.schema, r)).toEqual(direct);
    expect(direct).toHaveLength(1);
  });

  it("getProfileValidator validates profiles", () => {
    const validate = getProfileValidator();
    expect(validate(minimalRecord("profile"))).toBe(true);
    expect(validate({ id: "x" })).toBe(false);
    const messages = schemaFindings(validate.errors ?? [], validate.schema).map((f) => f.message);
    expect(messages.sort()).toEqual(['"Extends" is missing: write "extends": text', '"Profile description" is missing: write "description": text', '"Profile name" is missing: write "name": text']);
  });

  it("no errors, no findings", () => {
    expect(findingsFromErrors("cp-plan", null, {})).toEqual([]);
  });
});

describe("findings say what to write", () => {
  it("a missing group lists its required fields at every level at once", () => {
    const r = minimalRecord("case-file");
    delete r.child;
    const [f] = checkSchema(r);
    expect(f?.path).toBe("/child");
    // the social worker is a group inside the group: named in the same finding, not the next run
    expect(f?.message).toBe(
      '"Child" is missing: write "child": { "id": text; "name": text; "dateOfBirth": a real date in the form YYYY-MM-DD; "team": text; "socialWorker": { "name": text } }',
    );
  });

  it("a missing value with a closed set lists the values", () => {
    const r = minimalRecord("looked-after-review");
    delete (r.placement as Node).type;
    expect(checkSchema(r)[0]?.message).toMatch(/^"Placement type" is missing: write "type": one of "foster-care", "kinship", /);
  });

  it("a misspelt field gets a suggestion, and a far-off one does not", () => {
    const r = minimalRecord("looked-after-review");
    r.placemnt = r.placement;
    delete r.placement;
    r.favouriteColour = "green";
    const messages = checkSchema(r).map((f) => f.message);
    expect(messages).toContain('"placemnt" is not a field of this record; did you mean "placement"?');
    expect(messages).toContain('"favouriteColour" is not a field of this record; check the spelling or remove it');
  });

  it("a misspelt value gets a suggestion from the allowed values", () => {
    const r = minimalRecord("looked-after-review");
    (r.placement as Node).type = "foster-cair";
    expect(checkSchema(r)[0]?.message).toMatch(/must be one of: foster-care, kinship, .*; did you mean "foster-care"\?$/);
    const cf = minimalRecord("case-file");
    cf.records = [{ recordType: "cp-plann" }];
    expect(checkSchema(cf)[0]?.message).toMatch(/; did you mean "cp-plan"\?$/);
    expect(checkSchema({ recordType: "escalaton" })[0]?.message).toMatch(/; did you mean "escalation"\?$/);
  });

  it('"$schema" is accepted at the top of every record and case file', () => {
    for (const type of ["looked-after-review", "cp-conference", "cp-plan", "escalation", "good-practice-note", "qa-progress-review", "significant-change", "concern-note", "case-file"] as const) {
      const r = minimalRecord(type);
      r.$schema = `./node_modules/reviewkit/schemas/${type}.schema.json`;
      expect(checkSchema(r), type).toEqual([]);
    }
  });
});
