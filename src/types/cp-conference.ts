/* eslint-disable */
/**
 * Generated from schemas/cp-conference.schema.json by scripts/gen-types.ts.
 * Do not edit: change the schema and run `npm run gen:types`.
 */

import type {
  Advocacy,
  Attendee,
  CpCategory,
  DateOrDateTime,
  Interpreter,
  IsoDate,
  IsoDateTime,
  ParentLetter,
  Person,
  PersonWithRole,
  ReportReceived,
  Role,
  SeenBeforeMeeting,
  WrittenAgreement
} from "./defs.js";

/**
 * Child protection conference — The record of an initial or review child protection conference, chaired by the Child Protection Chair (Working Together 2023; Knowsley CP Chair Standards 1-3; Knowsley Practice Standards sections 3-4; West Berkshire Standards 1-2).
 */
export interface CpConference {
  /**
   * Schema — Optional: the address of this JSON Schema, so an editor can check the file and suggest fields as you type (for example "./node_modules/reviewkit/schemas/cp-conference.schema.json"). reviewkit ignores it.
   */
  $schema?: string;
  /**
   * Record type — Always "cp-conference" for this record.
   */
  recordType: "cp-conference";
  /**
   * Record ID — An identifier for this conference record, unique within the case files; child protection plans refer to it.
   */
  id: string;
  /**
   * Conference type — An initial child protection conference (ICPC) or a review conference (RCPC).
   */
  conferenceType: "initial" | "review";
  /**
   * Conference date — Date the conference was held. KSW-3.ICPC: an initial conference within 15 working days of the strategy discussion; KCP-1.4: minutes within 15 days of it.
   */
  conferenceDate: IsoDate;
  /**
   * Conference start time — Date and time the conference started, where known; used to count hours, for example reports shared with the family at least 24 hours before (KSW-3.REP).
   */
  conferenceStartedAt?: IsoDateTime;
  /**
   * Conference end time — Date and time the conference ended, where known. KCP-1.2's plan "within 24 hours of the Child Protection Review" is timed from here (the profile's reading kcp-plan-24-hours-from-end), so a long conference does not eat into the chair's 24 hours.
   */
  conferenceEndedAt?: IsoDateTime;
  /**
   * Chair — The Child Protection Chair who chaired the conference.
   */
  chair: Person;
  /**
   * Children — Each child the conference was about, with the conference's decision for them; each child has an individual plan (KCP-1.1).
   *
   * @minItems 1
   * @maxItems 2000
   */
  children: CpConferenceChild[];
  /**
   * Attendance — Who was invited and whether they attended; agency non-attendance is recorded for reporting (WB-4.ATT).
   *
   * @maxItems 2000
   */
  attendance: Attendee[];
  /**
   * Reports received — Reports written for the conference and when they were shared (KSW-3.REP, KSW-4.RCPC, WB-4.ATT).
   *
   * @maxItems 2000
   */
  reportsReceived: ReportReceived[];
  /**
   * Significant harm threshold explained — Whether the chair made sure all attendees understood the threshold of significant harm, and the likelihood of it, before deciding on a plan (KCP-3.1).
   */
  thresholdExplained: boolean;
  /**
   * Children's participation — How each child took part: attending, in writing, through an advocate (NYAS), a drawing, or their views brought by the social worker (KCP-2.2, KSW-3.NYAS).
   *
   * @maxItems 2000
   *
   * Items: Child's participation — How one child took part in the conference (KCP-2.2).
   */
  childParticipation: {
    /**
     * Child's ID — The id of the child, as given in Children.
     */
    childId: string;
    /**
     * How the child took part — Attended, wrote, spoke through an advocate, drew, had their views brought by the social worker, or did not take part (KCP-2.2).
     */
    how: "attended" | "written" | "advocate" | "drawing" | "views-via-social-worker" | "did-not-participate";
    /**
     * Advocate — The advocate who represented the child's views, if any (KCP-2.2).
     */
    advocate?: Person;
    /**
     * Referred to NYAS on — Date the child was referred to NYAS for the conference. KSW-3.NYAS: for children over 11.
     */
    nyasReferredOn?: IsoDate;
  }[];
  /**
   * Parents' views — What the parents said about the concerns and the plan (WB-1.CP, KCP-3.2).
   */
  parentsViews: string;
  /**
   * Children's views — What the children said, in their own words where possible (KCP-2.2).
   */
  childrensViews: string;
  /**
   * What we are worried about — The risks and harm the conference is worried about, in plain language (KCP-3.2).
   */
  worries: string;
  /**
   * What is working well — The family's strengths and what is keeping the children safe, in plain language (KCP-3.2).
   */
  workingWell: string;
  /**
   * What needs to happen — What needs to happen to keep the children safe, in plain language (KCP-3.2, KCP-3.3).
   */
  needsToHappen: string;
  /**
   * Decision explained — Whether the conference's decisions were explained and the outcome to be achieved made clear (KCP-3.3).
   */
  decisionExplained: {
    /**
     * Decisions explained — Whether the chair explained the decisions to the family and attendees (KCP-3.3).
     */
    explained: boolean;
    /**
     * Outcome to achieve — The outcome the plan is to achieve, stated clearly (KCP-3.3).
     */
    outcomeToAchieve: string;
  };
  /**
   * Strategy discussion date — Date of the strategy discussion that led to an initial conference. KSW-3.ICPC and NAT-WT-ICPC: the initial conference within 15 working days of it.
   */
  strategyDiscussionDate?: IsoDate;
  /**
   * Chair met the parents — Whether and when the chair met the parents before the conference so they understood the process (KCP-2.1).
   */
  chairMetParents?: {
    /**
     * Chair met the parents on — Date the chair met the parents before the conference (KCP-2.1).
     */
    metOn?: IsoDate;
    /**
     * Parents met — The names of the parents the chair met (KCP-2.1).
     *
     * @maxItems 2000
     *
     * Items: Parent's name — The name of a parent the chair met.
     */
    parents?: string[];
    /**
     * Reason the chair did not meet the parents — Why the chair did not meet a parent before the conference (KCP-2.1).
     */
    notMetReason?: string;
  };
  /**
   * Family informed — Whether the family were told the local authority's concerns and had a fair chance to give their view (WB-1.CP).
   */
  familyInformed?: {
    /**
     * Concerns explained to the family — Whether the children and family were told, and understood, the local authority's concerns (WB-1.CP).
     */
    concernsExplained: boolean;
    /**
     * Family gave their view — Whether the family had a fair opportunity to put their view forward (WB-1.CP).
     */
    familyViewGiven: boolean;
  };
  /**
   * Scaling — Safety scaling scores given at the conference, 0 to 10.
   *
   * @maxItems 2000
   *
   * Items: Scaling score — One person's or agency's safety scaling score.
   */
  scaling?: {
    /**
     * Scored by — Who gave the score: a person, agency or the family.
     */
    by: string;
    /**
     * Score — The score from 0 (the children are not safe) to 10 (safe enough to close).
     */
    score: number;
    /**
     * Reason for the score — Why they gave that score.
     */
    note?: string;
  }[];
  /**
   * Dissent — Anyone who disagreed with the conference's decision, and why.
   *
   * @maxItems 2000
   *
   * Items: Dissenting view — One person who disagreed with the decision.
   */
  dissent?: {
    /**
     * Name — The name of the person who disagreed.
     */
    name: string;
    /**
     * Agency — The agency they represent.
     */
    agency: string;
    /**
     * Reason for dissent — Why they disagreed.
     */
    reason: string;
  }[];
  /**
   * Social work report — When the social worker's conference report was shared with the family and sent to the QA unit (KSW-3.REP, KSW-4.RCPC).
   */
  socialWorkReport?: {
    /**
     * Report shared with family at — When the report was shared with the family; give the time where known. KSW-3.REP: at least 24 hours before the conference; KSW-4.RCPC: review reports at least 5 days before.
     */
    sharedWithFamilyAt?: DateOrDateTime;
    /**
     * Report sent to QA on — Date the report was sent to the Safeguarding and Quality Assurance unit. KSW-3.REP: 3 working days before the conference.
     */
    sentToQaOn?: IsoDate;
  };
  /**
   * Advocacy — Whether the children were offered an advocate and referred (WB-2.ADV, KSW-3.NYAS).
   */
  advocacy?: Advocacy;
  /**
   * Interpreter — Whether an interpreter, lip reader or signer was needed and booked (WB-2.INT).
   */
  interpreter?: Interpreter;
  /**
   * Seen before the meeting — Whether the young person and family saw what is written about them before the conference (WB-2.SEEN).
   */
  seenBeforeMeeting?: SeenBeforeMeeting;
  /**
   * Minutes — When the conference minutes were ready and distributed (KCP-1.4).
   */
  minutes?: {
    /**
     * Minutes ready on — Date the minutes were amended and ready for distribution. KCP-1.4: within 15 days of the conference.
     */
    readyOn?: IsoDate;
    /**
     * Minutes distributed on — Date the minutes were sent out (KCP-1.4).
     */
    distributedOn?: IsoDate;
  };
  /**
   * First core group date — Date set for the first core group meeting. KSW-4.CG1 and NAT-WT-ICPC: within 10 working days of the initial conference.
   */
  firstCoreGroupDate?: IsoDate;
  /**
   * Next review conference date — Date set for the next review conference. NAT-WT-ICPC: the first within 3 months of the initial conference, then at most every 6 months.
   */
  nextReviewConferenceDate?: IsoDate;
  /**
   * Written agreement — The written agreement with the family and when it was last reviewed (WB-1.CP).
   */
  writtenAgreement?: WrittenAgreement;
  /**
   * Parents — The parents and carers the conference writes to after the meeting, each by name. Without this list one letter goes to the parents named in the attendance. Where letters are split (domesticAbuse, a parent seenSeparately or asking for their own letter) each parent here gets their own letter, holding only what the profile's parentLetters lets every parent see and what is theirs alone (KCP-3.2).
   *
   * @maxItems 20
   */
  parents?: CpConferenceParent[];
  /**
   * The joint parents' letter — What the one letter to the parents says that the record's other fields do not, written to them as "you"; used where the letters are not split.
   */
  jointLetter?: {
    /**
     * What you told us (to the parents) — What the parents told the conference, written back to them as "you", for example "You told us you are proud of the changes." Without it the letter gives the parents' views as recorded (parentsViews). Never in a parent's own letter, where each parent's own words go (parents[].letter.whatYouToldUs).
     */
    whatYouToldUs?: string;
  };
  /**
   * Domestic abuse — Domestic abuse between the parents (or a parent and a partner) is known or alleged. Every parent in Parents then gets their own letter, and no letter carries the joint parents' views or anything private to another parent; with no Parents list no letter can be made safely (kcp-parent-letters-safe).
   */
  domesticAbuse?: boolean;
}

/**
 * Parent — A parent or carer the conference writes to, how they took part, and what their own letter holds that is theirs alone.
 */
export interface CpConferenceParent {
  /**
   * Parent's ID — An identifier for this parent, unique within the record, for example "mother" or the case system's person id. Their own letter's file name carries it (ICPC-1.parent-letter.mother.pdf), never their name; a plan action marked for one parent names it (forParent).
   */
  id: string;
  /**
   * Parent's name — The parent's full name, as their letter is addressed.
   */
  name: string;
  /**
   * Relationship to the children — How they are related to the children, for example "Mother", "Father", "Mother's partner".
   */
  relationship: Role;
  /**
   * Seen separately — The chair saw this parent apart from the other parents, before or at the conference, for example because one is afraid of the other (KCP-2.1). Every parent then gets their own letter.
   */
  seenSeparately?: boolean;
  /**
   * Language — The language this parent reads best, where it is not English: their letter offers a copy in it (WB-2.INT). Without it the letter offers the interpreter's language, where one was needed.
   */
  language?: string;
  /**
   * Their own letter — Whether they get a letter of their own, and what it says that is theirs alone.
   */
  letter?: ParentLetter;
}

/**
 * Conference child — A child the conference was about (the shared child summary), with the conference's decision for them.
 */
export interface CpConferenceChild {
  /**
   * Child's ID — The child's identifier in the authority's case management system; links this record to the child's other records and case file.
   */
  id: string;
  /**
   * Child's name — The child's full legal name.
   */
  name: string;
  /**
   * Preferred name — The name the child likes to be called; used in letters written to the child (KIRO-1.11).
   */
  preferredName?: string;
  /**
   * Date of birth — The child's date of birth; used for age-based checks such as advocacy at 10 (WB-2.ADV) or over 11 (KSW-3.NYAS), and housing and pathway plans at 16 (WB-1.H16, KSW-8.CP).
   */
  dateOfBirth: IsoDate;
  /**
   * Gender — The child's gender, in the child's own terms where they have said.
   */
  gender?: string;
  /**
   * Preferred language — The language the child prefers to use (KIRO-1.4).
   */
  preferredLanguage?: string;
  /**
   * Communication method — How the child communicates best, for example spoken English, British Sign Language, pictures (KIRO-1.4, WB-2.INT).
   */
  communicationMethod?: string;
  /**
   * Child's conference letter — What the chair's letter to this child says, written to the child ("you"), for children of the age the profile names (childConferenceLetter; KCP-3.3: decisions explained and the outcome clear).
   */
  childLetter?: {
    /**
     * What you told us — What the child told the conference, or told someone to tell it, said back to the child in the second person (KCP-2.2).
     */
    whatYouToldUs?: string;
    /**
     * What we decided — The decision (a plan or no plan) and why, in plain words to the child in the second person, with no jargon (KCP-3.3).
     */
    whatWeDecided: string;
    /**
     * Who will do what — What each person will do to help, in the child's words; the letter names them by role and the name the child knows them by.
     *
     * @minItems 1
     * @maxItems 20
     */
    whoWillHelp: {
      /**
       * Who — The person, with their role (the letter says "your social worker, Priya").
       */
      who: PersonWithRole;
      /**
       * What they will do — What they will do, in plain words to the child, starting with a verb, for example "visit you at home every two weeks".
       */
      what: string;
    }[];
    /**
     * Sent on — The day the letter was sent to the child.
     */
    sentOn?: IsoDate;
  };
  /**
   * Conference outcome — The conference's decision for this child (KCP-1.1, KCP-3.3).
   */
  outcome: {
    /**
     * Subject to a child protection plan — Whether the child is (or remains) subject to a child protection plan after this conference (KCP-3.1).
     */
    subjectToPlan: boolean;
    /**
     * Category of abuse — The category of the plan, where the child is subject to one: neglect, physical, emotional or sexual abuse.
     */
    category?: CpCategory;
    /**
     * Reason for the decision — Why the conference decided as it did, with reference to the significant harm threshold (KCP-3.1, KCP-3.3).
     */
    reason: string;
  };
}
