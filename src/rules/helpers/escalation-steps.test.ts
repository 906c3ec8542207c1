import { describe, expect, it } from "vitest";
import { escalation } from "../../../test/fixtures/records.js";
import { raisedOn } from "./escalation-steps.js";

describe("escalation steps", () => {
  it("takes the earliest step as the date raised, even when steps are out of order", () => {
    const e = escalation();
    const first = e.events[0]!;
    e.events = [{ ...first, type: "respond", date: "2027-01-22" }, first];
    expect(raisedOn(e)).toBe("2027-01-18");
  });
});
