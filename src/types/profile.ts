/* eslint-disable */
/**
 * Generated from schemas/profile.schema.json by scripts/gen-types.ts.
 * Do not edit: change the schema and run `npm run gen:types`.
 */

import type {ChildStatus, Citation, Role} from "./defs.js";

/**
 * Authority profile — An authority's policy as data: its timescales with units and citations, its escalation ladders, its advocacy service, its contact details and which rules it switches on or off. "england" is the national baseline; every other profile extends one and lists what it adds, overrides and switches off.
 */
export interface Profile {
  /**
   * Schema address — The address of this schema, so editors can check the file while it is written.
   */
  $schema?: string;
  /**
   * Profile ID — The profile's id in kebab case, for example "england", "knowsley" or "west-berkshire"; case files name it as their authority.
   */
  id: string;
  /**
   * Profile name — The profile's name as shown to people, for example "Knowsley Council".
   */
  name: string;
  /**
   * Extends — The id of the profile this one builds on. Every profile except "england" extends another; what it changes is listed in Adds, Overrides and Rules.
   */
  extends?: string;
  /**
   * Profile description — What the profile covers and where its policy comes from; shown with the profile's findings.
   */
  description: string;
  /**
   * Source documents — The documents this profile's timescales, ladders and rules cite.
   *
   * @maxItems 2000
   *
   * Items: Source document — One document the profile cites.
   */
  documents?: {
    /**
     * Document ID — The id citations use for the document, for example "000_e97c8872ca661401.txt" or "CPPCR-2010".
     */
    id: string;
    /**
     * Document title — The document's title.
     */
    title: string;
    /**
     * Issued by — Who issued the document, for example "Knowsley Council" or "Department for Education".
     */
    authority: string;
  }[];
  /**
   * Timescales — Each timescale by id (for example "lac-minutes"), with its value, unit and citation. Rules hold no numbers: they read them from here. A profile that changes a timescale its parent set lists it under Overrides.
   */
  timescales?: {
    [k: string]: ProfileTimescale | undefined;
  };
  /**
   * Frequencies — Each minimum frequency by id (for example "qapr-cp-first-year": at least 3 QA progress reviews in the first 12 months of a plan, GL-5-CP), with its citation.
   */
  frequencies?: {
    [k: string]: ProfileFrequency | undefined;
  };
  /**
   * Due dates set by a meeting or record — Items `deadlines` shows whose due date a meeting or a record sets rather than a number of days (for example "iro-saw-child-before-review": the IRO sees the child before each review, KIRO-1.7), by the id of the timeline item, each with what is due and the standard that asks for it. The timeline shows such an item only where the profile has it, cited from here.
   */
  dueDates?: {
    [k: string]:
      | {
          /**
           * What is due — What is due, and by when, in plain English.
           */
          description: string;
          /**
           * Source — The document and paragraph that ask for it.
           */
          citation: Citation;
        }
      | undefined;
  };
  /**
   * Escalation — The escalation ladders, one for looked-after children and one for children on a child protection plan (GL-4.2, LEI-FE, NAT-HB-6.2).
   */
  escalation?: {
    /**
     * Escalation ladders — The ladder for each child status.
     */
    ladders: {
      /**
       * Ladder for looked-after children — The escalation ladder for a child in care (GL-4.2 child in care form, LEI-FE).
       */
      "looked-after"?: ProfileLadder;
      /**
       * Ladder for children on a plan — The escalation ladder for a child on a child protection plan (GL-4.2 CP form, LEI-FE).
       */
      "child-protection"?: ProfileLadder;
    };
  };
  /**
   * Advocacy service — The advocacy service children are referred to, and from what age (KIRO-1.12, WB-2.ADV, KSW-3.NYAS).
   */
  advocacy?: {
    /**
     * Service name — The advocacy service's name, for example "NYAS" or "Here for Me".
     */
    service: string;
    /**
     * Referral age — The age in completed years from which every child is referred, for example 10 (WB-2.ADV) or 11 (KSW-3.NYAS).
     */
    minAge?: number;
    /**
     * How the age is read — How the profile reads the standard's age wording, for example why "over 11 year olds" is checked from age 11 (KSW-3.NYAS).
     */
    ageNote?: string;
    /**
     * Source — Where the advocacy standard comes from.
     */
    citation: Citation;
  };
  /**
   * Child's conference letter — From what age a child gets their own letter after a child protection conference, and why (KCP-3.3: decisions made at conference are explained; KCP-2.2: the child takes part).
   */
  childConferenceLetter?: {
    /**
     * From age — The age in completed years on the conference day from which each child of the conference gets a letter.
     */
    fromAge: number;
    /**
     * Why this age — Why the letter starts at this age.
     */
    reason: string;
    /**
     * Source — The standard the letter answers.
     */
    citation: Citation;
  };
  /**
   * Parents' own letters — When each parent gets their own letter after a child protection conference instead of one joint letter, and which sections each parent's own letter holds: every-parent (the same words in every parent's letter), own-parent (only what is that parent's own: their words, their safety plan, actions for them) or left-out (given in person instead). A joint letter never holds a private section (KCP-3.2).
   */
  parentLetters?: {
    /**
     * Split the letter when — What in the record gives every parent their own letter: domestic-abuse (the record's domesticAbuse; always listed, so no council sends one letter to both parents in a domestic abuse case), seen-separately (a parent's seenSeparately), asked (a parent's letter.own).
     *
     * @minItems 1
     * @maxItems 3
     */
    splitWhen: ("domestic-abuse" | "seen-separately" | "asked")[];
    /**
     * Sections of a parent's own letter — Which sections a parent's own letter holds. The decision for each child, the next meetings and how to disagree are in every letter.
     */
    sections: {
      /**
       * What we are worried about — The conference's worries (worries): the same in every parent's letter, or left out.
       */
      worries: "every-parent" | "left-out";
      /**
       * What is going well — What is working well (workingWell): the same in every parent's letter, or left out.
       */
      workingWell: "every-parent" | "left-out";
      /**
       * What needs to happen — What needs to happen and the outcome to achieve (needsToHappen, decisionExplained.outcomeToAchieve): the same in every parent's letter, or left out.
       */
      needsToHappen: "every-parent" | "left-out";
      /**
       * The plan — The plan's actions: every-parent gives each parent every action except those marked for another parent (forParent); own-parent only the actions the parent does or that are marked for them; or left out.
       */
      plan: "every-parent" | "own-parent" | "left-out";
      /**
       * What you told us — The parent's own words (parents[].letter.whatYouToldUs): only in their own letter, or left out. The joint parents' views (parentsViews) are never in a parent's own letter.
       */
      whatYouToldUs: "own-parent" | "left-out";
      /**
       * Your safety plan — The safety plan made with the parent (parents[].letter.safetyPlan): only in their own letter, or left out.
       */
      safetyPlan: "own-parent" | "left-out";
    };
    /**
     * Why — Why the letters are split and shared this way.
     */
    reason: string;
    /**
     * Source — The standard the letters answer.
     */
    citation: Citation;
  };
  /**
   * Expected caseloads — The number of children one full-time IRO (or child protection chair) is expected to hold, with the guidance it comes from; `reviewkit report` compares each IRO's caseload with it (NAT-HB-7.15).
   */
  caseload?: {
    /**
     * Children per IRO — Looked-after children per full-time IRO.
     */
    iro?: {
      /**
       * Fewest children — The low end of the expected range, in children per full-time worker.
       */
      min: number;
      /**
       * Most children — The high end of the expected range, in children per full-time worker.
       */
      max: number;
      /**
       * What the range means — The range in plain English.
       */
      description: string;
      /**
       * Source — Where the expected range comes from.
       */
      citation: Citation;
    };
    /**
     * Children per chair — Children on a plan per full-time child protection chair.
     */
    chair?: {
      /**
       * Fewest children — The low end of the expected range, in children per full-time worker.
       */
      min: number;
      /**
       * Most children — The high end of the expected range, in children per full-time worker.
       */
      max: number;
      /**
       * What the range means — The range in plain English.
       */
      description: string;
      /**
       * Source — Where the expected range comes from.
       */
      citation: Citation;
    };
  };
  /**
   * Authority details — The authority's name and contact details, printed on letters and documents.
   */
  authority?: {
    /**
     * Authority name — The authority's name, for example "Knowsley Council".
     */
    name: string;
    /**
     * Address — The postal address printed on letters.
     */
    address?: string;
    /**
     * Phone — The phone number printed on letters.
     */
    phone?: string;
    /**
     * Email — The email address printed on letters.
     */
    email?: string;
    /**
     * Website — The authority's website address.
     */
    website?: string;
    /**
     * Logo — Path to the logo image, relative to the profile file.
     */
    logo?: string;
    /**
     * Complaints contact — How a child or family can make a complaint, printed in letters to the child (KIRO-1.10).
     */
    complaintsContact?: string;
  };
  /**
   * Protective marking — The marking printed on every document, for example "OFFICIAL-SENSITIVE".
   */
  protectiveMarking?: string;
  /**
   * Rules — The rules this profile switches on and off, relative to the profile it extends.
   */
  rules?: {
    /**
     * Rules switched on — Ids of the rules this profile adds.
     *
     * @maxItems 2000
     *
     * Items: Rule ID — The id of a rule, for example "review-minutes-timely".
     */
    enabled?: string[];
    /**
     * Rules switched off — Rules this profile switches off, each with the reason.
     *
     * @maxItems 2000
     *
     * Items: Rule switched off — One rule switched off and why.
     */
    disabled?: {
      /**
       * Rule ID — The id of the rule switched off.
       */
      id: string;
      /**
       * Reason — Why the rule does not apply in this authority, with the source where there is one.
       */
      reason: string;
    }[];
  };
  /**
   * Escalation form — The authority's own escalation form, by name and layout, so an escalation prints as the form its managers know: Gloucestershire's Progress Resolution Pathway (PRP) form with the manager's response at each level (GL-4.2), Leicestershire's Positive Challenge and Formal Escalation record (LEI-PC, LEI-FE). Without it the general escalation form is used.
   */
  escalationForm?: ProfileEscalationForm;
  /**
   * Significant changes from events — Which case-file facts need a significant-change record with the IRO's decision, and by when.
   */
  significantChanges?: ProfileSignificantChanges;
  /**
   * What this profile adds — A list, in plain English, of what this profile adds to the one it extends.
   *
   * @maxItems 2000
   *
   * Items: Addition — One thing the profile adds.
   */
  adds?: string[];
  /**
   * What this profile overrides — Each setting this profile changes from the one it extends, and why; a profile never silently shadows its parent.
   *
   * @maxItems 2000
   *
   * Items: Override — One overridden setting.
   */
  overrides?: {
    /**
     * Setting overridden — The setting overridden, as a slash-separated path into the profile, for example "timescales/care-plan", "escalation/ladders" or "advocacy".
     */
    path: string;
    /**
     * Reason — Why the authority's standard differs, with its citation.
     */
    reason: string;
  }[];
  /**
   * Readings — How the profile reads passages that are ambiguous or that disagree with each other, each with the words quoted and the reason. A profile that extends another keeps its parent's readings and adds its own.
   *
   * @maxItems 2000
   */
  readings?: ProfileReading[];
  /**
   * Readability targets — Plain-language targets for documents, keyed by audience, for example "child", "parent" or "professional" (KCP-3.2, KIRO-1.11).
   */
  readability?: {
    [k: string]: ProfileReadabilityTarget | undefined;
  };
}

/**
 * Unit — The unit a timescale counts in. Working days are Monday to Friday except England and Wales bank holidays; months are calendar months.
 */
export type ProfileTimescaleUnit = "working_days" | "calendar_days" | "hours" | "weeks" | "months";

/**
 * Duration — An amount of time with its unit.
 */
export interface ProfileDuration {
  /**
   * Value — How many units.
   */
  value: number;
  /**
   * Unit — Working days, calendar days, hours, weeks or months.
   */
  unit: ProfileTimescaleUnit;
}

/**
 * Timescale — A timescale set by a standard: its value, its unit, and where it comes from.
 */
export interface ProfileTimescale {
  /**
   * Value — How many units, for example 20 for "within 20 working days".
   */
  value: number;
  /**
   * Unit — Working days, calendar days, hours, weeks or months.
   */
  unit: ProfileTimescaleUnit;
  /**
   * Source — The document and paragraph that set the timescale.
   */
  citation: Citation;
  /**
   * Why this unit — Why the profile chose this unit where the standard says only "days", for example "read as working days, as the IRO Handbook counts them".
   */
  unitNote?: string;
  /**
   * What the timescale is — What the timescale is, in plain English, for example "Review minutes are sent within this time of the review".
   */
  description: string;
}

/**
 * Frequency — A minimum count over a period set by a standard, for example at least 3 QA progress reviews in 12 months (GL-5-CP).
 */
export interface ProfileFrequency {
  /**
   * How many — The least number of times it must happen in the period, for example 3.
   */
  value: number;
  /**
   * Period — The period the count is over, for example 12 months.
   */
  per: ProfileDuration;
  /**
   * Source — The document and paragraph that set the frequency.
   */
  citation: Citation;
  /**
   * Why this unit — Why the profile chose this unit where the standard does not say.
   */
  unitNote?: string;
  /**
   * What the frequency is — What must happen how often, in plain English.
   */
  description: string;
}

/**
 * Cited duration — An amount of time with its unit and the source that sets it.
 */
export interface ProfileCitedDuration {
  /**
   * Value — How many units, for example 20.
   */
  value: number;
  /**
   * Unit — Working days, calendar days, hours, weeks or months.
   */
  unit: ProfileTimescaleUnit;
  /**
   * Source — The document and paragraph that set it.
   */
  citation: Citation;
}

/**
 * Escalation ladder — An escalation ladder: the informal step, the formal stages, the total time, and when Cafcass and legal advice come in.
 */
export interface ProfileLadder {
  /**
   * Informal step — The informal step before formal escalation, for example Positive Challenge (LEI-PC) or Informal Concern (GL-4.1).
   */
  informal: {
    /**
     * Step name — What the authority calls the informal step, for example "Positive Challenge".
     */
    name: string;
    /**
     * Delegated to — The role the informal concern goes to, for example "Team Manager".
     */
    delegatedTo: Role;
    /**
     * Accountable manager — The manager who stays accountable for the response at this stage when it differs from the person the form is delegated to, for example Gloucestershire's Assistant Director at Formal Level 2, who "may delegate responsibility to a Head of Service, Service Manager, or Group Manager. However, they remain the accountable manager" (GL-4.2). Leave it out when the person delegated to is accountable.
     */
    accountable?: Role;
    /**
     * Response time — How long the team has to respond, for example 5 days (LEI-PC, GL-4.1).
     */
    responseTime: ProfileDuration;
    /**
     * Timescale — The id of the profile timescale this step's response time is, for example "positive-challenge-response" (LEI-PC): its owner rule reports a late or missing response, and `deadlines` shows the response under that id. It must have the same value and unit as responseTime. Leave it out where no timescale times the informal step.
     */
    timescale?: string;
    /**
     * Who is told — The roles told of the informal concern.
     *
     * @maxItems 2000
     */
    notify: Role[];
    /**
     * Who is told of the response — The roles told when the manager responds (LEI-FE-N).
     *
     * @maxItems 2000
     */
    notifyOnResponse?: Role[];
    /**
     * Source — Where the informal step is set out.
     */
    citation: Citation;
  };
  /**
   * Formal stages — The formal stages in order, each with the role it is delegated to (GL-4.2, LEI-FE).
   *
   * @minItems 1
   * @maxItems 4
   */
  stages: ProfileLadderStage[];
  /**
   * Total formal time — The most time the whole formal process may take from the formal start, for example 20 working days (NAT-HB-6.2, GL-4.2, LEI-FE-20).
   */
  totalFormalTime: ProfileCitedDuration;
  /**
   * Stages may be bypassed — Whether the IRO or chair may go straight to any stage (NAT-HB-6.2, GL-4.2, LEI-FE).
   */
  bypassAllowed: boolean;
  /**
   * Kept informed — The roles kept informed throughout the formal process, for example the IRO's own manager (LEI-FE).
   *
   * @maxItems 2000
   */
  keptInformed?: Role[];
  /**
   * Cafcass referral — When a Cafcass referral is possible and who is consulted and told (GL-4.2-CAF, LEI-CAF).
   */
  cafcass: {
    /**
     * Cafcass referral allowed for — The child statuses a Cafcass referral is allowed for: looked-after children only (GL-4.2-CAF, LEI-CAF).
     *
     * @maxItems 2000
     */
    allowedFor: ChildStatus[];
    /**
     * Senior meeting required first — Whether a meeting with senior managers must be held before a Cafcass referral (LEI-CAF).
     */
    requiresSeniorMeeting: boolean;
    /**
     * Senior meeting with — The roles at the meeting before a Cafcass referral, for example "Assistant Director" and "Head of Service" (LEI-CAF).
     *
     * @maxItems 2000
     */
    seniorMeetingWith: Role[];
    /**
     * Consult — The roles consulted before a Cafcass referral, for example "IRO Service Manager" (GL-4.2-CAF).
     *
     * @maxItems 2000
     */
    consult: Role[];
    /**
     * Inform — The roles told of a Cafcass referral (GL-4.2-CAF).
     *
     * @maxItems 2000
     */
    inform: Role[];
    /**
     * Source — Where the Cafcass rules are set out.
     */
    citation: Citation;
  };
  /**
   * Legal advice — Who is consulted before independent legal advice is sought (Knowsley IRO Standard 2.8, GL-4.2).
   */
  legalAdvice: {
    /**
     * Consult — The roles consulted before seeking legal advice, for example "IRO Service Manager".
     *
     * @maxItems 2000
     */
    consult: Role[];
    /**
     * Source — Where the legal advice route is set out.
     */
    citation: Citation;
  };
}

/**
 * Formal stage — One formal stage of the escalation ladder.
 */
export interface ProfileLadderStage {
  /**
   * Stage — Which formal stage (level) this is, 1 to 4.
   */
  stage: "formal-1" | "formal-2" | "formal-3" | "formal-4";
  /**
   * Stage name — What the authority calls the stage, for example "Stage One – Team Manager" or "Formal Level 2".
   */
  name: string;
  /**
   * Delegated to — The role the stage is delegated to, for example "Team Manager" or "Head of Service" (GL-4.2, LEI-FE).
   */
  delegatedTo: Role;
  /**
   * Accountable manager — The manager who stays accountable for the response at this stage when it differs from the person the form is delegated to, for example Gloucestershire's Assistant Director at Formal Level 2, who "may delegate responsibility to a Head of Service, Service Manager, or Group Manager. However, they remain the accountable manager" (GL-4.2). Leave it out when the person delegated to is accountable.
   */
  accountable?: Role;
  /**
   * Response time — How long the manager has to respond, for example 5 working days (GL-4.2, LEI-FE-5).
   */
  responseTime: ProfileDuration;
  /**
   * Who is told — The roles told when the concern reaches this stage (LEI-FE-N).
   *
   * @maxItems 2000
   */
  notify: Role[];
  /**
   * Who is told of the response — The roles told when the manager responds, for example the Team Manager and Social Worker at Leicestershire stage 2 (LEI-FE-N).
   *
   * @maxItems 2000
   */
  notifyOnResponse?: Role[];
  /**
   * Source — Where the stage is set out.
   */
  citation: Citation;
}

/**
 * Readability target — A plain-language target for one audience.
 */
export interface ProfileReadabilityTarget {
  /**
   * Lowest reading ease — The lowest Flesch Reading Ease score allowed (0 to 100; higher is easier).
   */
  fleschReadingEaseMin: number;
  /**
   * Highest grade level — The highest Flesch-Kincaid grade level allowed.
   */
  fleschKincaidGradeMax: number;
  /**
   * Longest sentence — The most words allowed in one sentence.
   */
  maxSentenceWords: number;
  /**
   * Reason — Why this target suits the audience, with its source (KCP-3.2, KIRO-1.11).
   */
  reason: string;
}

/**
 * Reading of the standard — Where a standard can be read more than one way, or two texts disagree: the words, the reading the profile uses, and why. Rules that depend on the reading name it in their header.
 */
export interface ProfileReading {
  /**
   * Reading ID — A kebab-case id rules and tests refer to, for example "kcp-plan-24-hours-from-end".
   */
  id: string;
  /**
   * About — What the reading settles, in a sentence: the question the text leaves open.
   */
  about: string;
  /**
   * The words — The passages the reading rests on, quoted exactly.
   *
   * @minItems 1
   * @maxItems 2000
   *
   * Items: Quoted passage — One passage and where it is.
   */
  texts: {
    /**
     * Source — Where the passage is.
     */
    citation: Citation;
    /**
     * Quote — The passage, word for word.
     */
    quote: string;
  }[];
  /**
   * Reading used — The reading the profile and its rules apply.
   */
  reading: string;
  /**
   * Why — Why this reading: which text governs where they differ, and the reason.
   */
  why: string;
}

/**
 * Escalation form — The name and layout of the authority's escalation form.
 */
export interface ProfileEscalationForm {
  /**
   * Form name — The form's name as the authority's protocol gives it, printed as the document's title, for example "Progress Resolution Pathway (PRP) form".
   */
  title: string;
  /**
   * Layout — Which layout the form takes: "general" (the concern, the ladder, what has happened), "progress-resolution-pathway" (Gloucestershire: one part per PRP level with the form delegated to a manager, the manager's response box and the IRO or CP Chair's comments), or "positive-challenge-formal-escalation" (Leicestershire: the Positive Challenge first, then each stage of the Formal Escalation Step with the manager's response and the final section).
   */
  layout: "general" | "progress-resolution-pathway" | "positive-challenge-formal-escalation";
  /**
   * Recorded in — Where the authority keeps the form, for example "Liquid Logic" or "Mosaic (IRO/Chairs Activity step)".
   */
  recordedIn?: string;
  /**
   * Source — The document and paragraph that describe the form.
   */
  citation: Citation;
}

/**
 * Significant changes from events — Facts in a case file that are significant changes by definition, each needing a significant-change record that tells the IRO and carries the IRO's decision on an early review (KIRO-2.7, GL-6.1 quoting IRO Handbook 3.74, and Knowsley's practice standards Section 8). No standard gives a number of days for the decision: decisionBy says which reading is used, and the profile's readings say why.
 */
export interface ProfileSignificantChanges {
  /**
   * Changes — The kinds of case-file fact that are significant changes.
   *
   * @minItems 1
   * @maxItems 2000
   *
   * Items: Significant change kind — One kind of fact and the significant-change record codes that tell the IRO of it.
   */
  changes: {
    /**
     * Fact — placement-change: a new placement while looked after, after the first of that time in care; legal-status-change: a change from one looked-after legal status to another; missing-episode: a missing-episode event while looked after.
     */
    kind: "placement-change" | "legal-status-change" | "missing-episode";
    /**
     * Recorded as — The significant-change record event codes that count as telling the IRO of this fact.
     *
     * @minItems 1
     * @maxItems 2000
     *
     * Items: Event code — A significant-change record's event code.
     */
    recordAs: (
      | "panel-outcome"
      | "fostering-panel-or-adm-outcome"
      | "unexpected-placement-change"
      | "proposed-placement-change"
      | "court-order-or-directions"
      | "delay-in-review-decisions"
      | "missing-from-care"
      | "strategy-meeting-without-iro"
      | "school-exclusion"
      | "serious-health-diagnosis"
      | "family-or-carer-change"
      | "arrest-bail-conviction"
      | "serious-accident"
      | "change-of-social-worker"
      | "discharge-from-care"
      | "complaint"
      | "parallel-planning"
      | "death-serious-incident-or-harm"
      | "change-of-carer-address"
      | "moved-out-of-county"
      | "became-or-ceased-looked-after"
      | "plan-cannot-be-implemented"
      | "concerns-increased"
      | "concerns-decreased"
      | "other"
    )[];
    /**
     * Description — The fact in plain English, for messages.
     */
    description: string;
    /**
     * Source — Where the standard names this as a significant change.
     */
    citation: Citation;
  }[];
  /**
   * Decision due — When the IRO's decision on an early review is due: "next-review", by the next looked-after review after the change (held, or due where none is held yet). The profile's readings say why.
   */
  decisionBy: "next-review";
  /**
   * Source — The standard that requires the IRO's decision.
   */
  citation: Citation;
}
