import { describe, expect, it } from "vitest";
import { caseFile, cpConference } from "../../../test/fixtures/records.js";
import { conferencesOnFile, cpPlanPeriods, previousConferenceDate } from "./child-protection.js";

function cpFile() {
  const cf = caseFile();
  cf.child.id = "KN-0002";
  cf.legalStatus = [];
  cf.events = [];
  cf.records = [];
  return cf;
}

describe("cpPlanPeriods", () => {
  it("merges cpPlans and legal status periods that overlap or follow on the next day", () => {
    // why: a change of category at a review ends one period on 1 June and starts the next on 2 June.
    const cf = cpFile();
    cf.cpPlans = [
      { startDate: "2025-12-14", endDate: "2026-06-01", category: "neglect" },
      { startDate: "2026-06-02", category: "emotional-abuse" },
    ];
    cf.legalStatus = [{ status: "child-protection-plan", from: "2025-12-14", to: "2026-03-01" }];
    expect(cpPlanPeriods(cf)).toEqual([{ from: "2025-12-14", to: undefined }]);
  });

  it("keeps periods apart when there is a gap of more than a day", () => {
    // why: a child taken off a plan and put back on later has two separate times on a plan.
    const cf = cpFile();
    cf.cpPlans = [
      { startDate: "2025-01-10", endDate: "2025-06-01", category: "neglect" },
      { startDate: "2025-06-03", endDate: "2025-09-01", category: "neglect" },
    ];
    expect(cpPlanPeriods(cf)).toEqual([
      { from: "2025-01-10", to: "2025-06-01" },
      { from: "2025-06-03", to: "2025-09-01" },
    ]);
  });

  it("reads the periods from conferences when the file states none", () => {
    // why: the initial conference starts the plan; a review record that ends the plan closes it.
    const cf = cpFile();
    const review = cpConference();
    review.id = "RCPC";
    review.conferenceType = "review";
    review.conferenceDate = "2027-03-12";
    review.children[0]!.outcome.subjectToPlan = false;
    cf.events = [{ id: "E1", type: "initial-conference", date: "2026-12-14" }];
    cf.records = [review];
    expect(cpPlanPeriods(cf)).toEqual([{ from: "2026-12-14", to: "2027-03-12" }]);
  });
});

describe("conferencesOnFile", () => {
  it("counts a conference's event and record once, and takes the record's decision", () => {
    // why: the same conference is often both an event and a record.
    const cf = cpFile();
    cf.events = [
      { id: "E1", type: "initial-conference", date: "2026-12-14" },
      { id: "E2", type: "review-conference", date: "2027-03-12" },
    ];
    cf.records = [cpConference()];
    expect(conferencesOnFile(cf)).toEqual([
      { date: "2026-12-14", kind: "initial", subjectToPlan: true },
      { date: "2027-03-12", kind: "review", subjectToPlan: undefined },
    ]);
    expect(previousConferenceDate(cf, "2027-03-12")).toBe("2026-12-14");
    expect(previousConferenceDate(cf, "2026-12-14")).toBeUndefined();
  });
});
