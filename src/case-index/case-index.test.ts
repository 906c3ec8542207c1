import { describe, expect, it } from "vitest";
import { readJsonFile } from "../io/read-json.js";
import { shippedPath } from "../paths.js";
import type { CaseFile } from "../types/index.js";
import { casePeriods } from "../timeline/periods.js";
import { CaseIndex, listKey, memoKey } from "./case-index.js";

const aaliyah = () => readJsonFile(shippedPath("examples", "knowsley", "aaliyah-begum.case.json")) as CaseFile;

describe("CaseIndex", () => {
  it("lists events and records of a type by their place in the file, in file order", () => {
    const cf = aaliyah();
    const index = new CaseIndex(cf);
    for (const type of new Set(cf.events.map((e) => e.type))) {
      expect(index.eventIndexes(type)).toEqual(cf.events.flatMap((e, i) => (e.type === type ? [i] : [])));
    }
    for (const type of new Set(cf.records.map((r) => r.recordType))) {
      expect(index.recordIndexes(type)).toEqual(cf.records.flatMap((r, i) => (r.recordType === type ? [i] : [])));
    }
    expect(index.eventIndexes("no-such-type")).toEqual([]);
  });

  it("merges several types in file order, each event once", () => {
    const cf = aaliyah();
    const index = new CaseIndex(cf);
    const types = ["lac-visit", "looked-after-review", "lac-visit"];
    expect(index.eventIndexesOf(types)).toEqual(cf.events.flatMap((e, i) => (types.includes(e.type) ? [i] : [])));
  });

  it("merges interleaved types, types with no events and types named twice as a filter of the file would", () => {
    // why: the lists are merged rather than concatenated and sorted; every pair and triple of the
    // file's types (and one it lacks), in each order given, must come out in file order.
    const cf = aaliyah();
    const index = new CaseIndex(cf);
    const present = [...new Set(cf.events.map((e) => e.type))];
    const names = [...present, "no-such-type"];
    expect(present.length).toBeGreaterThan(3);
    let checked = 0;
    for (const a of names) for (const b of names) for (const c of [undefined, ...names]) {
      const types = c === undefined ? [a, b] : [a, b, c];
      expect(index.eventIndexesOf(types), types.join(",")).toEqual(cf.events.flatMap((e, i) => (types.includes(e.type) ? [i] : [])));
      checked++;
    }
    expect(checked).toBe(names.length ** 2 * (names.length + 1));
  });

  it("gives the periods the timeline works out", () => {
    const cf = aaliyah();
    expect(new CaseIndex(cf).periods()).toEqual(casePeriods(cf));
  });

  it("keeps a derived value but not a failure: a second caller gets the same error", () => {
    const index = new CaseIndex(aaliyah());
    let made = 0;
    expect(index.derived("x", () => ++made)).toBe(1);
    expect(index.derived("x", () => ++made)).toBe(1);
    const boom = () => {
      throw new RangeError("no");
    };
    expect(() => index.derived("y", boom)).toThrow("no");
    expect(() => index.derived("y", boom)).toThrow("no");
  });

  it("notices a date within 200 years of year 0 or 9999 anywhere in the file", () => {
    expect(new CaseIndex(aaliyah()).hasExtremeDates()).toBe(false);
    const late = aaliyah();
    late.events[0]!.date = "9990-01-04";
    expect(new CaseIndex(late).hasExtremeDates()).toBe(true);
    const early = aaliyah();
    (early.records[0] as { reviewDate?: string }).reviewDate = "0150-03-01";
    expect(new CaseIndex(early).hasExtremeDates()).toBe(true);
  });
});

describe("memoKey and listKey", () => {
  it("write prefix|part, the same for the same names and apart for different ones", () => {
    // why: the memo's lists are found by these keys; two lists must never share one.
    expect(memoKey("records", "cp-plan")).toBe("records|cp-plan");
    expect(memoKey("records", "cp-plan")).toBe(memoKey("records", `cp-${"plan"}`));
    expect(memoKey("events|d", listKey(["lac-visit"]))).toBe("events|d|lac-visit");
    expect(memoKey("events|d", listKey(["needs-assessment", "pathway-plan"]))).toBe("events|d|needs-assessment,pathway-plan");
    expect(new Set([memoKey("records", "cp-plan"), memoKey("recordsOfType", "cp-plan"), memoKey("records", "cp-conference")]).size).toBe(3);
  });
});
