/**
 * Items due before and between meetings, worked by hand and written literally. Bank holidays used:
 * Fri 25 Dec 2026, Mon 28 Dec 2026 (Boxing Day substitute), Fri 1 Jan 2027, Good Friday 26 Mar 2027,
 * Easter Monday 29 Mar 2027.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadProfile } from "../../profiles/load-profile.js";
import { ev, lookedAfterFrom, onPlanFrom } from "../../../test/fixtures/timeline.js";
import { cpConference, lookedAfterReview } from "../../../test/fixtures/records.js";
import type { CaseFile, CpConference, LookedAfterReview } from "../../types/index.js";
import { buildTimeline } from "../build-timeline.js";
import type { TimelineItem } from "../types.js";

function items(cf: CaseFile, asOf: string, profile = "knowsley"): Map<string, TimelineItem> {
  return new Map(buildTimeline(cf, { profile: loadProfile(profile), asOf }).items.map((i) => [i.id, i]));
}

/** A review record held on `reviewDate`, numbered `n`, that sets the next review for `next`. */
function review(id: string, n: number, reviewDate: string, next: string, over: Partial<LookedAfterReview> = {}): LookedAfterReview {
  return { ...lookedAfterReview(), id, reviewNumber: n, reviewDate, nextReviewDate: next, ...over };
}

/** A review conference record held on `date` that sets the next one for `next`. */
function conference(id: string, date: string, next: string, over: Partial<CpConference> = {}): CpConference {
  return { ...cpConference(), id, conferenceType: "review", conferenceDate: date, nextReviewConferenceDate: next, ...over };
}

describe("reports for a looked-after review reach the IRO (KSW-8.REP, 5 working days before)", () => {
  // In care from 1 Jun 2026; review 2 held Thu 8 Oct 2026 sets the next for Thu 7 Jan 2027.
  const cf = lookedAfterFrom("2026-06-01", { records: [review("R2", 2, "2026-10-08", "2027-01-07")] });

  it("next review Thu 7 Jan 2027 → due Wed 30 Dec 2026 (6, 5, 4 Jan, 31, 30 Dec; 1 Jan skipped)", () => {
    const item = items(cf, "2026-12-30").get("review-reports:next-2027-01-07");
    expect(item).toMatchObject({
      title: "Reports for the review reach the IRO",
      trigger: { event: "scheduled-looked-after-review", date: "2027-01-07", path: "/records/0/nextReviewDate" },
      due: "2026-12-30",
      status: "due",
      daysLeft: 0, // day N: still due
      citation: { document: "004_b07548fa3c53f1e2.txt", paragraph: "Section 8", requirement: "KSW-8.REP" },
    });
  });

  it("as of Thu 31 Dec 2026 (N+1) it is overdue by 1 working day", () => {
    expect(items(cf, "2026-12-31").get("review-reports:next-2027-01-07")).toMatchObject({ status: "overdue", daysOverdue: 1 });
  });

  it("once held, the last dated report decides: 30 Dec on time, 31 Dec one working day late", () => {
    const held = (last: string) =>
      lookedAfterFrom("2026-06-01", {
        records: [
          review("R2", 2, "2026-10-08", "2027-01-07"),
          review("R3", 3, "2027-01-07", "2027-07-07", {
            reportsReceived: [
              { from: "Social worker", receivedOn: "2026-12-22" },
              { from: "School", receivedOn: last },
            ],
          }),
        ],
      });
    expect(items(held("2026-12-30"), "2027-01-08").get("review-reports:R3")).toMatchObject({ due: "2026-12-30", status: "done-on-time", done: "2026-12-30", donePath: "/records/1/reportsReceived/1/receivedOn" });
    expect(items(held("2026-12-31"), "2027-01-08").get("review-reports:R3")).toMatchObject({ status: "done-late", daysLate: 1 });
  });

  it("next review Thu 1 Apr 2027 → due Tue 23 Mar 2027 (31, 30 Mar, 25, 24, 23 Mar; Easter Monday and Good Friday skipped)", () => {
    const easter = lookedAfterFrom("2026-06-01", { records: [review("R3", 3, "2026-10-08", "2027-04-01")] });
    expect(items(easter, "2027-03-23").get("review-reports:next-2027-04-01")).toMatchObject({ due: "2027-03-23", status: "due", daysLeft: 0 });
    expect(items(easter, "2027-03-24").get("review-reports:next-2027-04-01")).toMatchObject({ status: "overdue", daysOverdue: 1 });
  });

  it("not shown under a profile with no such timescale (england)", () => {
    expect(items(cf, "2026-12-30", "england").get("review-reports:next-2027-01-07")).toBeUndefined();
  });
});

describe("the IRO sees or speaks with the child before the review (KIRO-1.7)", () => {
  const cf = (contact: string) =>
    lookedAfterFrom("2026-06-01", {
      records: [review("R2", 2, "2026-10-08", "2027-04-01"), review("R3", 3, "2027-04-01", "2027-10-01", { iroContactBeforeReview: { date: contact, method: "visit" } })],
    });

  it("due on the review day itself, Thu 1 Apr 2027 (the rule counts the same day): on the day on time, the day after late", () => {
    expect(items(cf("2027-04-01"), "2027-04-02").get("iro-saw-child-before-review:R3")).toMatchObject({ due: "2027-04-01", status: "done-on-time" });
    expect(items(cf("2027-04-02"), "2027-04-02").get("iro-saw-child-before-review:R3")).toMatchObject({ status: "done-late", daysLate: 1 });
  });

  it("a contact on or before the previous review (8 Oct 2026) planned that one, not this", () => {
    expect(items(cf("2026-10-08"), "2027-04-02").get("iro-saw-child-before-review:R3")).toMatchObject({ status: "overdue" });
  });
});

describe("review conference reports shared with the family (KSW-4.RCPC) and the chair meeting the parents (KCP-2.1)", () => {
  // On a plan from 13 Oct 2025; the review conference on Thu 9 Jul 2026 sets the next for Thu 7 Jan 2027.
  const scheduled = onPlanFrom("2025-10-13", { records: [conference("RC1", "2026-07-09", "2027-01-07")] });

  it("next review conference Thu 7 Jan 2027 → reports due Wed 30 Dec 2026 (1 Jan, 28 and 25 Dec skipped)", () => {
    expect(items(scheduled, "2026-12-30").get("review-conference-reports:next-2027-01-07")).toMatchObject({
      title: "Review conference reports shared with the family",
      trigger: { event: "scheduled-review-conference", date: "2027-01-07" },
      due: "2026-12-30",
      status: "due",
      daysLeft: 0,
      citation: { requirement: "KSW-4.RCPC" },
    });
    expect(items(scheduled, "2026-12-31").get("review-conference-reports:next-2027-01-07")).toMatchObject({ status: "overdue", daysOverdue: 1 });
  });

  it("chair meets the parents by the conference day, Thu 7 Jan 2027", () => {
    expect(items(scheduled, "2027-01-07").get("chair-met-parents:next-2027-01-07")).toMatchObject({ due: "2027-01-07", status: "due", daysLeft: 0, citation: { requirement: "KCP-2.1" } });
    expect(items(scheduled, "2027-01-08").get("chair-met-parents:next-2027-01-07")).toMatchObject({ status: "overdue", daysOverdue: 1 });
  });

  it("once held: the social worker's report at 5pm on 30 Dec is on time, a report shared on 31 Dec is late", () => {
    const held = (last: string) =>
      onPlanFrom("2025-10-13", {
        records: [
          conference("RC1", "2026-07-09", "2027-01-07"),
          conference("RC2", "2027-01-07", "2027-07-07", {
            socialWorkReport: { sharedWithFamilyAt: "2026-12-30T17:00" },
            reportsReceived: [{ from: "School", sharedWithFamilyOn: last }],
            chairMetParents: { metOn: "2027-01-07" },
          }),
        ],
      });
    expect(items(held("2026-12-30"), "2027-01-08").get("review-conference-reports:RC2")).toMatchObject({ status: "done-on-time" });
    expect(items(held("2026-12-31"), "2027-01-08").get("review-conference-reports:RC2")).toMatchObject({ status: "done-late", daysLate: 1 });
    expect(items(held("2026-12-30"), "2027-01-08").get("chair-met-parents:RC2")).toMatchObject({ status: "done-on-time", done: "2027-01-07" });
  });
});

describe("QA progress review between Care Reviews (GL-5-CIC, Gloucestershire)", () => {
  // Review 1 (the Initial review) 4 Jun 2026, review 2 Thu 1 Oct 2026 sets the next for Thu 1 Apr 2027.
  const cf = (qapr?: string) =>
    lookedAfterFrom("2026-05-07", {
      records: [review("R1", 1, "2026-06-04", "2026-10-01"), review("R2", 2, "2026-10-01", "2027-04-01")],
      events: qapr ? [ev("qapr", qapr)] : [],
    });

  it("none is due between the Initial review and review 2; one by Wed 31 Mar 2027, the day before review 3", () => {
    const t = items(cf(), "2027-03-31", "gloucestershire");
    expect([...t.values()].filter((i) => i.kind === "qapr-child-in-care").map((i) => i.due)).toEqual(["2027-03-31"]);
    expect(t.get("qapr-child-in-care:2026-10-01")).toMatchObject({ status: "due", daysLeft: 0, citation: { requirement: "GL-5-CIC" } });
  });

  it("a QAPR on 31 Mar is on time; one on the review day itself is not between the reviews, so as of 1 Apr it is overdue", () => {
    expect(items(cf("2027-03-31"), "2027-04-01", "gloucestershire").get("qapr-child-in-care:2026-10-01")).toMatchObject({ status: "done-on-time" });
    expect(items(cf("2027-04-01"), "2027-04-01", "gloucestershire").get("qapr-child-in-care:2026-10-01")).toMatchObject({ status: "overdue" });
  });

  it("not shown where Gloucestershire's rules are off (knowsley)", () => {
    expect(items(cf(), "2027-03-31").get("qapr-child-in-care:2026-10-01")).toBeUndefined();
  });
});

describe("midway tracking between reviews (LEI-MT, Leicestershire)", () => {
  const cf = (check?: string) =>
    lookedAfterFrom("2026-06-01", { records: [review("R2", 2, "2026-10-08", "2027-01-07")], events: check ? [ev("midway-check", check)] : [] });

  it("due by Wed 6 Jan 2027, the day before the next review: a check that day is on time; as of 7 Jan without one, overdue", () => {
    expect(items(cf(), "2027-01-06", "leicestershire").get("midway-tracking:lar-2026-10-08")).toMatchObject({ due: "2027-01-06", status: "due", citation: { requirement: "LEI-MT" } });
    expect(items(cf("2027-01-06"), "2027-01-07", "leicestershire").get("midway-tracking:lar-2026-10-08")).toMatchObject({ status: "done-on-time" });
    expect(items(cf(), "2027-01-07", "leicestershire").get("midway-tracking:lar-2026-10-08")).toMatchObject({ status: "overdue", daysOverdue: 1 });
  });

  it("is cited from the profile's dueDates: a profile re-citing it changes the item's citation, and no citation is written in the timeline", () => {
    const dir = mkdtempSync(join(tmpdir(), "reviewkit-due-dates-"));
    const file = join(dir, "recited.json");
    writeFileSync(
      file,
      JSON.stringify({
        id: "recited-midway",
        name: "Re-cited (fictional)",
        extends: "leicestershire",
        description: "Midway tracking under a local standard.",
        dueDates: { "midway-tracking": { description: "A midway check between reviews.", citation: { document: "local-2027", paragraph: "Standard 9", requirement: "LEI-MT" } } },
        overrides: [{ path: "dueDates/midway-tracking", reason: "Our own standard restates it." }],
      }),
    );
    const item = new Map(buildTimeline(cf(), { profile: loadProfile(file), asOf: "2027-01-06" }).items.map((i) => [i.id, i])).get("midway-tracking:lar-2026-10-08");
    expect(item).toMatchObject({ due: "2027-01-06", citation: { document: "local-2027", paragraph: "Standard 9" } });
    for (const kind of readdirSync(new URL(".", import.meta.url)).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))) {
      expect(readFileSync(new URL(kind, import.meta.url), "utf8"), kind).not.toMatch(/requirement: "[A-Z]/);
    }
  });
});

describe("PEP every 3 months while at risk of exclusion (WB-1.PEP, West Berkshire)", () => {
  // At risk from Fri 25 Sep 2026: the first PEP review is due 3 calendar months later, Fri 25 Dec 2026 (Christmas Day).
  const cf = (pep: string) => lookedAfterFrom("2026-06-01", { events: [ev("exclusion-risk", "2026-09-25"), ev("pep", pep)] });

  it("a PEP on Thu 24 Dec is on time and starts the next 3 months (due Wed 24 Mar 2027)", () => {
    const t = items(cf("2026-12-24"), "2027-01-04", "west-berkshire");
    expect(t.get("pep-review-exclusion-risk:risk-2026-09-25:0")).toMatchObject({ due: "2026-12-25", status: "done-on-time", citation: { requirement: "WB-1.PEP" } });
    expect(t.get("pep-review-exclusion-risk:risk-2026-09-25:1")).toMatchObject({ due: "2027-03-24", measuredFrom: "2026-12-24", status: "due" });
  });

  it("a PEP on Tue 29 Dec is late", () => {
    expect(items(cf("2026-12-29"), "2027-01-04", "west-berkshire").get("pep-review-exclusion-risk:risk-2026-09-25:0")).toMatchObject({ status: "done-late", daysLate: 1 });
  });
});
