import { describe, expect, it } from "vitest";
import { loadProfile } from "../profiles/load-profile.js";
import { checkLanguage } from "./check-language.js";
import { checkRecordLanguage } from "./check-record.js";
import { formatLanguageJson, formatLanguageText } from "./format-report.js";

const profile = loadProfile("england");
const failing = checkLanguage("Your IRO Amy Secretname will come.", { audience: "child", age: 9, profile });

describe("formatLanguageJson", () => {
  it("has exactly jargon, readability, target and pass at the top, as issue 5 specifies", () => {
    const out = JSON.parse(formatLanguageJson({ file: "a.txt", report: failing })) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(["jargon", "readability", "target", "pass"]);
    expect(out.jargon).toEqual([{ term: "IRO", index: 5, replacement: "the person who checks your plan is working" }]);
    expect(Object.keys(out.readability as object)).toEqual(["fleschReadingEase", "fleschKincaidGrade", "meanSentenceWords", "maxSentenceWords"]);
    expect(out.pass).toBe(false);
  });

  it("adds a fields array for a record, each with path, jargon, readability and pass", () => {
    const record = { recordType: "looked-after-review", decisions: [{ childFriendlyText: "You are safe." }] };
    const out = JSON.parse(formatLanguageJson({ file: "r.json", report: checkRecordLanguage(record, { profile }) })) as { fields: { path: string; pass: boolean }[] };
    expect(out.fields).toMatchObject([{ path: "/decisions/0/childFriendlyText", pass: true }]);
  });
});

describe("formatLanguageText", () => {
  const text = formatLanguageText({ file: "a.txt", report: failing });

  it("says pass or fail, for whom, and lists each term with its plain replacement", () => {
    expect(text).toMatch(/^a\.txt: FAIL for a child aged 9 \(target "child-8-12"\)/);
    expect(text).toContain('IRO (character 5): "the person who checks your plan is working"');
  });

  it("shows each figure against its target and the reason for the target", () => {
    expect(text).toMatch(/Flesch Reading Ease\s+[\d.]+\s+at least 80/);
    expect(text).toMatch(/Why this target: KIRO-1\.11/);
  });

  it("never prints the checked text, since it may be a child's record", () => {
    expect(text).not.toMatch(/Secretname/);
  });

  it("says when the age was not known and the strictest target was used", () => {
    const unknown = checkLanguage("Hello.", { audience: "child", profile });
    expect(formatLanguageText({ file: "b.txt", report: unknown })).toMatch(/No age given/);
  });
});

describe("formatLanguageText with a hostile file name", () => {
  it("escapes control characters in the file name, so input cannot drive the terminal", () => {
    const ok = checkLanguage("We will visit you on Monday.", { audience: "parent", profile });
    expect(formatLanguageText({ file: "a\u001b[31m.txt", report: ok })).toMatch(/^a\\u001b\[31m\.txt: PASS/);
  });
});

describe("reporting whether reading ease and grade counted", () => {
  const short = checkLanguage("We will visit you on Monday.", { audience: "parent", profile });

  it("marks the two scores 'not counted' under 100 words, so a reader knows why a low score did not fail", () => {
    expect(formatLanguageText({ file: "s.txt", report: short })).toMatch(/Flesch-Kincaid grade.*not counted/);
  });

  it("puts minWordsForScores and scoresApplied in the JSON target, so a program can tell too", () => {
    const out = JSON.parse(formatLanguageJson({ file: "s.txt", report: short })) as { target: Record<string, unknown> };
    expect(out.target).toMatchObject({ minWordsForScores: 100, scoresApplied: false });
  });
});
