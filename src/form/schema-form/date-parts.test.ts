import { describe, expect, it } from "vitest";
import { composeDate, dateParts } from "./date-parts.js";

describe("GOV.UK date inputs and ISO dates", () => {
  it("splits a stored date and date-time into parts without leading zeros", () => {
    expect(dateParts("2026-12-05")).toEqual({ day: "5", month: "12", year: "2026", time: "" });
    expect(dateParts("2027-03-09T14:30")).toEqual({ day: "9", month: "3", year: "2027", time: "14:30" });
  });

  it("gives empty parts for nothing or a value that is not a date", () => {
    expect(dateParts(undefined)).toEqual({ day: "", month: "", year: "", time: "" });
    expect(dateParts("next week")).toEqual({ day: "", month: "", year: "", time: "" });
  });

  it("joins typed parts into an ISO date, padding day and month", () => {
    expect(composeDate({ day: "3", month: "2", year: "2027", time: "" })).toBe("2027-02-03");
    expect(composeDate({ day: "25", month: "12", year: "2026", time: "9:05" })).toBe("2026-12-25T09:05");
  });

  it("stores nothing when every part is empty, so an optional date is simply absent", () => {
    expect(composeDate({ day: " ", month: "", year: "", time: "" })).toBeUndefined();
  });

  it("keeps a part-typed or impossible date as typed, for the schema to reject", () => {
    expect(composeDate({ day: "30", month: "2", year: "2027", time: "" })).toBe("2027-02-30");
    expect(composeDate({ day: "", month: "2", year: "2027", time: "" })).toBe("2027-02-");
  });
});
