import { DURATION_UNIT_LABELS, datePart, type WorkingDayCalendar } from "../calendar/index.js";
import type { ResolvedProfile, Timescale, LadderStep } from "../profiles/types.js";
import type { CaseFile, CaseRecord, CpConference, CpPlan, Escalation, LookedAfterReview } from "../types/index.js";
import type { DocumentName } from "./documents.js";
import { ageBand, ageOn } from "./helpers.js";
import { sentenceStart, whoForChild } from "./letter-people.js";
import { conferenceParentLetter, reviewParentLetter } from "./parent-letters.js";
import { RenderError } from "./render-error.js";

/**
 * What a template sees: the record's own fields at the top level (`{{reviewDate}}`), `profile`
 * (the authority's name and contacts, advocacy service, protective marking) and `doc`, the facts a
 * template cannot work out itself: dates from the calendar, the child's age band, the escalation
 * ladder's roles, the plans made at a conference. Records have no `doc` or `profile` field.
 */

/**
 * The profile's part of a template's context.
 * @example ctx.profile.authority.name // "Knowsley Council"
 */
export interface ProfileView {
  id: string;
  authority: ResolvedProfile["authority"];
  advocacy: { service: string };
  protectiveMarking: string;
}

/** @example const ctx = buildContext(record, { profile, calendar }); ctx.doc.minutesDueDate // "2027-01-12" */
export type TemplateContext = Record<string, unknown> & { doc: Record<string, unknown>; profile: ProfileView };

/**
 * What the context is built from. `caseFile` supplies a conference's plans; `document` chooses the
 * date the record is shown as of (see documentDate); `progressTo` adds later progress, labelled.
 * @example { profile: loadProfile("knowsley"), calendar: defaultCalendar(), document: "lac-review-minutes" }
 */
export interface ContextOptions {
  profile: ResolvedProfile;
  calendar: WorkingDayCalendar;
  caseFile?: CaseFile;
  document?: DocumentName;
  progressTo?: string;
  /** The child a conference's letter to the child is for (its `children[].id`). */
  childId?: string;
  /** The parent a parents' letter is for (a conference's `parents[].id`, a review's parent id); none for a joint letter. */
  parentId?: string;
}

/**
 * The date that stands for the record: it stamps the file's metadata in place of a clock.
 * @example recordDate(lookedAfterReview()) // "2026-12-10"
 */
export function recordDate(record: CaseRecord): string {
  switch (record.recordType) {
    case "looked-after-review":
      return record.reviewDate;
    case "cp-conference":
      return record.conferenceDate;
    case "cp-plan":
      return datePart(record.completedAt);
    case "escalation":
      return record.events.map((e) => e.date).sort().at(-1) ?? record.events[0]?.date ?? "1980-01-01";
    case "significant-change":
      return record.occurredOn;
    default:
      return record.date;
  }
}

/**
 * The document's own date: the day the record is shown as it stood. A letter is dated the day it was
 * sent (the review or conference day until then); minutes the day they were completed or ready
 * (else sent, else the meeting day); a plan the day it was completed; anything else its record date.
 * A decision done after the minutes were completed shows as open in those minutes.
 * @example documentDate(review, "lac-review-minutes") // review.minutes.completedOn
 */
export function documentDate(record: CaseRecord, document?: DocumentName): string {
  switch (record.recordType) {
    case "looked-after-review":
      if (document === "lac-review-minutes") return record.minutes?.completedOn ?? record.minutes?.sentOn ?? record.reviewDate;
      if (document === "lac-parent-letter") return firstSent(record.parents.map((p) => p.letter?.sentOn)) ?? record.reviewDate;
      return record.childDecisionsLetter?.sentOn ?? record.reviewDate;
    case "cp-conference":
      if (document === "child-conference-letter") {
        const sent = record.children.map((c) => c.childLetter?.sentOn).filter((d): d is string => d !== undefined).sort()[0];
        return sent ?? datePart(record.conferenceDate);
      }
      if (document === "cp-conference-minutes") return record.minutes?.readyOn ?? record.minutes?.distributedOn ?? record.conferenceDate;
      if (document === "parent-letter") return firstSent((record.parents ?? []).map((p) => p.letter?.sentOn)) ?? datePart(record.conferenceDate);
      return datePart(record.conferenceDate);
    default:
      return recordDate(record);
  }
}

/** The earliest of the days letters were sent, if any was. */
function firstSent(days: (string | undefined)[]): string | undefined {
  return days.filter((d): d is string => d !== undefined).sort()[0];
}

/**
 * The context for one record's templates.
 * @example buildContext(lookedAfterReview(), { profile: loadProfile("knowsley"), calendar: defaultCalendar() }).doc.ageBand // "8-12"
 */
export function buildContext(record: CaseRecord, options: ContextOptions): TemplateContext {
  const p = options.profile;
  const profile: ProfileView = {
    id: p.id,
    authority: p.authority,
    advocacy: { service: p.advocacy.service },
    protectiveMarking: p.protectiveMarking,
  };
  const asOf = documentDate(record, options.document);
  const doc: Record<string, unknown> = { date: recordDate(record), asOf };
  if (options.progressTo !== undefined && options.progressTo > asOf) doc["progressTo"] = options.progressTo;
  if ("child" in record) Object.assign(doc, childFacts(record.child.name, record.child.preferredName, record.child.dateOfBirth, recordDate(record)));
  if (record.recordType === "looked-after-review") Object.assign(doc, reviewFacts(record, options));
  if (record.recordType === "looked-after-review" && options.document === "lac-parent-letter") {
    doc["letter"] = reviewParentLetter(record, options.parentId, String(doc["childName"]));
  }
  if (record.recordType === "cp-conference") Object.assign(doc, conferenceFacts(record, options));
  if (record.recordType === "cp-conference" && options.document === "child-conference-letter") Object.assign(doc, conferenceChildLetterFacts(record, options.childId));
  if (record.recordType === "cp-conference" && options.document === "parent-letter") {
    doc["letter"] = conferenceParentLetter(record, doc["plans"] as CpPlan[], p, options.parentId);
  }
  if (record.recordType === "escalation") Object.assign(doc, escalationFacts(record, p));
  return { ...record, doc, profile };
}

function childFacts(name: string, preferredName: string | undefined, dateOfBirth: string, on: string): Record<string, unknown> {
  // A letter greets the child by the name they like; without one, by their first name only.
  const callName = preferredName ?? name.split(/\s+/)[0] ?? name;
  return { childName: callName, age: ageOn(dateOfBirth, on), ageBand: ageBand(dateOfBirth, on) };
}

function timescale(profile: ResolvedProfile, id: string): Timescale | undefined {
  return Object.hasOwn(profile.timescales, id) ? profile.timescales[id] : undefined;
}

function describe(t: { value: number; unit: keyof typeof DURATION_UNIT_LABELS }): string {
  return `${t.value} ${DURATION_UNIT_LABELS[t.unit]}`;
}

function reviewFacts(r: LookedAfterReview, { profile, calendar }: ContextOptions): Record<string, unknown> {
  const minutes = timescale(profile, "lac-minutes");
  return {
    letterDate: r.childDecisionsLetter?.sentOn ?? r.reviewDate,
    ...(minutes ? { minutesDueDate: calendar.addDuration(r.reviewDate, minutes), minutesTimescale: describe(minutes) } : {}),
    present: r.attendance.filter((a) => a.attendance === "present"),
    apologies: r.attendance.filter((a) => a.attendance !== "present"),
    ...childLetterFacts(r),
  };
}

/**
 * What the child's letter needs that a template cannot work out: every decision of the review (done
 * or not: the letter is the child's copy of all of them, KIRO-1.11) in the child's words, who will do
 * it by role and the name the child knows them by, and whether the letter carries pictures.
 */
function childLetterFacts(r: LookedAfterReview): Record<string, unknown> {
  const letter = r.childDecisionsLetter;
  return {
    letterDecisions: r.decisions.map((d) => {
      const who = whoForChild(d.owner, r.iro);
      return { what: d.childFriendlyText ?? d.text, who, Who: sentenceStart(who), WhoDoes: subject(who), byMe: who === "I", dueDate: d.dueDate };
    }),
    pictures: letter?.pictures === true || letter?.format === "pictures",
  };
}

function conferenceFacts(c: CpConference, { profile, calendar, caseFile }: ContextOptions): Record<string, unknown> {
  const minutes = timescale(profile, "cp-minutes");
  const plans = (caseFile?.records ?? []).filter((r): r is CpPlan => r.recordType === "cp-plan" && r.conferenceId === c.id);
  return {
    ...(minutes ? { minutesDueDate: calendar.addDuration(c.conferenceDate, minutes), minutesTimescale: describe(minutes) } : {}),
    plans,
    hasPlans: plans.length > 0,
    present: c.attendance.filter((a) => a.attendance === "present"),
    apologies: c.attendance.filter((a) => a.attendance === "apologies"),
    didNotAttend: c.attendance.filter((a) => a.attendance === "did-not-attend"),
    children: c.children.map((child) => ({
      ...child,
      ...childFacts(child.name, child.preferredName, child.dateOfBirth, c.conferenceDate),
      participation: c.childParticipation.filter((p) => p.childId === child.id),
    })),
    anyOnPlan: c.children.some((child) => child.outcome.subjectToPlan),
    manyChildren: c.children.length > 1,
  };
}

/**
 * What a conference's letter to one child needs (KCP-3.3: the decision explained, the outcome
 * clear): the child's call name and age band (the child's letter's bands and layouts), the wording
 * written to them, and who will help by role and the name the child knows them by; "I" for the chair.
 */
function conferenceChildLetterFacts(c: CpConference, childId: string | undefined): Record<string, unknown> {
  const index = childId === undefined ? 0 : c.children.findIndex((ch) => ch.id === childId);
  const child = c.children[index];
  if (child === undefined) throw new RenderError("the conference has no child with the id asked for");
  const letter = child.childLetter;
  if (letter === undefined) {
    throw new RenderError("the child's conference letter needs the wording written to the child: add childLetter (whatWeDecided, whoWillHelp)", undefined, `/children/${index}/childLetter`);
  }
  const on = datePart(c.conferenceDate);
  return {
    ...childFacts(child.name, child.preferredName, child.dateOfBirth, on),
    letterChild: child,
    letterDate: letter.sentOn ?? on,
    review: c.conferenceType !== "initial",
    helpers: letter.whoWillHelp.map((h) => {
      const who = whoForChild(h.who, c.chair);
      return { Who: sentenceStart(who), WhoDoes: subject(who), byMe: who === "I", what: h.what, What: sentenceStart(h.what) };
    }),
  };
}

/** Who, to start a sentence before its verb: "Your social worker, Hannah," closes the apposition with a comma. */
function subject(who: string): string {
  return who.includes(", ") ? `${sentenceStart(who)},` : sentenceStart(who);
}

function ladderRow(step: LadderStep, stage: string): Record<string, unknown> {
  return { stage, name: step.name, delegatedTo: step.delegatedTo, notify: step.notify, responseTime: describe(step.responseTime) };
}

function escalationFacts(e: Escalation, profile: ResolvedProfile): Record<string, unknown> {
  const ladder = profile.escalation.ladders[e.childStatus];
  const steps = [ladderRow(ladder.informal, "informal"), ...ladder.stages.map((s) => ladderRow(s, s.stage))];
  const stepFor = (stage: string | undefined) => steps.find((s) => s["stage"] === stage);
  const events = e.events.map((ev) => ({ ...ev, ladderStep: stepFor(ev.stage) }));
  const current = [...e.events].reverse().find((ev) => ev.stage !== undefined);
  const formalDue = [...e.events].reverse().find((ev) => ev.formalDueDate !== undefined)?.formalDueDate;
  return {
    ladderName: e.childStatus === "looked-after" ? "looked-after children" : "children on a child protection plan",
    ladderSteps: steps,
    totalFormalTime: describe(ladder.totalFormalTime),
    bypassAllowed: ladder.bypassAllowed,
    keptInformed: ladder.keptInformed ?? [],
    events,
    currentStep: stepFor(current?.stage),
    ...(formalDue ? { formalDueDate: formalDue } : {}),
    resolved: e.outcome !== undefined,
    cafcassAllowed: ladder.cafcass.allowedFor.includes(e.childStatus),
    cafcass: ladder.cafcass,
    legalAdviceConsult: ladder.legalAdvice.consult,
    cafcassEvents: e.events.filter((ev) => ev.type === "refer-cafcass"),
    legalEvents: e.events.filter((ev) => ev.type === "legal-advice"),
  };
}
