import { describe, expect, it } from "vitest";
import { doneOn, isClosed, progressOn, updatesUpTo } from "./progress.js";

const item = {
  updates: [
    { on: "2026-10-15", status: "in-progress" as const, note: "Checked at the midway point." },
    { on: "2026-09-01", status: "not-started" as const },
    { on: "2026-11-02", status: "done" as const },
  ],
};

describe("progressOn", () => {
  it("is open with no history", () => {
    expect(progressOn({}, "2026-11-23")).toEqual({ status: "open" });
    expect(progressOn({ updates: [] }, "2026-11-23").status).toBe("open");
  });
  it("does not see an update dated after the day asked about (the day before it is done, it is not)", () => {
    expect(progressOn(item, "2026-11-01").status).toBe("in-progress");
    expect(progressOn(item, "2026-11-02").status).toBe("done");
    expect(progressOn(item, "2026-08-31").status).toBe("open");
  });
  it("reads updates in date order whatever order they were written in, and says which entry set it", () => {
    expect(progressOn(item, "2026-09-30")).toEqual({ status: "not-started", update: item.updates[1], index: 1 });
    expect(updatesUpTo(item, "2026-10-31").map((u) => u.index)).toEqual([1, 0]);
  });
  it("takes the later entry in the list for two updates on one day", () => {
    const sameDay = { updates: [{ on: "2026-11-02", status: "done" as const }, { on: "2026-11-02", status: "in-progress" as const }] };
    expect(progressOn(sameDay, "2026-11-02").status).toBe("in-progress");
    expect(updatesUpTo(sameDay, "2026-11-02").map((u) => u.index)).toEqual([0, 1]);
  });
  it("lists updates written in date order as they are, less those after the day asked about", () => {
    const written = {
      updates: [
        { on: "2026-09-01", status: "not-started" as const },
        { on: "2026-10-15", status: "in-progress" as const },
        { on: "2026-10-15", status: "in-progress" as const, note: "Same day, written later." },
        { on: "2026-11-02", status: "done" as const },
      ],
    };
    expect(updatesUpTo(written, "2026-10-31").map((u) => u.index)).toEqual([0, 1, 2]);
    expect(updatesUpTo(written, "2026-08-31")).toEqual([]);
    // Out of order after the first: sorted, ties in written order.
    const mixed = { updates: [written.updates[3]!, written.updates[2]!, written.updates[0]!, written.updates[1]!] };
    expect(updatesUpTo(mixed, "2026-12-01").map((u) => u.index)).toEqual([2, 1, 3, 0]);
  });
  it("gives the done date only once it is done", () => {
    expect(doneOn(item, "2026-11-01")).toBeUndefined();
    expect(doneOn(item, "2026-11-23")).toBe("2026-11-02");
  });
  it("counts done and dropped as closed", () => {
    expect([isClosed("done"), isClosed("dropped"), isClosed("open"), isClosed("in-progress")]).toEqual([true, true, false, false]);
  });
});
