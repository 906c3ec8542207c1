import { describe, expect, it } from "vitest";
import { caseFile, qaProgressReview } from "../../../test/fixtures/records.js";
import { qaprDates, strictlyBetween } from "./qa-reviews.js";

describe("qaprDates", () => {
  it("joins qapr events and QA progress review records, each date once, in order, filtered by form", () => {
    const cf = caseFile();
    cf.events.push({ id: "Q1", type: "qapr", date: "2026-11-02" }, { id: "Q2", type: "qapr", date: "2026-08-01" });
    const iro = qaProgressReview(); // 10 March 2027, IRO form
    const cp = { ...qaProgressReview(), id: "QAPR-CP", form: "cp" as const, date: "2027-04-01" };
    cf.records.push(iro, cp, { ...iro, id: "QAPR-dup", date: "2026-11-02" });
    expect(qaprDates(cf)).toEqual(["2026-08-01", "2026-11-02", "2027-03-10", "2027-04-01"]);
    expect(qaprDates(cf, "iro")).toEqual(["2026-08-01", "2026-11-02", "2027-03-10"]);
    expect(qaprDates(cf, "cp")).toEqual(["2026-08-01", "2026-11-02", "2027-04-01"]);
  });
});

describe("strictlyBetween", () => {
  it("excludes both ends", () => {
    expect(strictlyBetween("2026-10-01", "2026-09-10", "2026-12-10")).toBe(true);
    expect(strictlyBetween("2026-09-10", "2026-09-10", "2026-12-10")).toBe(false);
    expect(strictlyBetween("2026-12-10", "2026-09-10", "2026-12-10")).toBe(false);
  });
});
