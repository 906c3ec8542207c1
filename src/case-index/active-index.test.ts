import { describe, expect, it } from "vitest";
import { caseFile } from "../../test/fixtures/records.js";
import { activeCaseIndex, derivedFrom, withCaseIndex } from "./active-index.js";

describe("the index in force during a validation", () => {
  it("exists only inside withCaseIndex, and nested calls share it", () => {
    const cf = caseFile();
    expect(activeCaseIndex(cf)).toBeUndefined();
    withCaseIndex(cf, (outer) => {
      expect(activeCaseIndex(cf)).toBe(outer);
      withCaseIndex(cf, (inner) => expect(inner).toBe(outer));
      expect(activeCaseIndex(cf)).toBe(outer);
    });
    // Gone afterwards: a case file edited and validated again is read afresh.
    expect(activeCaseIndex(cf)).toBeUndefined();
  });

  it("works a derived value out once inside and every time outside, handing out copies of lists", () => {
    const cf = caseFile();
    let made = 0;
    const make = () => {
      made++;
      return [3, 1, 2];
    };
    derivedFrom(cf, "k", make);
    derivedFrom(cf, "k", make);
    expect(made).toBe(2);
    withCaseIndex(cf, () => {
      const a = derivedFrom(cf, "k", make);
      a.sort();
      expect(derivedFrom(cf, "k", make)).toEqual([3, 1, 2]);
    });
    expect(made).toBe(3);
  });
});
