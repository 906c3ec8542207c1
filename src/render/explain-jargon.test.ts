import { describe, expect, it } from "vitest";
import { findJargon } from "../language/find-jargon.js";
import { explainForParent } from "./explain-jargon.js";

describe("explainForParent", () => {
  it("explains each term in the glossary's words for a parent, keeping the term", () => {
    const out = explainForParent("Social worker to update the PEP and book a family group conference.");
    expect(out).toBe("Social worker to update the PEP (your child's school plan) and book a family group conference (a family meeting where your family makes its own plan).");
    expect(findJargon(out, { audience: "parent" })).toEqual([]);
  });

  it("leaves plain text and a term already explained alone", () => {
    expect(explainForParent("Sofia will see Nikos every two weeks.")).toBe("Sofia will see Nikos every two weeks.");
    const explained = "Update the PEP (the plan for school) by June.";
    expect(explainForParent(explained)).toBe(explained);
  });
});
