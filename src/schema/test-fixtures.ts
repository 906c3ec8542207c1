/**
 * Minimal valid records, one per schema, for tests: only what every record must hold.
 * Fictional people throughout. Each call returns a fresh copy, so tests may change it.
 */
import type { SchemaName } from "./load-schemas.js";

const child = { id: "C-1001", name: "Amy Example", dateOfBirth: "2014-03-02" };
const iro = { name: "Sam Reviewer", role: "IRO" };
const sw = { name: "Jo Worker", role: "Social Worker" };
const tm = { name: "Pat Manager", role: "Team Manager" };

const minimal: Record<SchemaName, Record<string, unknown>> = {
  "looked-after-review": {
    recordType: "looked-after-review",
    id: "LAR-1",
    child,
    reviewNumber: 1,
    reviewDate: "2026-11-02",
    iro,
    childKnowsIro: { knows: true, howToContact: "Text or call Sam; the number is in Amy's phone." },
    communication: { preferredLanguage: "English", method: "Talking", checkedWithChild: true },
    arrangements: { consultedChild: true, basedOnNeeds: "Held after school at the foster home, as Amy asked." },
    childViews: { wishesAndFeelings: "Amy wants to stay with her carers.", howConsidered: "The plan keeps Amy where she is." },
    complaints: { childToldHowToComplain: true, helpOffered: true },
    advocacy: { offered: true },
    placement: { type: "foster-care", startDate: "2026-10-05", meetsNeeds: true, iroView: "Settled and well cared for." },
    permanence: { planIdentified: false },
    decisions: [],
    attendance: [],
    reportsReceived: [],
    parents: [],
    nextReviewDate: "2027-01-25",
  },
  "cp-conference": {
    recordType: "cp-conference",
    id: "CPC-1",
    conferenceType: "initial",
    conferenceDate: "2026-11-10",
    chair: { name: "Chris Chair", role: "CP Chair" },
    children: [{ ...child, outcome: { subjectToPlan: true, category: "neglect", reason: "Threshold met." } }],
    attendance: [],
    reportsReceived: [],
    thresholdExplained: true,
    childParticipation: [{ childId: "C-1001", how: "written" }],
    parentsViews: "Mum agrees there are worries.",
    childrensViews: "Amy says home is noisy.",
    worries: "Home conditions.",
    workingWell: "Amy goes to school every day.",
    needsToHappen: "A clean, safe home.",
    decisionExplained: { explained: true, outcomeToAchieve: "Amy lives in a safe, clean home." },
  },
  "cp-plan": {
    recordType: "cp-plan",
    id: "CPP-1",
    child,
    conferenceId: "CPC-1",
    conferenceDate: "2026-11-10T10:00",
    completedAt: "2026-11-11T09:00",
    category: "neglect",
    currentRisks: "Home conditions.",
    outcomes: [
      {
        id: "O1",
        outcome: "The home is clean and safe.",
        risk: "Home conditions.",
        actions: [{ text: "Weekly home visit.", owner: sw, dueDate: "2026-12-01", measure: "Visit notes." }],
      },
    ],
  },
  escalation: {
    recordType: "escalation",
    id: "ESC-1",
    child,
    childStatus: "looked-after",
    raisedBy: iro,
    category: "Drift and Delay",
    concern: "The PEP is overdue.",
    desiredOutcome: "A PEP meeting is held.",
    events: [{ type: "raise-informal", date: "2026-11-03", stage: "informal", by: iro, text: "Asked for a PEP date." }],
  },
  "good-practice-note": {
    recordType: "good-practice-note",
    id: "GPN-1",
    child,
    date: "2026-11-04",
    author: iro,
    to: sw,
    cc: tm,
    category: "Process",
    practice: "Reports shared early.",
    impact: "Amy's mum felt prepared.",
  },
  "qa-progress-review": {
    recordType: "qa-progress-review",
    id: "QA-1",
    child,
    form: "iro",
    date: "2026-12-01",
    reviewer: iro,
    grade: "Good",
    gradeRationale: "Plan on track.",
    impactForChild: "Amy is settled.",
  },
  "significant-change": {
    recordType: "significant-change",
    id: "SC-1",
    child,
    audience: "iro",
    event: "change-of-social-worker",
    occurredOn: "2026-11-05",
    notifiedOn: "2026-11-06",
    notifiedBy: tm,
    details: "New social worker allocated.",
  },
  "concern-note": {
    recordType: "concern-note",
    id: "CN-1",
    child,
    date: "2026-11-07",
    author: iro,
    agency: { name: "Example Primary School" },
    concern: "Attendance figures not shared.",
    category: "Process",
    informalDiscussion: { held: true },
    level: "informal",
  },
  "case-file": {
    recordType: "case-file",
    id: "CF-1",
    authority: "knowsley",
    child: { ...child, team: "Children in Care 1", socialWorker: sw },
    legalStatus: [],
    placements: [],
    events: [],
    records: [],
  },
  profile: {
    id: "england",
    name: "England (national baseline)",
    description: "The statutory floor.",
  },
};

/**
 * A fresh minimal valid record (or profile) for `name`.
 * @example const r = minimalRecord("cp-plan"); r.completedAt = "2026-11-12";
 */
export function minimalRecord(name: SchemaName): Record<string, unknown> {
  return structuredClone(minimal[name]);
}
