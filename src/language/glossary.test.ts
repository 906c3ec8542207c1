import { describe, expect, it } from "vitest";
import { READABILITY_BANDS, type ReadabilityBand } from "./audience.js";
import { findJargon } from "./find-jargon.js";
import { checkEntry, loadGlossary } from "./glossary.js";

/** An age in each child band, to reach the band through findJargon's public options. */
const AGE_IN: Record<Exclude<ReadabilityBand, "parent">, number> = { "child-under-8": 6, "child-8-12": 10, "child-13-plus": 15 };
const reader = (band: ReadabilityBand) => (band === "parent" ? { audience: "parent" as const } : { audience: "child" as const, age: AGE_IN[band] });

const glossary = loadGlossary();

describe("the glossary as a whole", () => {
  it("has at least 60 entries, as issue 5 asks", () => {
    expect(glossary.length).toBeGreaterThanOrEqual(60);
  });

  it("has unique headwords, so a report's term names one entry", () => {
    const terms = glossary.map((e) => e.term);
    expect(new Set(terms).size).toBe(terms.length);
  });

  it("holds every term issue 5 lists, so none was dropped", () => {
    const listed = ["LAC", "CLA", "CiC", "IRO", "PEP", "LADO", "s47", "section 47", "ICPC", "RCPC", "PLO", "NFA", "CIN", "CP", "SMART", "core group", "contact", "placement", "respite", "care order", "interim care order", "s20", "section 20", "SGO", "special guardianship order", "kinship", "Cafcass", "NYAS", "advocate", "EHCP", "CAMHS", "YOS", "MASH", "strategy discussion", "threshold", "significant harm", "safeguarding", "permanence", "pathway plan", "care plan", "care leaver", "statutory", "dispute resolution", "escalation", "PRP", "QAPR", "chronology", "FGC", "family group conference", "parallel planning", "placement order", "regulation 24", "review", "conference", "multi-agency", "corporate parent", "PA", "SW", "TM", "HoS", "DCS", "IHA", "RHA", "ADM"];
    const terms = new Set(glossary.map((e) => e.term));
    expect(listed.filter((t) => !terms.has(t))).toEqual([]);
    expect(glossary.some((e) => e.forms.includes("CYPMHS")), "CAMHS/CYPMHS").toBe(true);
    expect(glossary.some((e) => e.forms.includes("personal adviser")), "PA/personal adviser").toBe(true);
  });

  it("rejects a malformed entry with its number, so a bad edit to the data fails loudly", () => {
    expect(() => checkEntry({ term: "X", forms: [], kind: "acronym", audiences: ["parent"], child: "a", parent: "b", definition: "c" }, 7)).toThrow(/entry 7: "forms"/);
    expect(() => checkEntry({ term: "X", forms: ["X"], kind: "acronym", audiences: ["teen"], child: "a", parent: "b", definition: "c" }, 3)).toThrow(/entry 3: "audiences"/);
  });
});

// One block per entry, generated, so adding an entry adds its tests.
describe.each(glossary.map((e) => [e.term, e] as const))("glossary entry %s", (_term, entry) => {
  it("has a plain replacement for a child and for a parent, and a definition", () => {
    expect(entry.child.trim().length).toBeGreaterThan(0);
    expect(entry.parent.trim().length).toBeGreaterThan(0);
    expect(entry.definition.trim().length).toBeGreaterThan(0);
  });

  it.each(entry.forms)("finds the form %s in a sentence, for every reader it is jargon for", (form) => {
    const text = `We talked about the ${form} today.`;
    for (const band of entry.audiences) {
      const hits = findJargon(text, reader(band));
      expect(hits.map((h) => [h.term, h.index]), band).toContainEqual([entry.term, 20]);
    }
  });

  it.each(entry.forms)("does not report the form %s when it is explained in the same sentence", (form) => {
    for (const band of entry.audiences) {
      const gloss = band === "parent" ? entry.parent : entry.child;
      const hits = findJargon(`We talked about the ${form} (${gloss}) today.`, reader(band));
      expect(hits.filter((h) => h.term === entry.term), band).toEqual([]);
    }
  });

  it("is not reported for readers it is not jargon for (the audiences field is honoured)", () => {
    for (const band of READABILITY_BANDS.filter((b) => !entry.audiences.includes(b))) {
      expect(findJargon(`We talked about the ${entry.forms[0]} today.`, reader(band)).map((h) => h.term), band).not.toContain(entry.term);
    }
  });

  it("has replacements that are not themselves jargon for their reader (no swapping one term for another)", () => {
    for (const band of entry.audiences) {
      const replacement = band === "parent" ? entry.parent : entry.child;
      expect(findJargon(replacement, reader(band)).map((h) => h.term), `${band}: ${replacement}`).toEqual([]);
    }
  });
});
