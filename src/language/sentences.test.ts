import { describe, expect, it } from "vitest";
import { splitSentences, wordsIn } from "./sentences.js";

const texts = (t: string) => splitSentences(t).map((s) => s.text);

describe("splitSentences", () => {
  it("splits on full stops, question marks and exclamation marks followed by a capital", () => {
    expect(texts("You are safe. Are you happy? Yes!")).toEqual(["You are safe.", "Are you happy?", "Yes!"]);
  });

  it("does not split after Mr, Mrs, Dr or e.g.: abbreviations are not sentence ends", () => {
    expect(texts("Mr Smith and Dr Jones came. Mrs. Patel said e.g. Mum can visit.")).toEqual(["Mr Smith and Dr Jones came.", "Mrs. Patel said e.g. Mum can visit."]);
  });

  it("does not split a date like 21.12.2026 or s.47, but does split after a date that ends a sentence", () => {
    expect(texts("The meeting is on 21.12.2026. Under s.47 we asked. Then we left.")).toEqual(["The meeting is on 21.12.2026.", "Under s.47 we asked.", "Then we left."]);
  });

  it("does not split after an initial or 'reg.' before a number", () => {
    expect(texts("J. Smith approved it under reg. 24 today.")).toHaveLength(1);
  });

  it("counts each heading and list item as a sentence, with its marker left out", () => {
    expect(texts("# Your plan\n- School\n- Football\n1. Visit Mum\na) Swimming")).toEqual(["Your plan", "School", "Football", "Visit Mum", "Swimming"]);
  });

  it("joins the lines of a wrapped paragraph, so hard-wrapping does not make text look easier", () => {
    expect(texts("You will stay with\nSam and Jo until the summer.")).toEqual(["You will stay with\nSam and Jo until the summer."]);
  });

  it("ends a sentence at a blank line even without a full stop", () => {
    expect(texts("What is working well\n\nMum takes you to school.")).toEqual(["What is working well", "Mum takes you to school."]);
  });

  it("joins an indented line to the list item above it", () => {
    expect(texts("- You will see Mum\n  every Saturday.\n- School")).toEqual(["You will see Mum\n  every Saturday.", "School"]);
  });

  it("keeps offsets into the original text, so jargon can be placed in its sentence", () => {
    const text = "Hi. Your IRO visits.";
    const [, second] = splitSentences(text);
    expect(text.slice(second!.start, second!.end)).toBe("Your IRO visits.");
  });

  it("drops pieces with no words, such as a rule line or stray punctuation", () => {
    expect(texts("Hello.\n\n---\n\n...")).toEqual(["Hello."]);
  });

  it("splits after a closing quote, since a quoted sentence still ends there", () => {
    expect(texts('She said "I want to stay." Then she smiled.')).toEqual(['She said "I want to stay."', "Then she smiled."]);
  });
});

describe("wordsIn", () => {
  it("keeps contractions, hyphenated words, figures and dotted dates whole, as Flesch counts them", () => {
    expect(wordsIn("Don't worry: well-being on 21.12.2026 costs £1,000.")).toEqual(["Don't", "worry", "well-being", "on", "21.12.2026", "costs", "1,000"]);
  });

  it("ignores Markdown and punctuation marks, which are not words", () => {
    expect(wordsIn("**Your** plan — _today_ #1")).toEqual(["Your", "plan", "today", "1"]);
  });
});
