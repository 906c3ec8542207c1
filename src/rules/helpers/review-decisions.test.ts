import { describe, expect, it } from "vitest";
import { caseFile, escalation, lookedAfterReview } from "../../../test/fixtures/records.js";
import { anyEscalationCovers, decisionProgress, escalationCovers, reviewDecisions } from "./review-decisions.js";
import { compareIsoDates } from "../../calendar/index.js";
import { isClosed, updatesUpTo } from "../../records/progress.js";
import type { ProgressUpdate } from "../../types/index.js";

describe("review decisions", () => {
  it("is open with no checks when the decision alone says so", () => {
    const r = lookedAfterReview();
    expect(decisionProgress(r.decisions[0]!, r, "2027-06-01")).toEqual({ status: "open", checkedOn: [] });
  });

  it("is done from the day its history says so, and open the day before", () => {
    const r = lookedAfterReview();
    r.decisions[0]!.updates = [{ on: "2026-12-20", status: "in-progress" }, { on: "2027-01-05", status: "done" }];
    expect(decisionProgress(r.decisions[0]!, r, "2027-01-05")).toEqual({ status: "done", checkedOn: ["2026-12-20", "2027-01-05"] });
    expect(decisionProgress(r.decisions[0]!, r, "2027-01-04")).toEqual({ status: "open", checkedOn: ["2026-12-20"] });
  });

  it("takes later reviews' reports as checks, and their done or dropped as closing it", () => {
    const cf = caseFile();
    const later = lookedAfterReview();
    later.id = "LAR-2027-06-10";
    later.reviewDate = "2027-06-10";
    later.reviewNumber = 4;
    later.previousDecisions = [
      { decisionId: "D1", status: "in-progress" },
      { decisionId: "D2", status: "dropped" },
    ];
    cf.records.push(later);
    const r = cf.records[0] as ReturnType<typeof lookedAfterReview>;
    r.decisions[0]!.updates = [{ on: "2027-03-01", status: "in-progress" }];
    const all = reviewDecisions(cf, "2027-07-01");
    const d1 = all.find((d) => d.reviewIndex === 0 && d.decision.id === "D1")!;
    const d2 = all.find((d) => d.reviewIndex === 0 && d.decision.id === "D2")!;
    expect(d1.progress).toEqual({ status: "open", checkedOn: ["2027-03-01", "2027-06-10"] });
    expect(d2.progress.status).toBe("dropped");
    // The later review's own decisions are listed too, with their own indexes.
    expect(all.filter((d) => d.reviewIndex === 1).map((d) => d.decisionIndex)).toEqual([0, 1]);
    // Before the later review was held, its report has not happened.
    const before = reviewDecisions(cf, "2027-06-09").find((d) => d.reviewIndex === 0 && d.decision.id === "D2")!;
    expect(before.progress).toEqual({ status: "open", checkedOn: [] });
  });

  it("reads a history in or out of order, with repeats and later reviews, as sorting it all would", () => {
    // why: decisionProgress reads an update list that is in date order once, without updatesUpTo's
    // lists, and knows from the dates it read whether the checks need sorting. Here it is held to the
    // plain reading: updatesUpTo's history, then later reviews' reports, then repeats dropped and the
    // dates sorted unless each falls after the one before.
    const histories: ProgressUpdate[][] = [
      [{ on: "2026-12-20", status: "in-progress" }],
      [{ on: "2027-08-01", status: "done" }], // after the as-of date: not seen
      [{ on: "2026-12-20", status: "in-progress" }, { on: "2027-01-05", status: "done" }],
      [{ on: "2027-01-05", status: "done" }, { on: "2026-12-20", status: "in-progress" }], // typed out of order
      [{ on: "2027-01-05", status: "in-progress" }, { on: "2027-01-05", status: "dropped" }], // one day, two words
      [{ on: "2027-01-05T10:00", status: "in-progress" }, { on: "2027-01-05T10:00:00", status: "done" }], // one moment, two spellings
      [{ on: "2027-02-01", status: "done" }, { on: "2027-03-01", status: "in-progress" }, { on: "2027-01-10", status: "in-progress" }],
      [{ on: "2027-06-10", status: "in-progress" }, { on: "2027-09-01", status: "done" }], // the later review's day, and the future
    ];
    const asOf = "2027-07-01";
    for (const history of histories) {
      for (const withLater of [false, true]) {
        const cf = caseFile();
        const r = cf.records[0] as ReturnType<typeof lookedAfterReview>;
        r.decisions[0]!.updates = history.map((u) => ({ ...u }));
        const reports: string[] = [];
        if (withLater) {
          for (const [id, date] of [["LAR-2027-06-10", "2027-06-10"], ["LAR-2027-01-05", "2027-01-05"]] as const) {
            const later = lookedAfterReview();
            later.id = id;
            later.reviewDate = date;
            later.previousDecisions = [{ decisionId: "D1", status: "in-progress" }];
            cf.records.push(later);
            reports.push(date);
          }
        }
        const own = updatesUpTo(r.decisions[0]!, asOf);
        const last = own.at(-1)?.update.status ?? "open";
        const checks = [...own.map(({ update }) => update.on), ...reports];
        const rising = checks.every((d, i) => i === 0 || compareIsoDates(checks[i - 1]!, d) < 0);
        const expected = { status: isClosed(last) ? last : "open", checkedOn: rising ? checks : [...new Set(checks)].sort(compareIsoDates) };
        const got = withLater ? reviewDecisions(cf, asOf).find((d) => d.reviewIndex === 0 && d.decisionIndex === 0)!.progress : decisionProgress(r.decisions[0]!, r, asOf);
        expect(got, `${JSON.stringify(history)} with later reviews: ${withLater}`).toEqual(expected);
      }
    }
  });

  it("ignores an earlier review's report on a decision with the same id", () => {
    const cf = caseFile();
    const earlier = lookedAfterReview();
    earlier.id = "LAR-2026-09-10";
    earlier.reviewDate = "2026-09-10";
    earlier.previousDecisions = [{ decisionId: "D1", status: "done" }];
    cf.records.push(earlier);
    const d1 = reviewDecisions(cf, "2027-06-01").find((d) => d.reviewIndex === 0 && d.decision.id === "D1")!;
    expect(d1.progress).toEqual({ status: "open", checkedOn: [] });
  });

  it("answers for a list of escalations as asking each escalation in turn does", () => {
    // why: anyEscalationCovers reads each escalation's first date once for many decisions; it must
    // say what escalations.some((e) => escalationCovers(e, decision)) says, for KIRO-2.6's rule and the report alike.
    const linked = escalation(); // names D2, raised 2027-01-18
    const unlinkedEarly = escalation();
    delete unlinkedEarly.linkedDecisionIds;
    unlinkedEarly.events[0]!.date = "2026-11-02";
    const unlinkedLate = escalation();
    unlinkedLate.linkedDecisionIds = [];
    unlinkedLate.events = [
      { ...unlinkedLate.events[0]!, date: "2027-03-09" },
      { ...unlinkedLate.events[0]!, date: "2027-02-20" }, // typed out of order: raised on the earlier
    ];
    const decisions = [
      { id: "D1", dueDate: "2027-01-31" },
      { id: "D2", dueDate: "2027-05-01" },
      { id: "D3", dueDate: "2027-02-20" },
      { id: "D4", dueDate: "2027-02-21" },
      { id: "D5", dueDate: "2026-10-01" },
    ];
    for (const list of [[], [linked], [unlinkedEarly], [unlinkedLate], [linked, unlinkedEarly, unlinkedLate], [unlinkedLate, linked]]) {
      const covered = anyEscalationCovers(list);
      const expected = decisions.map((d) => list.some((e) => escalationCovers(e, d)));
      expect(decisions.map((d) => covered(d))).toEqual(expected);
    }
    const all = anyEscalationCovers([linked, unlinkedEarly, unlinkedLate]);
    expect(decisions.map((d) => all(d))).toEqual([true, true, true, false, true]);
  });
});
