import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readJsonFile } from "../io/read-json.js";
import { shippedPath } from "../paths.js";
import { extremeDateSeen, isExtremeDateString, startDateWatch } from "./extreme-dates.js";
import { getValidator } from "./load-schemas.js";
import { getAt, setAt } from "../form/schema-form/pointer.js";

/** Every example case file, by its path under examples/. */
function exampleCaseFiles(): string[] {
  const root = shippedPath("examples");
  return readdirSync(root, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".case.json"))
    .sort()
    .map((f) => join(root, f));
}

/** The JSON pointer of every string in `value` that starts like a date (YYYY-MM-DD). */
function datePointers(value: unknown, at = ""): string[] {
  if (typeof value === "string") return /^\d{4}-\d\d-\d\d/.test(value) ? [at] : [];
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([k, v]) => datePointers(v, `${at}/${k}`));
}

/** Sets the year of the date at `pointer` to `year` (keeping month, day and any time). */
function setYear(record: unknown, pointer: string, year: string): void {
  setAt(record as Record<string, unknown>, pointer, year + (getAt(record, pointer) as string).slice(4));
}

const caseFile = getValidator("case-file");

describe("isExtremeDateString", () => {
  it.each([
    ["9990-01-04", true, "within 200 years of 9999"],
    ["9800-01-01", true, "9800 is the first year near 9999"],
    ["9799-12-31", false, "9799 is not"],
    ["0199-12-31T10:00", true, "a date and time near year 0"],
    ["0200-01-01", false, "0200 is not"],
    ["2026-11-23", false, "a real child's date"],
    ["9999", false, "too short to be a date"],
    ["99 bottles, no date", false, "no hyphen after a year"],
  ])("%s is %s (%s)", (value, expected) => {
    expect(isExtremeDateString(value)).toBe(expected);
  });
});

describe("the schema check notes extreme dates as it reads them", () => {
  // why: validateRecord tells the case index from this note whether a file has a date near year 0
  // or 9999, instead of walking the file; a date the formats never see would let such a file take
  // the kind-by-kind timeline and fail fewer rules than it did. So every date of every example
  // case file, made extreme in turn, must be noticed; and no unchanged example may be.
  const files = exampleCaseFiles();

  it("finds the example case files", () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
  });

  it.each(files.map((f) => [f.slice(shippedPath("examples").length + 1), f]))("%s: nothing extreme as it stands", (_name, file) => {
    startDateWatch();
    expect(caseFile(readJsonFile(file))).toBe(true);
    expect(extremeDateSeen()).toBe(false);
  });

  it.each(files.map((f) => [f.slice(shippedPath("examples").length + 1), f]))("%s: each date made extreme is noticed", (_name, file) => {
    const original = readJsonFile(file);
    const pointers = datePointers(original);
    expect(pointers.length).toBeGreaterThan(10);
    // Leap years both (9992 and 0152), so a 29 February stays a real date and the record stays valid.
    pointers.forEach((pointer, i) => {
      const record = structuredClone(original);
      setYear(record, pointer, i % 2 === 0 ? "9992" : "0152");
      startDateWatch();
      expect(caseFile(record), pointer).toBe(true);
      expect(extremeDateSeen(), pointer).toBe(true);
    });
  });

  it("starts afresh each time", () => {
    const record = readJsonFile(files[0]!);
    setYear(record, datePointers(record)[0]!, "9992");
    startDateWatch();
    caseFile(record);
    expect(extremeDateSeen()).toBe(true);
    startDateWatch();
    expect(extremeDateSeen()).toBe(false);
  });

  it("still checks the date: a 30 February fails, extreme or not", () => {
    const record = readJsonFile(files[0]!) as { events: { date: string }[] };
    record.events[0]!.date = "9992-02-30";
    startDateWatch();
    expect(caseFile(record)).toBe(false);
    expect(extremeDateSeen()).toBe(true);
  });
});
