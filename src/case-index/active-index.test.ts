import { describe, expect, it } from "vitest";
import { caseFile } from "../../test/fixtures/records.js";
import { activeCaseIndex, caseIndexOf, derivedFrom, enterCaseIndex, leaveCaseIndex, withCaseIndex } from "./active-index.js";

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

  it("is put in force and dropped by enterCaseIndex and leaveCaseIndex as by withCaseIndex, in any order of leaving", () => {
    // why: validateRecord enters and leaves in its own loop; an entry left while a later one is still
    // in force (only a rule validating something itself could do that) must not drop the wrong one.
    const a = caseFile();
    const b = caseFile();
    const enteredA = enterCaseIndex(a);
    const indexA = activeCaseIndex(a);
    expect(indexA).toBeDefined();
    // Already in force: nothing new entered, and leaving that nothing keeps the outer one.
    const again = enterCaseIndex(a);
    expect(again).toBeUndefined();
    leaveCaseIndex(again);
    expect(activeCaseIndex(a)).toBe(indexA);
    const enteredB = enterCaseIndex(b);
    leaveCaseIndex(enteredA);
    expect(activeCaseIndex(a)).toBeUndefined();
    expect(activeCaseIndex(b)).toBe(enteredB!.index);
    leaveCaseIndex(enteredB);
    expect(activeCaseIndex(b)).toBeUndefined();
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

  it("gives helpers the running index, or outside a validation a fresh one with the same positions", () => {
    const cf = caseFile();
    const outside = caseIndexOf(cf);
    expect(activeCaseIndex(cf)).toBeUndefined();
    expect(caseIndexOf(cf)).not.toBe(outside);
    const types = [...new Set(cf.events.map((e) => e.type))];
    expect(types.length).toBeGreaterThan(1);
    for (const type of types) {
      const walked = cf.events.flatMap((e, i) => (e.type === type ? [i] : []));
      expect(outside.eventIndexes(type)).toEqual(walked);
    }
    withCaseIndex(cf, (index) => {
      expect(caseIndexOf(cf)).toBe(index);
      expect(index.eventIndexes(types[0]!)).toEqual(outside.eventIndexes(types[0]!));
    });
  });
});
