import { describe, expect, it } from "vitest";
import { isLocalDateTime } from "./formats.js";

describe("isLocalDateTime", () => {
  it.each([
    ["2026-12-21T09:30", "hours and minutes"],
    ["2026-12-21T23:59:59", "with seconds, last second of the day"],
    ["2026-12-21T00:00", "midnight is hour 00"],
    ["2028-02-29T12:00", "29 February in a leap year"],
  ])("accepts %s (%s)", (value) => {
    expect(isLocalDateTime(value)).toBe(true);
  });

  it.each([
    ["2026-12-21T24:00", "hour 24 is not a time"],
    ["2026-02-30T10:00", "30 February does not exist"],
    ["2027-02-29T10:00", "29 February outside a leap year"],
    ["2026-12-21T09:30Z", "no time zone allowed"],
    ["2026-12-21T09:30+01:00", "no offset allowed"],
    ["2026-12-21 09:30", "a T separates date and time"],
    ["2026-12-21T9:30", "two-digit hours"],
    ["2026-12-21", "a date alone is not a date and time"],
    ["2026-12-21T09:60", "minute 60"],
  ])("rejects %s (%s)", (value) => {
    expect(isLocalDateTime(value)).toBe(false);
  });
});
