/**
 * The shared fixtures (test/fixtures/records.ts) with every optional field a template shows filled
 * in, so the render tests reach every section. Fictional; no real child is described.
 * @example const r = fullLookedAfterReview(); r.guardian?.name // "Hannah Price"
 */
import type { CaseFile, CpConference, CpPlan, Escalation, LookedAfterReview, QaProgressReview, GoodPracticeNote } from "../../src/types/index.js";
import * as f from "../fixtures/records.js";

const teamManager = { name: "Fatima Al-Sayed", role: "Team Manager", organisation: "Children's Social Care" };
const serviceManager = { name: "Declan Murphy", role: "Service Manager" };

/** Amara's review with guardian, interpreter, life story, housing, pathway and previous decisions. */
export function fullLookedAfterReview(): LookedAfterReview {
  const r = f.lookedAfterReview();
  r.careProceedings = true;
  r.guardian = { name: "Hannah Price", engaged: true, lastContactOn: "2026-12-01" };
  r.interpreter = { needed: true, type: "interpreter", language: "Igbo", booked: true };
  r.seenBeforeMeeting = { child: true, family: false };
  r.lifeStory = { lifeStoryWork: { status: "in-progress", dueDate: "2027-03-31" }, laterLifeLetter: { status: "not-started" } };
  r.housingPlan = { inPlace: false, details: "Staying put to be discussed at 16." };
  r.pathwayPlan = { inPlace: false };
  r.placement.atRiskOfDisruption = true;
  r.placement.preDisruptionMeetingOn = "2026-12-15";
  r.permanence.parallelPlan = "Kinship assessment of maternal aunt";
  r.permanence.parallelPlanActions = [{ text: "Complete the kinship viability assessment.", owner: f.lookedAfterReview().decisions[0]!.owner, dueDate: "2027-01-29" }];
  r.previousDecisions = [{ decisionId: "D9", status: "not-done", comment: "School transport not yet arranged; escalated." }];
  r.advocacy.declinedReason = "Wants to think about it";
  return r;
}

/** The conference with scaling, dissent, interpreter, reports and a written agreement. */
export function fullCpConference(): CpConference {
  const c = f.cpConference();
  c.conferenceStartedAt = "2026-12-14T10:00";
  c.scaling = [{ by: "Olga Sokolova", score: 6, note: "Things are getting better" }, { by: "Fern Primary School", score: 3 }];
  c.dissent = [{ name: "Aoife Byrne", agency: "NHS", reason: "Health visitor felt a child in need plan was enough." }];
  // Dima is 10: the chair writes to him (the profile's childConferenceLetter, from 8).
  c.children[0]!.childLetter = {
    whatYouToldUs: "You drew your home with a big sun. You said you like it when Mum cooks tea.",
    whatWeDecided: "You now have a child protection plan (how adults will keep you safe). You will stay at home with Mum.",
    whoWillHelp: [
      { who: { name: "Łukasz Wróbel", knownAs: "Łukasz", role: "Social Worker" }, what: "visit you at home every two weeks" },
      { who: { name: "Mr Kwame Boateng", knownAs: "Mr Boateng", role: "Head Teacher" }, what: "make sure you have breakfast club at school" },
    ],
  };
  c.interpreter = { needed: true, type: "interpreter", language: "Russian", booked: true };
  c.advocacy = { offered: true, service: "NYAS", referredOn: "2026-12-01" };
  c.seenBeforeMeeting = { child: false, family: true };
  c.socialWorkReport = { sharedWithFamilyAt: "2026-12-11T09:00", sentToQaOn: "2026-12-08" };
  c.writtenAgreement = { inPlace: true, lastReviewedOn: "2026-12-14" };
  return c;
}

/** Dima's plan with core group members and a review conference date. */
export function fullCpPlan(): CpPlan {
  const p = f.cpPlan();
  p.coreGroupMembers = [{ name: "Olga Sokolova", role: "Mother" }, { name: "Mr Kwame Boateng", role: "Head Teacher", organisation: "Fern Primary School" }];
  p.reviewConferenceDate = "2027-03-12";
  p.writtenAgreement = { inPlace: true, lastReviewedOn: "2026-12-14" };
  return p;
}

/** An escalation up the ladder to formal stage 2, with legal advice, a Cafcass referral and resolution. */
export function fullEscalation(): Escalation {
  const e = f.escalation();
  const iro = e.raisedBy;
  e.events.push(
    { type: "raise-formal", date: "2027-01-26", stage: "formal-1", by: iro, delegatedTo: teamManager, notified: [{ role: "Team Manager", name: "Fatima Al-Sayed" }, { role: "Social Worker" }], text: "No contact yet; raised formally.", responseDueDate: "2027-02-02", formalDueDate: "2027-02-23", agreedActions: [{ text: "Book contact venue.", owner: teamManager, dueDate: "2027-01-29", updates: [{ on: "2027-01-28", status: "done" }] }] },
    { type: "escalate", date: "2027-02-03", stage: "formal-2", by: iro, delegatedTo: { ...serviceManager }, text: "No response from the team manager.", responseDueDate: "2027-02-10" },
    { type: "legal-advice", date: "2027-02-04", by: iro, text: "Asked legal services about the duty to promote sibling contact." },
    { type: "refer-cafcass", date: "2027-02-05", by: iro, text: "Consulted the IRO manager; Cafcass told of the drift." },
    { type: "resolve", date: "2027-02-09", stage: "formal-2", by: serviceManager, text: "Contact started on 8 February." },
  );
  e.cafcassConsidered = true;
  e.linkedRecordId = "LAR-2026-12-10";
  e.outcome = { resolvedOn: "2027-02-09", summary: "Weekly contact started and is in the plan.", recordedOn: "2027-02-10" };
  return e;
}

/** The QA review with its sections, views, escalation decision, sharing and recommendations. */
export function fullQaProgressReview(): QaProgressReview {
  const q = f.qaProgressReview();
  q.periodFrom = "2026-12-10";
  q.periodTo = "2027-06-10";
  q.iroSections = {
    participation: { answer: "Good", rationale: "Amara attends and her views shape decisions." },
    progress: { answer: "Requires Improvement", rationale: "Match report is late." },
    records: { answer: "Good", rationale: "Minutes on time." },
  };
  q.viewsGathered = [{ who: "Child", how: "Visit at the foster home" }, { who: "Social Worker", how: "Phone call" }];
  q.socialWorkerInvited = true;
  q.escalationDecision = { decision: "informal", reason: "Drift on the match report." };
  q.sharedWith = [{ role: "Social Worker", name: "Łukasz Wróbel", date: "2027-03-11" }, { role: "Team Manager", date: "2027-03-11" }];
  q.recommendations = [{ text: "Submit the match report to panel.", owner: teamManager, dueDate: "2027-04-01" }];
  return q;
}

/** @example fullGoodPracticeNote().practice */
export function fullGoodPracticeNote(): GoodPracticeNote {
  return f.goodPracticeNote();
}

/** Amara's case file with a conference and its plan added, for conference minutes with plans. */
export function caseFileWithConference(): CaseFile {
  const cf = f.caseFile();
  cf.records = [fullLookedAfterReview(), fullCpConference(), fullCpPlan(), fullEscalation(), fullGoodPracticeNote(), fullQaProgressReview()];
  return cf;
}
