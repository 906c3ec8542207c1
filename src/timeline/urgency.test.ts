import { describe, expect, it } from "vitest";
import type { TimelineItem } from "./types.js";
import { dueWithin, sortByUrgency, summarise } from "./urgency.js";

const item = (id: string, status: TimelineItem["status"], due: string, team = "Team A"): TimelineItem => ({
  id,
  kind: "k",
  title: id,
  trigger: { event: "e", date: "2026-12-01", path: "/events/0" },
  due,
  status,
  citation: { document: "d", paragraph: "p" },
  child: { id: "C1", name: "N" },
  team,
});

describe("urgency", () => {
  const items = [
    item("later", "due", "2027-02-01"),
    item("done", "done-on-time", "2026-12-01"),
    item("little-overdue", "overdue", "2027-01-08"),
    item("soon", "due", "2027-01-15", "Team B"),
    item("most-overdue", "overdue", "2026-12-20"),
  ];

  it("sorts overdue first, most overdue first, then by due date, done last", () => {
    expect(sortByUrgency(items).map((i) => i.id)).toEqual(["most-overdue", "little-overdue", "soon", "later", "done"]);
  });

  it("keeps items due within N calendar days of as-of (inclusive) and everything overdue", () => {
    // 11 Jan + 3 days = 14 Jan: "soon" (15 Jan) is out; + 4 days = 15 Jan: in.
    expect(dueWithin(items, "2027-01-11", 3).map((i) => i.id).sort()).toEqual(["done", "little-overdue", "most-overdue"]);
    expect(dueWithin(items, "2027-01-11", 4).some((i) => i.id === "soon")).toBe(true);
  });

  it("counts by status and by team, every status present", () => {
    const s = summarise(items);
    expect(s.byStatus).toEqual({ overdue: 2, due: 2, "done-late": 0, "done-on-time": 1 });
    expect(Object.keys(s.byTeam)).toEqual(["Team A", "Team B"]);
    expect(s.byTeam["Team B"]).toEqual({ overdue: 0, due: 1, "done-late": 0, "done-on-time": 0 });
  });

  it("keeps a team called __proto__ as an ordinary team", () => {
    const s = summarise([item("x", "due", "2027-01-01", "__proto__")]);
    expect(JSON.stringify(s.byTeam)).toBe('{"__proto__":{"overdue":0,"due":1,"done-late":0,"done-on-time":0}}');
    expect(Object.getPrototypeOf(s.byTeam)).toBeNull();
  });
});
