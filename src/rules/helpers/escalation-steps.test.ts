import { describe, expect, it } from "vitest";
import { escalation } from "../../../test/fixtures/records.js";
import { formalFrom, raisedOn } from "./escalation-steps.js";

describe("escalation steps", () => {
  it("takes the earliest step as the date raised, even when steps are out of order", () => {
    const e = escalation();
    const first = e.events[0]!;
    e.events = [{ ...first, type: "respond", date: "2027-01-22" }, first];
    expect(raisedOn(e)).toBe("2027-01-18");
  });

  it("has no formal date while the escalation is informal only", () => {
    expect(formalFrom(escalation())).toBeUndefined();
  });

  it("counts raise-formal, escalate, or any step at a formal stage as formal, earliest first", () => {
    const e = escalation();
    const first = e.events[0]!;
    e.events.push({ ...first, type: "escalate", date: "2027-02-10", stage: "formal-2" });
    e.events.push({ ...first, type: "respond", date: "2027-02-03", stage: "formal-1" });
    expect(formalFrom(e)).toBe("2027-02-03");
    const f = escalation();
    f.events = [{ ...first, type: "raise-formal", date: "2027-01-20" }];
    delete f.events[0]!.stage;
    expect(formalFrom(f)).toBe("2027-01-20");
  });
});
