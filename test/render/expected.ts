/**
 * For each document, the record's values its template shows, as a reader sees them (dates written
 * out). The render tests check every one is in the DOCX, PDF and HTML text.
 * @example shownFields("child-letter", fullLookedAfterReview())
 */
import { formatLongDate } from "../../src/calendar/index.js";
import type { DocumentName } from "../../src/render/documents.js";
import { explainForParent } from "../../src/render/explain-jargon.js";
import type { CaseRecord, CpConference, CpPlan, Escalation, GoodPracticeNote, LookedAfterReview, QaProgressReview } from "../../src/types/index.js";

const d = formatLongDate;

function lar(r: LookedAfterReview, letter: boolean): string[] {
  // Every decision of the review: the letter lists them all, as the minutes do.
  const all = r.decisions;
  const common = [r.iro.name, d(r.reviewDate), d(r.nextReviewDate), r.childViews.childsOwnWords ?? "", ...all.map((x) => d(x.dueDate))];
  if (letter) {
    // Written to the child: the letter's own fields, each decision's child wording, and who by the name the child knows them by.
    const letterFields = [r.childDecisionsLetter?.whatYouToldUs ?? "", r.childDecisionsLetter?.howWeUsedIt ?? ""];
    const who = all.filter((x) => x.owner.name !== r.iro.name).map((x) => x.owner.knownAs ?? x.owner.name);
    return [...common, ...letterFields, ...who, r.child.preferredName ?? "", ...all.map((x) => x.childFriendlyText ?? x.text), r.iro.phone ?? "", r.iro.email ?? ""];
  }
  return [
    ...common,
    r.childViews.wishesAndFeelings,
    r.childViews.howConsidered,
    r.childKnowsIro.howToContact,
    ...all.map((x) => x.owner.name),
    r.child.name,
    r.child.id,
    d(r.child.dateOfBirth),
    r.arrangements.basedOnNeeds,
    r.communication.preferredLanguage,
    r.communication.method,
    r.placement.iroView,
    d(r.placement.startDate),
    ...r.decisions.map((x) => x.text),
    ...r.attendance.map((a) => a.name),
    ...r.attendance.map((a) => a.role),
    ...r.parents.flatMap((p) => [p.name, p.relationship, p.views ?? ""]),
    ...(r.previousDecisions ?? []).flatMap((p) => [p.decisionId, p.comment ?? ""]),
    r.guardian?.name ?? "",
    r.interpreter?.language ?? "",
    r.permanence.parallelPlan ?? "",
    r.housingPlan?.details ?? "",
    r.advocacy.service ?? "",
    r.advocacy.declinedReason ?? "",
    ...r.reportsReceived.map((x) => (typeof x.from === "string" ? x.from : x.from.name)),
  ];
}

function conference(c: CpConference, letter: boolean): string[] {
  // The joint parents' letter gives the parents' words written back to them where the record has them.
  const views = letter ? (c.jointLetter?.whatYouToldUs ?? c.parentsViews) : c.parentsViews;
  const common = [d(c.conferenceDate), c.worries, c.workingWell, c.needsToHappen, views, c.decisionExplained.outcomeToAchieve, c.chair.name, ...c.children.map((x) => x.name), ...c.children.map((x) => x.outcome.reason)];
  const dates = [c.firstCoreGroupDate, c.nextReviewConferenceDate].filter((x): x is string => x !== undefined).map(d);
  if (letter) return [...common, ...dates];
  return [
    ...common,
    ...dates,
    c.childrensViews,
    ...c.attendance.map((a) => a.name),
    ...(c.scaling ?? []).flatMap((s) => [s.by, String(s.score), s.note ?? ""]),
    ...(c.dissent ?? []).flatMap((s) => [s.name, s.agency, s.reason]),
    c.interpreter?.language ?? "",
    ...c.children.map((x) => d(x.dateOfBirth)),
  ];
}

/** A review's letter to a parent shows every decision with its date, the parent's name and own words, and the IRO. */
function reviewParentLetter(r: LookedAfterReview, parentId: string | undefined): string[] {
  const i = parentId === undefined ? r.parents.findIndex((p) => p.attended || p.metSeparatelyOn !== undefined) : r.parents.findIndex((p, k) => (p.id ?? `parent-${k + 1}`) === parentId);
  const p = r.parents[i];
  // The decision in the parents' words where the record has them, else as written with each term explained.
  return [p?.name ?? "", p?.letter?.whatYouToldUs ?? "", r.iro.name, d(r.reviewDate), d(r.nextReviewDate), ...r.decisions.flatMap((x) => [x.parentText ?? explainForParent(x.text), d(x.dueDate)])];
}

/** A child's conference letter shows the wording written to that child and the next conference's date. */
function conferenceChildLetter(c: CpConference, childId: string | undefined): string[] {
  const child = c.children.find((x) => x.id === childId) ?? c.children[0];
  const l = child?.childLetter;
  const next = c.nextReviewConferenceDate === undefined ? [] : [d(c.nextReviewConferenceDate)];
  return [l?.whatWeDecided ?? "", l?.whatYouToldUs ?? "", ...(l?.whoWillHelp ?? []).map((h) => h.what.slice(1)) /* a table starts it with a capital */, c.chair.name, ...next];
}

function plan(p: CpPlan): string[] {
  return [p.child.name, p.currentRisks, p.contingencyPlan ?? "", ...p.outcomes.flatMap((o) => [o.outcome, o.risk, ...o.actions.flatMap((a) => [a.text, a.owner.name, a.measure, d(a.dueDate)])]), ...(p.coreGroupMembers ?? []).map((m) => m.name)];
}

function escalation(e: Escalation): string[] {
  return [e.child.name, e.raisedBy.name, e.category, e.concern, e.desiredOutcome, ...e.events.flatMap((ev) => [ev.text, d(ev.date), ev.delegatedTo?.name ?? "", ...(ev.agreedActions ?? []).map((a) => a.text)]), e.outcome?.summary ?? "", ...(e.linkedDecisionIds ?? [])];
}

function qa(q: QaProgressReview): string[] {
  const s = q.iroSections;
  return [q.child.name, q.reviewer.name, q.grade, q.gradeRationale, q.impactForChild, d(q.date), ...(s ? [s.participation.rationale, s.progress.rationale, s.records.rationale] : []), ...(q.viewsGathered ?? []).flatMap((v) => [v.who, v.how]), q.escalationDecision?.reason ?? "", ...(q.recommendations ?? []).map((x) => x.text)];
}

function gpn(g: GoodPracticeNote): string[] {
  return [g.to.name, g.cc.name, g.author.name, g.practice, g.impact, g.category, d(g.date), g.child.name];
}

/** The values a document shows for a record (empty strings dropped). */
export function shownFields(document: DocumentName, record: CaseRecord, plans: CpPlan[] = [], childId?: string, parentId?: string): string[] {
  const out = (() => {
    switch (document) {
      case "child-letter":
        return lar(record as LookedAfterReview, true);
      case "lac-review-minutes":
        return lar(record as LookedAfterReview, false);
      case "lac-parent-letter":
        return reviewParentLetter(record as LookedAfterReview, parentId ?? childId);
      case "parent-letter":
        return conference(record as CpConference, true);
      case "child-conference-letter":
        return conferenceChildLetter(record as CpConference, childId);
      case "cp-conference-minutes":
        return [...conference(record as CpConference, false), ...plans.flatMap(plan)];
      case "cp-plan":
        return plan(record as CpPlan);
      case "escalation-form":
        return escalation(record as Escalation);
      case "good-practice-note":
        return gpn(record as GoodPracticeNote);
      case "qa-progress-review":
        return qa(record as QaProgressReview);
    }
  })();
  return out.filter((s) => s !== "");
}
