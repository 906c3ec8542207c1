/**
 * The timeline's due dates, worked by hand and written literally. Bank holidays used:
 * Fri 25 Dec 2026, Mon 28 Dec 2026 (Boxing Day substitute), Fri 1 Jan 2027, Good Friday 26 Mar 2027,
 * Easter Monday 29 Mar 2027.
 */
import { describe, expect, it } from "vitest";
import { loadProfile } from "../profiles/load-profile.js";
import { blankCaseFile, ev, lookedAfterFrom, onPlanFrom } from "../../test/fixtures/timeline.js";
import { cpConference, lookedAfterReview, significantChange } from "../../test/fixtures/records.js";
import type { CaseFile } from "../types/index.js";
import { buildTimeline } from "./build-timeline.js";
import type { TimelineItem } from "./types.js";

function timeline(cf: CaseFile, profile = "knowsley", asOf = "2026-12-15"): Map<string, TimelineItem> {
  return new Map(buildTimeline(cf, { profile: loadProfile(profile), asOf }).items.map((i) => [i.id, i]));
}
const dueOf = (t: Map<string, TimelineItem>, id: string) => t.get(id)?.due;

describe("a child looked after from Tue 15 Dec 2026 (Knowsley), across Christmas and New Year", () => {
  const t = timeline(lookedAfterFrom("2026-12-15"));

  it("first review: 20 working days → Fri 15 Jan 2027 (16–24 Dec = 7, 29–31 Dec = 10, 4–8 Jan = 15, 11–15 Jan = 20)", () => {
    // The brief suggested 14 January; counting by hand gives the 15th once 1 January is skipped.
    expect(dueOf(t, "lac-review:la-2026-12-15:0")).toBe("2027-01-15");
    expect(t.get("lac-review:la-2026-12-15:0")).toMatchObject({
      title: "First looked-after review",
      trigger: { event: "became-looked-after", date: "2026-12-15", path: "/legalStatus/0/from" },
      status: "due",
      daysLeft: 20, // as of the day itself: all 20 working days ahead
      timescale: "lac-first-review",
      value: 20,
      unit: "working_days",
      citation: { document: "CPPCR-2010", paragraph: "reg 33(1)", requirement: "NAT-R33" },
      child: { id: "KN-0001", name: "Amara Okafor", preferredName: "Amara" },
      team: "Children in Care Team 1",
    });
  });

  it("IRO told in 2 working days → Thu 17 Dec; others in 5 → Tue 22 Dec", () => {
    expect(dueOf(t, "iro-notified:la-2026-12-15")).toBe("2026-12-17");
    expect(dueOf(t, "professionals-notified:la-2026-12-15")).toBe("2026-12-22");
  });

  it("placement planning meeting and health assessment request in 5 working days → Tue 22 Dec", () => {
    expect(dueOf(t, "placement-planning-meeting:P1")).toBe("2026-12-22");
    expect(dueOf(t, "health-assessment-request:la-2026-12-15")).toBe("2026-12-22");
  });

  it("care plan in 10 working days → Thu 31 Dec (24 Dec is day 7; 25 and 28 Dec skipped)", () => {
    expect(dueOf(t, "care-plan:la-2026-12-15")).toBe("2026-12-31");
  });

  it("PEP in 15 working days → Fri 8 Jan 2027 (1 Jan skipped)", () => {
    expect(dueOf(t, "pep-initial:la-2026-12-15")).toBe("2027-01-08");
  });

  it("seen within 3 calendar days → Fri 18 Dec; first visit within 1 week → Tue 22 Dec", () => {
    expect(dueOf(t, "child-seen-after-placement:la-2026-12-15")).toBe("2026-12-18");
    expect(dueOf(t, "lac-visit:P1:0")).toBe("2026-12-22");
  });

  it("shows only what Knowsley times: no separate national placement plan", () => {
    expect(t.has("placement-plan:P1")).toBe(false);
  });
});

describe("the same child under the national floor (england)", () => {
  const t = timeline(lookedAfterFrom("2026-12-15"), "england");

  it("has the statutory items and not Knowsley's", () => {
    expect(dueOf(t, "lac-review:la-2026-12-15:0")).toBe("2027-01-15");
    expect(dueOf(t, "placement-plan:P1")).toBe("2026-12-22");
    expect(dueOf(t, "care-plan:la-2026-12-15")).toBe("2026-12-31");
    for (const id of ["iro-notified:la-2026-12-15", "pep-initial:la-2026-12-15", "placement-planning-meeting:P1", "child-seen-after-placement:la-2026-12-15"]) {
      expect(t.has(id), id).toBe(false);
    }
    expect(t.get("care-plan:la-2026-12-15")?.citation.requirement).toBe("NAT-R4");
  });
});

describe("reviews follow each other", () => {
  it("second 3 months after the first (15 Jan → 15 Apr 2027), then 6 months (→ 15 Oct 2027)", () => {
    const cf = lookedAfterFrom("2026-12-15", { events: [ev("looked-after-review", "2027-01-15"), ev("looked-after-review", "2027-04-15")] });
    const t = timeline(cf, "knowsley", "2027-04-20");
    expect(t.get("lac-review:la-2026-12-15:0")).toMatchObject({ status: "done-on-time", done: "2027-01-15" });
    expect(t.get("lac-review:la-2026-12-15:1")).toMatchObject({ due: "2027-04-15", status: "done-on-time", measuredFrom: "2027-01-15" });
    expect(t.get("lac-review:la-2026-12-15:2")).toMatchObject({ due: "2027-10-15", status: "due", title: "3rd looked-after review" });
  });

  it("a first review on day 21 (Mon 18 Jan) is late by 1 working day", () => {
    const cf = lookedAfterFrom("2026-12-15", { events: [ev("looked-after-review", "2027-01-18")] });
    expect(timeline(cf, "knowsley", "2027-01-20").get("lac-review:la-2026-12-15:0")).toMatchObject({ status: "done-late", daysLate: 1 });
  });

  it("is overdue by 1 working day on Mon 18 Jan with no review, and due with 3 left on Tue 12 Jan", () => {
    expect(timeline(lookedAfterFrom("2026-12-15"), "knowsley", "2027-01-18").get("lac-review:la-2026-12-15:0")).toMatchObject({ status: "overdue", daysOverdue: 1 });
    expect(timeline(lookedAfterFrom("2026-12-15"), "knowsley", "2027-01-12").get("lac-review:la-2026-12-15:0")).toMatchObject({ status: "due", daysLeft: 3 });
  });

  it("consecutive looked-after statuses are one period: the clock does not restart at the care order", () => {
    const cf = lookedAfterFrom("2026-12-15", {
      legalStatus: [
        { status: "s20-accommodated", from: "2026-12-15" },
        { status: "interim-care-order", from: "2027-01-04" },
      ],
    });
    const t = timeline(cf);
    expect(dueOf(t, "lac-review:la-2026-12-15:0")).toBe("2027-01-15");
    expect(t.has("lac-review:la-2027-01-04:0")).toBe(false);
  });

  it("an early review decided after a significant change is shown, never overdue, done by the next review", () => {
    const sc = significantChange();
    sc.decision = { earlyMeetingConsidered: true, outcome: "early-review", decidedOn: "2027-02-03" };
    const pending = timeline(lookedAfterFrom("2026-12-15", { records: [sc] }), "knowsley", "2027-03-01").get("early-review:SC-2027-02");
    expect(pending).toMatchObject({ due: "2027-02-03", status: "due", noLimit: true, citation: { requirement: "NAT-R33" } });
    const held = timeline(lookedAfterFrom("2026-12-15", { records: [sc], events: [ev("looked-after-review", "2027-02-20")] }), "knowsley", "2027-03-01");
    expect(held.get("early-review:SC-2027-02")).toMatchObject({ status: "done-on-time", done: "2027-02-20" });
  });
});

describe("child protection across Easter 2027", () => {
  it("strategy discussion Mon 15 Mar → initial conference by Wed 7 Apr (26 and 29 Mar skipped)", () => {
    // The brief suggested 6 April; 16–19 Mar = 4, 22–25 Mar = 8, 30 Mar–2 Apr = 12, 5–7 Apr = 15.
    const t = timeline(blankCaseFile({ events: [ev("strategy-discussion", "2027-03-15")] }), "knowsley", "2027-03-15");
    expect(dueOf(t, "icpc:sd-2027-03-15")).toBe("2027-04-07");
    expect(t.get("icpc:sd-2027-03-15")?.citation.requirement).toBe("KSW-3.ICPC");
    expect(timeline(blankCaseFile({ events: [ev("strategy-discussion", "2027-03-15")] }), "england").get("icpc:sd-2027-03-15")?.citation.requirement).toBe("NAT-WT-ICPC");
  });

  it("a second discussion before the conference does not restart the clock; a child in need plan instead needs none", () => {
    const two = timeline(blankCaseFile({ events: [ev("strategy-discussion", "2027-03-15"), ev("strategy-discussion", "2027-03-22")] }));
    expect([...two.keys()].filter((k) => k.startsWith("icpc:"))).toEqual(["icpc:sd-2027-03-15"]);
    const cin = timeline(blankCaseFile({ events: [ev("strategy-discussion", "2027-03-15"), ev("cin-start", "2027-03-29")] }));
    expect([...cin.keys()].filter((k) => k.startsWith("icpc:"))).toEqual([]);
  });

  it("strategy discussion 24 hours after the decision at 10:00 Sun 14 Mar → Mon 15 Mar 10:00; minutes of a discussion on Thu 25 Mar → Tue 30 Mar", () => {
    const cf = blankCaseFile({
      events: [ev("strategy-discussion-decision", "2027-03-14", { id: "DEC", dateTime: "2027-03-14T10:00" }), ev("strategy-discussion", "2027-03-25", { id: "SD" })],
    });
    const t = timeline(cf);
    expect(dueOf(t, "strategy-discussion:DEC")).toBe("2027-03-15T10:00");
    expect(dueOf(t, "strategy-minutes:SD")).toBe("2027-03-30");
  });

  it("plan from Wed 7 Apr: first core group → Wed 21 Apr, next 28 days on → Wed 19 May, its minutes → Wed 28 Apr", () => {
    const cf = onPlanFrom("2027-04-07", { events: [ev("initial-conference", "2027-04-07"), ev("core-group", "2027-04-21", { id: "CG1" })] });
    const t = timeline(cf, "knowsley", "2027-04-22");
    expect(t.get("core-group:cp-2027-04-07:0")).toMatchObject({ due: "2027-04-21", status: "done-on-time", citation: { requirement: "KSW-4.CG1" } });
    expect(t.get("core-group:cp-2027-04-07:1")).toMatchObject({ due: "2027-05-19", citation: { requirement: "KSW-4.CG" } });
    expect(dueOf(t, "core-group-minutes:CG1")).toBe("2027-04-28");
  });

  it("plan from Wed 7 Apr: visits → 5 May, first review conference → 7 Jul, conference minutes → 28 Apr, chair's visit → 7 Apr 2028", () => {
    const t = timeline(onPlanFrom("2027-04-07"), "knowsley", "2027-04-07");
    expect(dueOf(t, "cp-visit:cp-2027-04-07:0")).toBe("2027-05-05");
    expect(dueOf(t, "cp-review-conference:cp-2027-04-07:0")).toBe("2027-07-07");
    expect(dueOf(t, "cp-minutes:initial-2027-04-07")).toBe("2027-04-28");
    expect(dueOf(t, "cp-midpoint-check:conf-2027-04-07")).toBe("2027-07-07");
    expect(dueOf(t, "cp-chair-visit:cp-2027-04-07")).toBe("2028-04-07");
  });

  it("chair's visit: due from the 12-month day (Fri 7 Apr 2028) and by the next review conference (due Wed 5 Jul 2028), as kcp-chair-visit reads KCP-2.4", () => {
    const conferences = [ev("initial-conference", "2027-04-07"), ev("review-conference", "2027-07-07"), ev("review-conference", "2028-01-05")];
    const plan = (visit: string) => onPlanFrom("2027-04-07", { events: [...conferences, ev("chair-visit", visit)] });
    const key = "cp-chair-visit:cp-2027-04-07";
    expect(timeline(plan("2028-04-06"), "knowsley", "2028-07-06").get(key)).toMatchObject({ due: "2028-07-05", status: "overdue", daysOverdue: 1 });
    expect(timeline(plan("2028-04-10"), "knowsley", "2028-07-06").get(key)).toMatchObject({ status: "done-on-time", done: "2028-04-10" });
    expect(timeline(plan("2028-07-05"), "knowsley", "2028-07-06").get(key)).toMatchObject({ status: "done-on-time", done: "2028-07-05" });
    expect(timeline(plan("2028-07-06"), "knowsley", "2028-07-10").get(key)).toMatchObject({ status: "done-late", done: "2028-07-06", daysLate: 1 });
    // A review conference held after the 12-month day sets the date: the visit is due by it.
    const held = onPlanFrom("2027-04-07", { events: [...conferences, ev("review-conference", "2028-06-14"), ev("chair-visit", "2028-06-15")] });
    expect(timeline(held, "knowsley", "2028-07-06").get(key)).toMatchObject({ due: "2028-06-14", status: "done-late" });
  });

  it("advocacy: a NYAS referral recorded with the child's participation in a conference counts (Knowsley section 3)", () => {
    const conference = { ...cpConference(), conferenceType: "review" as const, conferenceDate: "2027-07-07" };
    conference.childParticipation = [{ childId: "KN-0002", how: "drawing", nyasReferredOn: "2027-06-21" }, { childId: "KN-0001", how: "drawing", nyasReferredOn: "2027-06-23" }];
    const t = [...timeline(onPlanFrom("2027-04-07", { records: [conference] }), "knowsley", "2027-07-08").values()];
    const advocacy = t.find((i) => i.kind === "advocacy-referral");
    // The sibling's referral (KN-0002) is not this child's.
    expect(advocacy).toMatchObject({ done: "2027-06-23", donePath: "/records/0/childParticipation/1/nyasReferredOn" });
  });

  it("the plan within 24 hours of a conference at 10:00 → 8 Apr 10:00; the mid-point check lapses when the review conference comes first", () => {
    const cf = onPlanFrom("2027-04-07", {
      events: [ev("initial-conference", "2027-04-07", { dateTime: "2027-04-07T10:00" }), ev("review-conference", "2027-07-07")],
    });
    const t = timeline(cf, "knowsley", "2027-07-08");
    expect(dueOf(t, "cp-plan-completed:conf-2027-04-07")).toBe("2027-04-08T10:00");
    expect(t.has("cp-midpoint-check:conf-2027-04-07")).toBe(false);
    expect(t.get("cp-review-conference:cp-2027-04-07:1")).toMatchObject({ due: "2028-01-07", title: "Review conference" });
  });

  it("the plan within 24 hours of the conference's end (reading kcp-plan-24-hours-from-end): 10:00–14:15 → 8 Apr 14:15", () => {
    const cf = onPlanFrom("2027-04-07", {
      events: [ev("initial-conference", "2027-04-07", { dateTime: "2027-04-07T10:00", endedAt: "2027-04-07T14:15" })],
    });
    const t = timeline(cf, "knowsley", "2027-04-08");
    expect(t.get("cp-plan-completed:conf-2027-04-07")).toMatchObject({ due: "2027-04-08T14:15", trigger: { date: "2027-04-07T14:15" } });
  });

  it("england has the Working Together items only: first core group, no later core groups, no visits", () => {
    const t = timeline(onPlanFrom("2027-04-07", { events: [ev("core-group", "2027-04-21")] }), "england");
    expect(t.has("core-group:cp-2027-04-07:0")).toBe(true);
    expect(t.has("core-group:cp-2027-04-07:1")).toBe(false);
    expect(t.has("cp-visit:cp-2027-04-07:0")).toBe(false);
  });
});

describe("child protection across Christmas 2026", () => {
  it("strategy discussion Thu 10 Dec → conference by Tue 5 Jan 2027 (11–24 Dec = 10, 29–31 Dec = 13, 4–5 Jan = 15)", () => {
    expect(dueOf(timeline(blankCaseFile({ events: [ev("strategy-discussion", "2026-12-10")] })), "icpc:sd-2026-12-10")).toBe("2027-01-05");
  });

  it("plan from Mon 14 Dec → first core group by Wed 30 Dec (15–24 Dec = 8, 29–30 Dec = 10)", () => {
    expect(dueOf(timeline(onPlanFrom("2026-12-14")), "core-group:cp-2026-12-14:0")).toBe("2026-12-30");
  });
});

describe("child in need, case notes and supervision (Knowsley)", () => {
  it("need apparent Thu 17 Dec → meeting by Tue 5 Jan; visit by Thu 28 Jan; plan review 6 weeks after the meeting → Tue 16 Feb", () => {
    const cf = blankCaseFile({ events: [ev("cin-start", "2026-12-17", { id: "CIN" }), ev("cin-meeting", "2027-01-05")] });
    const t = timeline(cf);
    expect(t.get("cin-meeting:cin-CIN")).toMatchObject({ due: "2027-01-05", status: "done-on-time" });
    expect(dueOf(t, "cin-visit:cin-CIN:0")).toBe("2027-01-28");
    expect(dueOf(t, "cin-plan-review:cin-CIN:0")).toBe("2027-02-16");
  });

  it("a case note for Wed 23 Dec → recorded by Mon 4 Jan 2027", () => {
    expect(dueOf(timeline(blankCaseFile({ events: [ev("case-note", "2026-12-23", { id: "N1" })] })), "case-note:N1")).toBe("2027-01-04");
  });

  it("supervision on Thu 10 Dec → next by Thu 7 Jan, its record by Thu 17 Dec", () => {
    const t = timeline(blankCaseFile({ events: [ev("supervision", "2026-12-10", { id: "S1" })] }));
    expect(dueOf(t, "supervision:supervision:0")).toBe("2027-01-07");
    expect(dueOf(t, "supervision-record:S1")).toBe("2026-12-17");
  });
});

describe("health, education and the pathway plan", () => {
  it("placed Mon 22 Mar 2027 → health assessment requested by Wed 31 Mar (Easter skipped)", () => {
    expect(dueOf(timeline(lookedAfterFrom("2027-03-22")), "health-assessment-request:la-2027-03-22")).toBe("2027-03-31");
  });

  it("health reviews: 6 months under 5 (→ 20 Jun 2027), 12 months from 5 (→ 20 Dec 2027)", () => {
    const under5 = lookedAfterFrom("2026-12-15", { events: [ev("health-assessment", "2026-12-20")] });
    under5.child.dateOfBirth = "2023-01-01";
    expect(dueOf(timeline(under5), "health-review:la-2026-12-15:0")).toBe("2027-06-20");
    expect(dueOf(timeline(lookedAfterFrom("2026-12-15", { events: [ev("health-assessment", "2026-12-20")] })), "health-review:la-2026-12-15:0")).toBe("2027-12-20");
  });

  it("placed Fri 19 Mar 2027 → PEP by Tue 13 Apr (Easter skipped), reviewed within 4 months → Fri 13 Aug", () => {
    const t = timeline(lookedAfterFrom("2027-03-19", { events: [ev("pep", "2027-04-13")] }), "knowsley", "2027-04-14");
    expect(t.get("pep-initial:la-2027-03-19")).toMatchObject({ due: "2027-04-13", status: "done-on-time" });
    expect(dueOf(t, "pep-review:la-2027-03-19:0")).toBe("2027-08-13");
  });

  it("16 on Sun 31 Jan 2027 → pathway plan by Fri 30 Apr 2027 (3 months, clamped to the month's end)", () => {
    const cf = lookedAfterFrom("2026-06-01");
    cf.child.dateOfBirth = "2011-01-31";
    expect(timeline(cf, "england").get("pathway-plan:la-2026-06-01")).toMatchObject({ due: "2027-04-30", trigger: { event: "16th-birthday", date: "2027-01-31" } });
  });
});

describe("visits", () => {
  it("Knowsley: out of borough in residential care, every 4 weeks after the first (22 Dec → 19 Jan)", () => {
    const cf = lookedAfterFrom("2026-12-15", { events: [ev("lac-visit", "2026-12-22")] });
    cf.placements = [{ id: "P1", type: "residential", startDate: "2026-12-15", outOfBorough: true }];
    expect(timeline(cf).get("lac-visit:P1:1")).toMatchObject({ due: "2027-01-19", timescale: "lac-visit-out-of-borough-residential" });
  });

  it("england: 6 weeks in the first year (22 Dec → 2 Feb 2027); 3 months after it for long-term fostering", () => {
    expect(dueOf(timeline(lookedAfterFrom("2026-12-15", { events: [ev("lac-visit", "2026-12-22")] }), "england"), "lac-visit:P1:1")).toBe("2027-02-02");
    const review = lookedAfterReview();
    review.reviewDate = "2025-12-01";
    const cf = lookedAfterFrom("2025-01-06", { events: [ev("lac-visit", "2025-01-10"), ev("lac-visit", "2026-01-10")], records: [review] });
    const t = timeline(cf, "england", "2026-01-12");
    expect(t.get("lac-visit:P1:2")).toMatchObject({ due: "2026-04-10", timescale: "lac-visit-long-term" });
  });

  it("a placement that ended before a due date leaves nothing owed for it", () => {
    const cf = lookedAfterFrom("2026-12-15");
    cf.placements = [{ id: "P1", type: "foster-care", startDate: "2026-12-15", endDate: "2026-12-18", outOfBorough: false }];
    const t = timeline(cf, "knowsley", "2027-01-12");
    expect(t.has("placement-planning-meeting:P1")).toBe(false);
    expect(t.get("child-seen-after-placement:la-2026-12-15")?.status).toBe("overdue");
  });
});

describe("other authorities' items", () => {
  it("West Berkshire: regulation 24 placement at 15:00 Thu 24 Dec → approval by 15:00 Sat 26 Dec (48 hours)", () => {
    const cf = lookedAfterFrom("2026-12-24");
    cf.placements = [{ id: "P1", type: "kinship", startDate: "2026-12-24", startedAt: "2026-12-24T15:00", outOfBorough: false, regulation24: true }];
    expect(dueOf(timeline(cf, "west-berkshire"), "regulation-24-approval:P1")).toBe("2026-12-26T15:00");
  });

  it("Gloucestershire: at least 3 QA progress reviews in the plan's first year (due Mon 13 Dec 2027, its last day), 2 in each later one (GL-5-CP)", () => {
    const cf = onPlanFrom("2026-12-14", {
      events: [ev("initial-conference", "2026-12-14"), ev("qapr", "2027-04-01"), ev("qapr", "2027-08-01"), ev("qapr", "2027-12-13"), ev("qapr", "2028-03-01")],
    });
    const t = timeline(cf, "gloucestershire", "2028-12-14");
    // The third falls on the first year's last day: on time. The second year (14 Dec 2027 to
    // 13 Dec 2028) has one; on 14 Dec 2028 it is over, one short.
    expect(t.get("qapr-cp:cp-2026-12-14:0")).toMatchObject({ due: "2027-12-13", status: "done-on-time", done: "2027-12-13", timescale: "qapr-cp-first-year" });
    expect(t.get("qapr-cp:cp-2026-12-14:1")).toMatchObject({ due: "2028-12-13", status: "overdue", measuredFrom: "2027-12-14", timescale: "qapr-cp-later-years" });
    // The third year has begun (14 Dec 2028) and is due on its last day; a fourth is not shown.
    expect(t.get("qapr-cp:cp-2026-12-14:2")).toMatchObject({ due: "2029-12-13", status: "due" });
    expect(t.has("qapr-cp:cp-2026-12-14:3")).toBe(false);
  });

  it("Gloucestershire: a QAPR the day after the first year ends counts for the second, so the first is short on day 365", () => {
    const cf = onPlanFrom("2026-12-14", {
      events: [ev("initial-conference", "2026-12-14"), ev("qapr", "2027-04-01"), ev("qapr", "2027-08-01"), ev("qapr", "2027-12-14")],
    });
    const t = timeline(cf, "gloucestershire", "2027-12-14");
    expect(t.get("qapr-cp:cp-2026-12-14:0")).toMatchObject({ due: "2027-12-13", status: "overdue" });
  });

  it("Gloucestershire: a plan that ended before its first year did is not counted", () => {
    const cf = onPlanFrom("2026-12-14", { cpPlans: [{ startDate: "2026-12-14", endDate: "2027-12-12", category: "neglect" }] });
    expect(timeline(cf, "gloucestershire", "2028-01-10").has("qapr-cp:cp-2026-12-14:0")).toBe(false);
  });
});
