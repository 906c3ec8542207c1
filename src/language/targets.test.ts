import { describe, expect, it } from "vitest";
import { ProfileError } from "../errors.js";
import { loadProfile } from "../profiles/load-profile.js";
import { targetFor } from "./targets.js";

const england = loadProfile("england");

describe("targetFor with the england profile", () => {
  it.each([
    [5, "child-under-8", 85, 3, 12],
    [7, "child-under-8", 85, 3, 12],
    [8, "child-8-12", 80, 4, 15],
    [12, "child-8-12", 80, 4, 15],
    [13, "child-13-plus", 70, 6, 20],
    [17, "child-13-plus", 70, 6, 20],
  ])("gives a child aged %i the %s target (FRE ≥ %i, grade ≤ %i, sentences ≤ %i words): the band boundaries", (age, band, fre, grade, words) => {
    expect(targetFor(england, "child", age)).toMatchObject({ band, age, fleschReadingEaseMin: fre, fleschKincaidGradeMax: grade, maxSentenceWords: words });
  });

  it("gives a parent grade 6 and GOV.UK's 25-word sentences, whatever the child's age", () => {
    expect(targetFor(england, "parent", 6)).toMatchObject({ band: "parent", age: null, fleschKincaidGradeMax: 6, maxSentenceWords: 25 });
  });

  it("gives a child of unknown age the under-8 target with age null, so reports can say the age was not known", () => {
    expect(targetFor(england, "child")).toMatchObject({ band: "child-under-8", age: null });
  });

  it("never holds a child to an easier-to-miss target than an older reader: grades rise and reading ease falls with age", () => {
    const bands = ["child-under-8", "child-8-12", "child-13-plus", "parent"].map((b) => england.readability?.[b]);
    const grades = bands.map((t) => t?.fleschKincaidGradeMax ?? NaN);
    const ease = bands.map((t) => t?.fleschReadingEaseMin ?? NaN);
    expect(grades).toEqual([...grades].sort((a, b) => a - b));
    expect(ease).toEqual([...ease].sort((a, b) => b - a));
  });

  it("carries the reason for every number, since the profile is policy with its citation", () => {
    for (const band of ["child-under-8", "child-8-12", "child-13-plus", "parent"]) {
      expect(england.readability?.[band]?.reason.length, band).toBeGreaterThan(40);
    }
  });

  it("is inherited by an authority profile that sets no readability of its own", () => {
    expect(targetFor(loadProfile("knowsley"), "child", 9).band).toBe("child-8-12");
  });
});

describe("targetFor with a profile missing a band", () => {
  it("throws a ProfileError naming the band, since guessing a target would hide a gap in policy", () => {
    const partial = { id: "mine", readability: { parent: { fleschReadingEaseMin: 60, fleschKincaidGradeMax: 8, maxSentenceWords: 25, reason: "ours" } } };
    expect(() => targetFor(partial, "child", 9)).toThrow(ProfileError);
    expect(() => targetFor(partial, "child", 9)).toThrow(/child-8-12/);
    expect(targetFor(partial, "parent").fleschKincaidGradeMax).toBe(8);
  });
});
