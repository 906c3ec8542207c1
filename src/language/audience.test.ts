import { describe, expect, it } from "vitest";
import { bandFor, isAudience } from "./audience.js";

describe("bandFor", () => {
  it("puts 7 in the under-8 band and 8 in the 8–12 band (the boundary year)", () => {
    expect([bandFor("child", 7), bandFor("child", 8)]).toEqual(["child-under-8", "child-8-12"]);
  });

  it("puts 12 in the 8–12 band and 13 in the 13+ band (the boundary year)", () => {
    expect([bandFor("child", 12), bandFor("child", 13)]).toEqual(["child-8-12", "child-13-plus"]);
  });

  it("gives a child of unknown age the under-8 band, the strictest, so no age never loosens the check", () => {
    expect(bandFor("child")).toBe("child-under-8");
  });

  it("gives a parent the parent band whatever the child's age", () => {
    expect([bandFor("parent"), bandFor("parent", 4)]).toEqual(["parent", "parent"]);
  });
});

describe("isAudience", () => {
  it("accepts child and parent only, so a typo is caught before checking", () => {
    expect([isAudience("child"), isAudience("parent"), isAudience("teen"), isAudience(undefined)]).toEqual([true, true, false, false]);
  });
});
