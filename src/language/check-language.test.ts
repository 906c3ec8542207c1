import { describe, expect, it } from "vitest";
import { loadProfile } from "../profiles/load-profile.js";
import { checkLanguage } from "./check-language.js";
import { PLAIN_PARENT_SUMMARY } from "./test-samples.js";

const profile = loadProfile("england");

describe("checkLanguage", () => {
  it("passes a short plain letter for a young child, with no reasons", () => {
    const r = checkLanguage("You will keep living with Sam and Jo. They love having you.", { audience: "child", age: 6, profile });
    expect(r).toMatchObject({ pass: true, reasons: [], jargon: [] });
    expect(r.target.band).toBe("child-under-8");
  });

  it("fails on jargon alone, naming the terms, since KCP-3.2 asks for jargon-free text", () => {
    const r = checkLanguage("Your IRO will come.", { audience: "child", age: 9, profile });
    expect(r.pass).toBe(false);
    expect(r.reasons).toEqual(["1 jargon term for this reader: IRO."]);
  });

  it("counts each jargon term once and says how often they were used, so the number matches the list", () => {
    const r = checkLanguage("Your IRO will come to your review. The review is in May.", { audience: "child", age: 9, profile });
    const jargonReason = r.reasons.find((x) => x.includes("jargon"));
    const listed = jargonReason?.split(": ")[1]?.replace(/\.$/, "").split(", ") ?? [];
    expect(Number(jargonReason?.split(" ")[0])).toBe(listed.length);
    expect(r.jargon.length).toBeGreaterThan(listed.length);
    expect(jargonReason).toContain(`(${r.jargon.length} uses)`);
  });

  it("fails hard text of 100 words or more on reading ease and grade, in a fixed order", () => {
    const sentence = "The independent reviewing officer recommended that consideration be given to arrangements for educational provision throughout the forthcoming academic year.";
    const r = checkLanguage(Array.from({ length: 6 }, () => sentence).join(" "), { audience: "parent", profile });
    expect(r.readability.words).toBeGreaterThanOrEqual(100);
    expect(r.scoresApplied).toBe(true);
    expect(r.reasons.map((x) => x.split(" ")[0])).toEqual(["Flesch", "Flesch-Kincaid"]);
  });

  it("does not fail on reading ease or grade under 100 words (99 words), but does at 100 (boundary)", () => {
    const hard = (n: number) => `${Array.from({ length: n - 1 }, () => "consideration").join(" ")} ends.`;
    const short = checkLanguage(hard(99), { audience: "parent", profile: { id: "t", readability: { parent: { fleschReadingEaseMin: 60, fleschKincaidGradeMax: 6, maxSentenceWords: 500, reason: "test" } } } });
    const long = checkLanguage(hard(100), { audience: "parent", profile: { id: "t", readability: { parent: { fleschReadingEaseMin: 60, fleschKincaidGradeMax: 6, maxSentenceWords: 500, reason: "test" } } } });
    expect([short.scoresApplied, short.pass]).toEqual([false, true]);
    expect([long.scoresApplied, long.pass]).toEqual([true, false]);
  });

  it("passes the plain 119-word parent summary, which strict grade 4 would fail", () => {
    expect(checkLanguage(PLAIN_PARENT_SUMMARY, { audience: "parent", profile })).toMatchObject({ pass: true, scoresApplied: true });
  });

  it("fails a sentence one word over the limit and passes one at the limit (boundary)", () => {
    const words = (n: number) => `${Array.from({ length: n - 1 }, () => "we").join(" ")} go.`;
    expect(checkLanguage(words(12), { audience: "child", age: 6, profile }).reasons).toEqual([]);
    expect(checkLanguage(words(13), { audience: "child", age: 6, profile }).reasons).toEqual(["The longest sentence has 13 words; the target is at most 12."]);
  });

  it("uses the target for the child's age, so the same text can pass at 14 and fail at 6", () => {
    const text = "Your foster carers will help you get ready for your exams this summer and the next one too.";
    expect(checkLanguage(text, { audience: "child", age: 14, profile }).pass).toBe(true);
    expect(checkLanguage(text, { audience: "child", age: 6, profile }).pass).toBe(false);
  });

  it("passes text with no words: there is nothing in it to be hard to read", () => {
    expect(checkLanguage("", { audience: "parent", profile })).toMatchObject({ pass: true, reasons: [] });
  });

  it("never quotes the text in its reasons, since records hold personal data", () => {
    const r = checkLanguage("Amy Secretname has a LADO referral and a very long sentence that goes on and on and on and on and on and on and on.", { audience: "child", age: 9, profile });
    expect(r.reasons.join(" ")).not.toMatch(/Secretname/);
  });
});
