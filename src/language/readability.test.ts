import { describe, expect, it } from "vitest";
import { readability, round1, syllablesIn } from "./readability.js";
import { PLAIN_PARENT_SUMMARY } from "./test-samples.js";

// Expected figures are worked by hand from the published formulas:
//   FRE = 206.835 − 1.015 × words/sentences − 84.6 × syllables/words
//   FK  = 0.39 × words/sentences + 11.8 × syllables/words − 15.59
describe("readability", () => {
  it("scores 'The cat sat on the mat.' (6 words, 6 syllables, 1 sentence): FRE 116.145, FK −1.45", () => {
    expect(readability("The cat sat on the mat.")).toEqual({
      fleschReadingEase: 116.1,
      fleschKincaidGrade: -1.5,
      meanSentenceWords: 6,
      maxSentenceWords: 6,
      sentences: 1,
      words: 6,
    });
  });

  it("scores the platypus sentence (13 words, 26 syllables): FRE 24.44, FK 13.08", () => {
    const r = readability("The Australian platypus is seemingly a hybrid of a mammal and reptilian creature.");
    expect([r.fleschReadingEase, r.fleschKincaidGrade, r.words]).toEqual([24.4, 13.1, 13]);
  });

  it("uses unrounded averages (11 words, 15 syllables, 2 sentences: FRE 85.89, FK 2.65), unlike text-readability's 82.8 and 3.1", () => {
    const r = readability("Your social worker will visit you. We will talk about school.");
    expect(r).toMatchObject({ fleschReadingEase: 85.9, fleschKincaidGrade: 2.6, meanSentenceWords: 5.5, maxSentenceWords: 6, sentences: 2, words: 11 });
  });

  it("counts a two-word sentence as a sentence (text-readability drops them, which inflates sentence length)", () => {
    expect(readability("Hello Amy. You are safe.").sentences).toBe(2);
  });

  it("reports the longest sentence and the mean to one decimal place", () => {
    const r = readability("You are safe. Mum and Dad love you very much. We will see you very soon.");
    expect([r.maxSentenceWords, r.meanSentenceWords]).toEqual([7, 5.3]);
  });

  it("gives zeros for text with no words, since the formulas are undefined there", () => {
    expect(readability("  \n ... ")).toEqual({ fleschReadingEase: 0, fleschKincaidGrade: 0, meanSentenceWords: 0, maxSentenceWords: 0, sentences: 0, words: 0 });
  });

  it("scores a plain 119-word parent summary at grade 4.2, the evidence profiles/england.json gives for allowing grade 6", () => {
    expect(readability(PLAIN_PARENT_SUMMARY)).toMatchObject({ fleschKincaidGrade: 4.2, words: 119 });
  });

  it("swings on a short text: one plain 8-word sentence scores grade 8.2, why scores count only from 100 words", () => {
    expect(readability("Zuzia goes to school every day, including Mondays.").fleschKincaidGrade).toBe(8.2);
  });

  it("scores the official jargon sentence as hard, so the checker agrees with common sense", () => {
    const r = readability("The independent reviewing officer will ensure the statutory requirements of the care plan are implemented in a timely manner.");
    expect(r.fleschKincaidGrade).toBeGreaterThan(12);
  });
});

describe("syllablesIn", () => {
  it("counts ordinary words with the syllable library", () => {
    expect([syllablesIn("cat"), syllablesIn("happy"), syllablesIn("reviewing")]).toEqual([1, 2, 3]);
  });

  it("counts figures and abbreviations as one syllable, as Flesch's counting rules say", () => {
    expect([syllablesIn("21.12.2026"), syllablesIn("IRO"), syllablesIn("e.g")]).toEqual([1, 1, 1]);
  });
});

describe("round1", () => {
  it("rounds halves away from zero, absorbing floating-point error (−1.4499999… is −1.45)", () => {
    expect([round1(0.39 * 6 + 11.8 - 15.59), round1(2.25), round1(85.8886), round1(-0.04)]).toEqual([-1.5, 2.3, 85.9, 0]);
  });
});
