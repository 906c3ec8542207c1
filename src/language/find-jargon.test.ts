import { describe, expect, it } from "vitest";
import { findJargon } from "./find-jargon.js";

const terms = (text: string, age?: number, audience: "child" | "parent" = "child") =>
  findJargon(text, { audience, ...(age === undefined ? {} : { age }) }).map((h) => h.term);

describe("findJargon", () => {
  it("reports term, character offset, length, the reader's replacement and a definition", () => {
    const [hit] = findJargon("Your IRO will visit.", { audience: "child" });
    expect(hit).toMatchObject({ term: "IRO", index: 5, length: 3, replacement: "the person who checks your plan is working" });
    expect(hit?.definition).toMatch(/Independent Reviewing Officer/);
  });

  it("gives the parent's replacement to a parent, since the two readers need different words", () => {
    expect(findJargon("The IRO will visit.", { audience: "parent" })[0]?.replacement).toMatch(/chairs your child's meetings/);
  });

  it("does not match 'Pep talk' as PEP: acronyms match only in their own case", () => {
    expect(terms("A Pep talk helps. So does a pep talk.")).toEqual([]);
    expect(terms("Your PEP is ready.")).toEqual(["PEP"]);
  });

  it("does not match 'mash' or 'smart' as MASH or SMART: ordinary words in lower case are not acronyms", () => {
    expect(terms("We had mash for tea and you look smart.")).toEqual([]);
  });

  it("matches multi-word terms in any case, so a term at the start of a sentence is still found", () => {
    expect(terms("Care Order made today. SECTION 47 enquiries.", undefined, "parent")).toEqual(["care order", "section 47"]);
  });

  it("does not match 'contact' inside 'contacted': terms match whole words only", () => {
    expect(terms("We contacted Mum yesterday.")).toEqual([]);
  });

  it("matches a plural and a possessive, since 'IROs' and 'IRO's' are the same jargon", () => {
    expect(terms("The IROs met. Your IRO's phone.", undefined, "parent")).toEqual(["IRO", "IRO"]);
  });

  it("treats a space and a hyphen alike, so 'multi agency' and 'multi-agency' are both found", () => {
    expect(terms("A multi agency meeting and a multi-agency plan.", undefined, "parent")).toEqual(["multi-agency", "multi-agency"]);
  });

  it("prefers the longer term where two overlap: 'interim care order' is one term, not two", () => {
    expect(terms("The interim care order ends.", undefined, "parent")).toEqual(["interim care order"]);
  });

  it("skips the verb 'contact' (contact us, please contact, contact Sam) but finds the noun", () => {
    expect(terms("Please contact us. You can contact your IRO. Contact Sam on Monday.", 10).filter((t) => t === "contact")).toEqual([]);
    expect(terms("Contact with Mum is on Saturday. Your carer takes you to contact.", 10)).toEqual(["contact", "contact"]);
  });

  it("skips the verb 'review' (we will review) but finds the meeting, for a young child", () => {
    expect(terms("We will review how it goes.", 6)).toEqual([]);
    expect(terms("Your review is on Monday.", 6)).toEqual(["review"]);
  });

  it("flags 'review' for a child under 13 only: older children and parents know the word", () => {
    expect(terms("Your review is on Monday.", 12)).toEqual(["review"]);
    expect(terms("Your review is on Monday.", 13)).toEqual([]);
    expect(terms("The review is on Monday.", undefined, "parent")).toEqual([]);
  });

  it("uses the under-8 list for a child of unknown age, the strictest, so no age never hides jargon", () => {
    expect(terms("Your conference is on Monday.")).toEqual(["conference"]);
  });

  it("allows a term explained in brackets in the same sentence", () => {
    expect(terms("Your IRO (the person who checks your plan is working) will visit.")).toEqual([]);
  });

  it("still reports a term explained only in the next sentence: the gloss must be in the same sentence", () => {
    expect(terms("Your IRO will visit. (The IRO is the person who checks your plan is working.)")).toEqual(["IRO", "IRO"]);
  });

  it("reports jargon inside a gloss on its own, so explaining one term with another does not pass", () => {
    expect(terms("Your PEP (personal education plan) is ready.", 10)).toEqual(["personal education plan"]);
  });

  it("returns hits in text order, so a report reads top to bottom", () => {
    const hits = findJargon("The LADO and the IRO met the DCS.", { audience: "parent" });
    expect(hits.map((h) => h.index)).toEqual([...hits.map((h) => h.index)].sort((a, b) => a - b));
  });

  it("finds nothing in empty text", () => {
    expect(findJargon("", { audience: "child" })).toEqual([]);
  });
});
