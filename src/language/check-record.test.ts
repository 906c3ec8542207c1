import { describe, expect, it } from "vitest";
import { UsageError } from "../errors.js";
import { loadProfile } from "../profiles/load-profile.js";
import { checkRecordLanguage } from "./check-record.js";

const profile = loadProfile("england");
const review = (...texts: string[]) => ({
  recordType: "looked-after-review",
  reviewDate: "2026-11-02",
  child: { dateOfBirth: "2016-05-01" },
  decisions: texts.map((childFriendlyText) => ({ childFriendlyText })),
});

describe("checkRecordLanguage", () => {
  it("checks a looked-after review's decisions for the child at their age on the review date", () => {
    const r = checkRecordLanguage(review("You will keep living with Sam and Jo.", "They love having you."), { profile });
    expect(r).toMatchObject({ recordType: "looked-after-review", audience: "child", pass: true, target: { band: "child-8-12", age: 10 } });
    expect(r.fields.map((f) => [f.path, f.pass])).toEqual([["/decisions/0/childFriendlyText", true], ["/decisions/1/childFriendlyText", true]]);
  });

  it("fails the record when one decision has jargon, and says which field", () => {
    const r = checkRecordLanguage(review("You will keep living with Sam and Jo.", "Your IRO will check on you."), { profile });
    expect(r.pass).toBe(false);
    expect(r.fields.filter((f) => !f.pass).map((f) => f.path)).toEqual(["/decisions/1/childFriendlyText"]);
  });

  it("counts top-level offsets in the fields joined by a blank line, and field offsets within the field", () => {
    const r = checkRecordLanguage(review("Hi Amy.", "Your IRO will come."), { profile });
    expect(r.jargon[0]?.index).toBe("Hi Amy.\n\nYour ".length);
    expect(r.fields[1]?.jargon[0]?.index).toBe(5);
  });

  it("lets --age and --audience override the record, so a worker can check for a child's real reading age", () => {
    const r = checkRecordLanguage(review("You will keep living with Sam and Jo."), { profile, age: 15, audience: "parent" });
    expect(r.target).toMatchObject({ band: "parent" });
    expect(checkRecordLanguage(review("Hi."), { profile, age: 15 }).target.band).toBe("child-13-plus");
  });

  it("passes a review with no decisions: there is no text to check", () => {
    expect(checkRecordLanguage(review(), { profile })).toMatchObject({ pass: true, fields: [] });
  });

  it("checks a conference's worries, strengths, next steps and outcome for parents (KCP-3.2, KCP-3.3)", () => {
    const conf = {
      recordType: "cp-conference",
      conferenceDate: "2026-11-10",
      children: [{ dateOfBirth: "2018-01-01" }],
      worries: "We are worried Dad shouts.",
      workingWell: "Mum takes you to school.",
      needsToHappen: "The core group will meet.",
      decisionExplained: { explained: true, outcomeToAchieve: "The children are safe." },
    };
    const r = checkRecordLanguage(conf, { profile });
    expect(r.audience).toBe("parent");
    expect(r.fields.map((f) => f.path)).toEqual(["/worries", "/workingWell", "/needsToHappen", "/decisionExplained/outcomeToAchieve"]);
    expect(r.jargon.map((j) => j.term)).toEqual(["core group"]);
  });

  it("refuses a case file, whose records have different readers, with a usage error saying why", () => {
    expect(() => checkRecordLanguage({ recordType: "case-file", records: [] }, { profile })).toThrow(/one record at a time/);
  });

  it("refuses a record type with no plain-language text, without echoing the record", () => {
    expect(() => checkRecordLanguage({ recordType: "escalation", secret: "Amy" }, { profile })).toThrow(UsageError);
    expect(() => checkRecordLanguage({ recordType: "escalation", secret: "Amy" }, { profile })).not.toThrow(/Amy/);
  });
});
