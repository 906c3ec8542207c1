/**
 * A profile after its `extends` chain is resolved: policy as data. The on-disk shape is
 * schemas/profile.schema.json; this is what rules and the timeline read.
 */

export const UNITS = ["working_days", "calendar_days", "hours", "weeks", "months"] as const;
export type Unit = (typeof UNITS)[number];

/** Document and paragraph (and requirement id where there is one) a number comes from. */
export interface Citation {
  document: string;
  paragraph: string;
  requirement?: string;
}

/** One timescale: value, unit, citation; `unitNote` says why where the standard gave no unit. */
export interface Timescale {
  value: number;
  unit: Unit;
  citation: Citation;
  description: string;
  unitNote?: string;
  /** Which profile set it last (england, knowsley…), for "what this profile overrides". */
  definedBy: string;
}

/** A count over a period: "at least 3 QA progress reviews in the plan's first year". */
export interface Frequency {
  value: number;
  per: { value: number; unit: Unit };
  citation: Citation;
  description: string;
  definedBy: string;
}

/**
 * An item whose due date a meeting or record sets, not a number of days (the IRO sees the child
 * before each review, KIRO-1.7): what is due and the standard that asks for it.
 * @example loadProfile("knowsley").dueDates["iro-saw-child-before-review"]?.citation.requirement // "KIRO-1.7"
 */
export interface DueDate {
  description: string;
  citation: Citation;
  definedBy: string;
}

export interface Duration {
  value: number;
  unit: Unit;
}

export const CHILD_STATUSES = ["looked-after", "child-protection"] as const;
export type ChildStatus = (typeof CHILD_STATUSES)[number];

export const FORMAL_STAGES = ["formal-1", "formal-2", "formal-3", "formal-4"] as const;
export type FormalStage = (typeof FORMAL_STAGES)[number];

export interface LadderStep {
  name: string;
  /** The role the form is delegated to: who answers at this step. */
  delegatedTo: string;
  /** Who stays accountable when that differs from `delegatedTo` (Gloucestershire Formal Level 2: the Assistant Director). */
  accountable?: string;
  responseTime: Duration;
  /** The profile timescale this step's response time is (the informal step: LEI-PC, GL-4.1), so its item and finding carry the id. */
  timescale?: string;
  notify: string[];
  /** Who is told when the manager responds (Leicestershire stage 2–4). */
  notifyOnResponse?: string[];
  citation: Citation;
}

export interface LadderStage extends LadderStep {
  stage: FormalStage;
}

export interface Ladder {
  informal: LadderStep;
  stages: LadderStage[];
  totalFormalTime: Duration & { citation: Citation };
  bypassAllowed: boolean;
  /** Kept informed throughout the formal process (e.g. the IRO's own manager). */
  keptInformed?: string[];
  cafcass: {
    allowedFor: ChildStatus[];
    requiresSeniorMeeting: boolean;
    seniorMeetingWith: string[];
    consult: string[];
    inform: string[];
    citation: Citation;
  };
  legalAdvice: { consult: string[]; citation: Citation };
}

/**
 * How a profile reads a passage that is ambiguous or that another text contradicts: the words,
 * the reading used and why. Rules that depend on one name its id in their header.
 * @example readingOf(loadProfile("knowsley"), "kcp-plan-24-hours-from-end")?.reading
 */
export interface Reading {
  id: string;
  about: string;
  texts: { citation: Citation; quote: string }[];
  reading: string;
  why: string;
}

/** A kind of case-file fact that is a significant change by definition. */
export const SIGNIFICANT_CHANGE_KINDS = ["placement-change", "legal-status-change", "missing-episode"] as const;
export type SignificantChangeKind = (typeof SIGNIFICANT_CHANGE_KINDS)[number];

/**
 * Facts that need a significant-change record with the IRO's decision, and when the decision is due
 * (profile.schema.json#/$defs/significantChanges).
 * @example loadProfile("knowsley").significantChanges?.changes.map((c) => c.kind) // ["placement-change", …]
 */
export interface SignificantChangePolicy {
  changes: { kind: SignificantChangeKind; recordAs: string[]; description: string; citation: Citation }[];
  decisionBy: "next-review";
  citation: Citation;
}

/** The layouts an escalation form can take (profile.schema.json#/$defs/escalationForm). @example ESCALATION_FORM_LAYOUTS[1] // "progress-resolution-pathway" */
export const ESCALATION_FORM_LAYOUTS = ["general", "progress-resolution-pathway", "positive-challenge-formal-escalation"] as const;
/** @example const l: EscalationFormLayout = "general"; */
export type EscalationFormLayout = (typeof ESCALATION_FORM_LAYOUTS)[number];

/**
 * The authority's own escalation form: its name and layout (GL-4.2 PRP form; LEI-PC, LEI-FE).
 * @example loadProfile("gloucestershire").escalationForm?.title // "Progress Resolution Pathway (PRP) form"
 */
export interface EscalationForm {
  title: string;
  layout: EscalationFormLayout;
  recordedIn?: string;
  citation: Citation;
}

/**
 * An expected caseload: children per full-time worker, with the guidance it comes from.
 * @example { min: 50, max: 70, description: "…", citation: { document: "IRO-Handbook-2010", paragraph: "para 7.15", requirement: "NAT-HB-7.15" } }
 */
export interface CaseloadRange {
  min: number;
  max: number;
  description: string;
  citation: Citation;
}

export interface ReadabilityTarget {
  fleschReadingEaseMin: number;
  fleschKincaidGradeMax: number;
  maxSentenceWords: number;
  reason: string;
}

/** How a parent's own letter is shared: the same words for every parent, only the parent's own, or left out. @example "own-parent" */
export type ParentLetterSharing = "every-parent" | "own-parent" | "left-out";

/**
 * The profile's `parentLetters`: what splits the conference's parents' letter into one per parent,
 * and which sections each parent's own letter holds.
 * @example loadProfile("england").parentLetters?.sections.safetyPlan // "own-parent"
 */
export interface ParentLetters {
  splitWhen: ("domestic-abuse" | "seen-separately" | "asked")[];
  sections: {
    worries: "every-parent" | "left-out";
    workingWell: "every-parent" | "left-out";
    needsToHappen: "every-parent" | "left-out";
    plan: ParentLetterSharing;
    whatYouToldUs: "own-parent" | "left-out";
    safetyPlan: "own-parent" | "left-out";
  };
  reason: string;
  citation: Citation;
}

export interface ResolvedProfile {
  id: string;
  name: string;
  /** The chain, base first: ["england", "knowsley"]. */
  lineage: string[];
  description: string;
  documents: { id: string; title: string; authority: string }[];
  timescales: Record<string, Timescale>;
  frequencies: Record<string, Frequency>;
  /** Items whose due date a meeting or record sets, by timeline item id: shown where the profile has them, cited from here. */
  dueDates: Record<string, DueDate>;
  escalation: { ladders: Record<ChildStatus, Ladder> };
  advocacy: { service: string; minAge?: number; citation: Citation };
  /** From what age a child gets their own letter after a conference (KCP-3.3), and why. */
  childConferenceLetter?: { fromAge: number; reason: string; citation: Citation };
  /**
   * When each parent gets their own letter after a conference, and which sections it holds (KCP-3.2).
   * Without it every conference gives one joint letter, which never holds a private section.
   */
  parentLetters?: ParentLetters;
  /** Expected caseloads per full-time IRO and chair (`reviewkit report`). */
  caseload: { iro?: CaseloadRange; chair?: CaseloadRange };
  authority: {
    name: string;
    address?: string;
    phone?: string;
    email?: string;
    website?: string;
    logo?: string;
    complaintsContact?: string;
  };
  protectiveMarking: string;
  /** Rule groups (folders under src/rules) and rule ids that run under this profile. */
  enabledRules: Set<string>;
  disabledRules: Map<string, string>;
  adds: string[];
  overrides: { path: string; reason: string; by: string }[];
  /** Case-file facts that are significant changes by definition (KIRO-2.7, GL-6.1). */
  significantChanges?: SignificantChangePolicy;
  /** The authority's own escalation form; without it the general form. */
  escalationForm?: EscalationForm;
  /** Readings of ambiguous or conflicting passages, the parent's first. */
  readings: Reading[];
  readability?: Record<string, ReadabilityTarget>;
}
