import { describe, expect, it } from "vitest";
import { cpPlan } from "../../../test/fixtures/records.js";
import { smartPlanProblems } from "./smart-plan.js";

describe("smartPlanProblems", () => {
  it("finds nothing in a SMART plan", () => {
    // why: the fixture's action is open, due after the conference, with its own measure.
    expect(smartPlanProblems(cpPlan(), "2026-12-21")).toEqual([]);
  });

  it("finds an open action already overdue when the plan was made, but not a done one", () => {
    // why: conference 14 December 2026; due 13 December is before it, due 14 December is not.
    const p = cpPlan();
    const first = p.outcomes[0]!.actions[0]!;
    p.outcomes[0]!.actions.push({ ...first, dueDate: "2026-12-13" }, { ...first, dueDate: "2026-12-14" }, { ...first, dueDate: "2026-12-01", updates: [{ on: "2026-12-01", status: "done" }] });
    expect(smartPlanProblems(p, "2026-12-21")).toEqual([
      { kind: "untimed", path: "/outcomes/0/actions/1/dueDate", outcomeId: "O1", action: 2, dueDate: "2026-12-13" },
    ]);
  });

  it("judges an action done only after the plan was written as open at the time", () => {
    // why: the plan as written carried an action already past due; finishing it later does not make the plan SMART.
    const p = cpPlan();
    const first = p.outcomes[0]!.actions[0]!;
    p.outcomes[0]!.actions.push({ ...first, dueDate: "2026-12-13", updates: [{ on: "2026-12-20", status: "done" }] });
    expect(smartPlanProblems(p, "2026-12-21").map((x) => x.kind)).toEqual(["untimed"]);
  });

  it("finds a measure that repeats the action, ignoring case and a final full stop", () => {
    // why: "how we will know it is done" must say something the action does not.
    const p = cpPlan();
    const a = p.outcomes[0]!.actions[0]!;
    a.measure = a.text.toUpperCase().replace(/\.$/, "");
    expect(smartPlanProblems(p, "2026-12-21").map((x) => x.kind)).toEqual(["unmeasured"]);
  });

  it("finds an outcome whose every action was dropped", () => {
    // why: an outcome nobody is working towards cannot be achieved.
    const p = cpPlan();
    p.outcomes[0]!.actions[0]!.updates = [{ on: "2026-12-20", status: "dropped" }];
    expect(smartPlanProblems(p, "2026-12-21")).toEqual([{ kind: "noLiveAction", path: "/outcomes/0/actions", outcomeId: "O1" }]);
    // why: the day before it was dropped, the action was still live.
    expect(smartPlanProblems(p, "2026-12-19")).toEqual([]);
  });
});
