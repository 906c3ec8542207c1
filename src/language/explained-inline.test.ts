import { describe, expect, it } from "vitest";
import { isExplainedInline } from "./explained-inline.js";

/** Whether `term` (first occurrence) is explained in `text`, taken as one sentence. */
const explained = (text: string, term: string) => {
  const start = text.indexOf(term);
  return isExplainedInline(text, start, start + term.length, { start: 0, end: text.length });
};

describe("isExplainedInline", () => {
  it("accepts a gloss in brackets straight after the term", () => {
    expect(explained("Your IRO (the person who checks your plan is working) will visit.", "IRO")).toBe(true);
  });

  it("accepts a gloss after a possessive: \"your IRO's (…)\" is still the term", () => {
    expect(explained("Your IRO's job (checking your plan) matters.", "IRO")).toBe(false);
    expect(explained("Sam is your IRO's manager (the person in charge).", "IRO")).toBe(false);
    expect(explained("The IRO's (the person who checks your plan) phone number.", "IRO")).toBe(true);
  });

  it("accepts a gloss between dashes, spaced hyphens or at the end after a dash", () => {
    expect(explained("Your IRO – the person who checks your plan – will visit.", "IRO")).toBe(true);
    expect(explained("Your IRO - the person who checks your plan - will visit.", "IRO")).toBe(true);
    expect(explained("You will meet your IRO — the person who checks your plan.", "IRO")).toBe(true);
  });

  it("accepts a comma gloss that starts like an explanation (which, the, who)", () => {
    expect(explained("Your PEP, which is your plan for school, is ready.", "PEP")).toBe(true);
    expect(explained("Your IRO, the person who checks your plan, will visit.", "IRO")).toBe(true);
  });

  it("rejects a comma followed by more of the sentence, since that is not an explanation", () => {
    expect(explained("We met your IRO, and she said hello.", "IRO")).toBe(false);
  });

  it("accepts the explanation first with the term in brackets after it", () => {
    expect(explained("The person who checks your plan (your IRO) will visit.", "IRO")).toBe(true);
  });

  it("rejects a term in brackets after another term, so two terms cannot explain each other", () => {
    expect(explained("Your PEP (personal education plan) is ready.", "personal education plan")).toBe(false);
  });

  it("accepts 'called' after an explanation of three words or more", () => {
    expect(explained("We made a plan for school called a PEP.", "PEP")).toBe(true);
    expect(explained("It is called a PEP.", "PEP")).toBe(false);
  });

  it("rejects a name or a capitalised expansion in brackets: neither explains the word", () => {
    expect(explained("Your IRO (Sam Patel) will visit.", "IRO")).toBe(false);
    expect(explained("Your PEP (Personal Education Plan) is ready.", "PEP")).toBe(false);
  });

  it("rejects brackets that come later in the sentence, not straight after the term", () => {
    expect(explained("Your IRO will visit you at home (the house with the red door).", "IRO")).toBe(false);
  });
});
