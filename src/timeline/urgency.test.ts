import { describe, expect, it } from "vitest";
import type { TimelineItem } from "./types.js";
import { dueWithin, sortByUrgency, summarise } from "./urgency.js";
import * as urgency from "./urgency.js";

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

describe("date ranges for the deadlines table", () => {
  it("weekOf gives Monday to Sunday, across a year end", () => {
    const { weekOf } = urgency;
    expect(weekOf("2027-01-06")).toEqual({ from: "2027-01-04", to: "2027-01-10" });
    expect(weekOf("2027-01-04")).toEqual({ from: "2027-01-04", to: "2027-01-10" }); // a Monday is its own week's start
    expect(weekOf("2027-01-10")).toEqual({ from: "2027-01-04", to: "2027-01-10" }); // a Sunday its end
    expect(weekOf("2026-12-31")).toEqual({ from: "2026-12-28", to: "2027-01-03" });
  });

  it("dueBetween keeps both ends, by due date alone", () => {
    const item = (id: string, due: string, status: "due" | "overdue") => ({ id, due, status }) as never;
    const items = [item("before", "2027-01-03", "overdue"), item("first", "2027-01-04", "overdue"), item("last", "2027-01-10T09:00", "due"), item("after", "2027-01-11", "due")];
    expect(urgency.dueBetween(items, "2027-01-04", "2027-01-10").map((i: { id: string }) => i.id)).toEqual(["first", "last"]);
  });

  it("dueWithin counts working days: 3 working days from Wednesday 23 December 2026 is Wednesday 30 December", () => {
    const item = (id: string, due: string) => ({ id, due, status: "due" }) as never;
    const items = [item("on-day-3", "2026-12-30"), item("day-after", "2026-12-31")];
    expect(urgency.dueWithin(items, "2026-12-23", 3).map((i: { id: string }) => i.id)).toEqual(["on-day-3"]);
  });
});
