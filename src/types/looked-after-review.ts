/* eslint-disable */
/**
 * Generated from schemas/looked-after-review.schema.json by scripts/gen-types.ts.
 * Do not edit: change the schema and run `npm run gen:types`.
 */

import type {
  Action,
  Advocacy,
  Attendee,
  ChildSummary,
  Decision,
  Interpreter,
  IsoDate,
  ParentLetter,
  Person,
  ReportReceived,
  SeenBeforeMeeting
} from "./defs.js";

/**
 * Looked-after review — The record of a looked-after child's review, chaired by the Independent Reviewing Officer (IRO Handbook 2010; CPPCR 2010 reg 33; Knowsley IRO Standards 1-6; West Berkshire Standards 1-2).
 */
export interface LookedAfterReview {
  /**
   * Schema — Optional: the address of this JSON Schema, so an editor can check the file and suggest fields as you type (for example "./node_modules/reviewkit/schemas/looked-after-review.schema.json"). reviewkit ignores it.
   */
  $schema?: string;
  /**
   * Record type — Always "looked-after-review" for this record.
   */
  recordType: "looked-after-review";
  /**
   * Record ID — An identifier for this review record, unique within the child's case file.
   */
  id: string;
  /**
   * Child — The child whose review this is.
   */
  child: ChildSummary;
  /**
   * Review number — Which review this is: 1 for the first review. NAT-R33 sets the gap to the next review by number; KIRO-2.4 and KSW-8.CP expect a permanence plan by review 2; WB-1.PP confirms parallel plan actions at review 1.
   */
  reviewNumber: number;
  /**
   * Review date — Date the review meeting was held (NAT-R33). Minutes (KIRO-2.9) and outcomes are counted from it.
   */
  reviewDate: IsoDate;
  /**
   * IRO — The Independent Reviewing Officer who chaired the review.
   */
  iro: Person;
  /**
   * Child knows their IRO — Whether the child knows who their IRO is and how to reach them between reviews (KIRO-1.2).
   */
  childKnowsIro: {
    /**
     * Child knows who their IRO is — Whether the child knows who their IRO is (KIRO-1.2).
     */
    knows: boolean;
    /**
     * How the child can contact their IRO — How the child can contact their IRO between reviews, as explained to the child (KIRO-1.2).
     */
    howToContact: string;
  };
  /**
   * Communication — The child's preferred language and method of communication, and that the IRO checked them with the child (KIRO-1.4).
   */
  communication: {
    /**
     * Preferred language — The language the child prefers (KIRO-1.4).
     */
    preferredLanguage: string;
    /**
     * Communication method — How the child prefers to communicate, for example talking, signing, pictures, writing (KIRO-1.4).
     */
    method: string;
    /**
     * Checked with the child — Whether the IRO checked the child's preferred language and method of communication with the child (KIRO-1.4).
     */
    checkedWithChild: boolean;
  };
  /**
   * Review arrangements — How the review was arranged around the child's needs, and whether the child was consulted (KIRO-1.5).
   */
  arrangements: {
    /**
     * Child consulted on arrangements — Whether the child was asked about the arrangements for the review: where, when, who comes (KIRO-1.5).
     */
    consultedChild: boolean;
    /**
     * Arrangements based on needs — How the arrangements were based on the child's needs, for example held after school at the foster home (KIRO-1.5).
     */
    basedOnNeeds: string;
  };
  /**
   * Child's views — The child's wishes, views and feelings, and how they were considered (KIRO-1.6).
   */
  childViews: {
    /**
     * Wishes and feelings — The child's wishes, views and feelings (KIRO-1.6).
     */
    wishesAndFeelings: string;
    /**
     * How the child's views were considered — How the child's views were considered in the decisions made (KIRO-1.6).
     */
    howConsidered: string;
    /**
     * In the child's own words — What the child said, in the child's own words, exactly as they said or wrote it (KIRO-1.6, KSW-7.NOTES).
     */
    childsOwnWords?: string;
  };
  /**
   * Complaints — Whether the child knows how to complain and has help to do so (KIRO-1.10).
   */
  complaints: {
    /**
     * Child told how to complain — Whether the child was told about the council's complaints procedure (KIRO-1.10).
     */
    childToldHowToComplain: boolean;
    /**
     * Help to complain offered — Whether the child was offered help to use the complaints procedure if they want to (KIRO-1.10).
     */
    helpOffered: boolean;
  };
  /**
   * Advocacy — Whether the child was offered an advocate and referred (KIRO-1.12, WB-2.ADV).
   */
  advocacy: Advocacy;
  /**
   * Placement — Where the child lives and whether it meets their needs (KIRO-2.1, WB-1.PD).
   */
  placement: {
    /**
     * Placement type — The kind of placement the child lives in.
     */
    type:
      | "foster-care"
      | "kinship"
      | "residential"
      | "supported-accommodation"
      | "placed-with-parents"
      | "adoptive"
      | "secure"
      | "other";
    /**
     * Placement start date — Date the child moved into this placement.
     */
    startDate: IsoDate;
    /**
     * Placement meets the child's needs — Whether the IRO is satisfied the placement meets the child's needs; if not, the IRO escalates (KIRO-2.1).
     */
    meetsNeeds: boolean;
    /**
     * IRO's view of the placement — The IRO's view of how well the placement meets the child's needs (KIRO-2.1).
     */
    iroView: string;
    /**
     * Placement at risk of disruption — Whether the placement is at risk of disruption; if so a pre-disruption meeting is held (WB-1.PD).
     */
    atRiskOfDisruption?: boolean;
    /**
     * Pre-disruption meeting on — Date of the pre-disruption meeting for a placement at risk of disruption (WB-1.PD).
     */
    preDisruptionMeetingOn?: IsoDate;
  };
  /**
   * Permanence — The plan for permanence, and any parallel plan (KIRO-2.4, KSW-8.CP, WB-1.PP).
   */
  permanence: {
    /**
     * Permanence plan identified — Whether a plan for permanence has been identified. KIRO-2.4 and KSW-8.CP: by the second review.
     */
    planIdentified: boolean;
    /**
     * Permanence plan — The plan for permanence, once identified (KIRO-2.4).
     */
    plan?:
      | "return-home"
      | "kinship"
      | "long-term-fostering"
      | "adoption"
      | "special-guardianship"
      | "residential"
      | "independence";
    /**
     * Parallel plan — The parallel (contingency) plan for permanence, if there is one (WB-1.PP).
     */
    parallelPlan?: string;
    /**
     * Parallel plan actions — Actions to carry out the parallel plan, for example family group conference, parenting or kinship assessments. WB-1.PP: confirmed at the first review.
     *
     * @maxItems 2000
     */
    parallelPlanActions?: Action[];
  };
  /**
   * Decisions — The decisions made at this review, each with a named person and a timescale (KIRO-2.2). May be empty.
   *
   * @minItems 0
   * @maxItems 2000
   */
  decisions: Decision[];
  /**
   * Attendance — Who was invited and whether they attended (KIRO-3.1, WB-4.ATT).
   *
   * @maxItems 2000
   */
  attendance: Attendee[];
  /**
   * Reports received — Reports written for the review and when they reached the IRO (KIRO-3.1, KSW-8.REP: at least 5 days before).
   *
   * @maxItems 2000
   */
  reportsReceived: ReportReceived[];
  /**
   * Parents — Parents and others with parental responsibility: whether they took part and their views (KIRO-4.1, KIRO-4.3).
   *
   * @maxItems 2000
   */
  parents: LookedAfterReviewParent[];
  /**
   * Next review date — Date set for the next review. NAT-R33: the second review within 3 months of the first, then at most every 6 months.
   */
  nextReviewDate: IsoDate;
  /**
   * Legal status — The child's legal status at the review. KSW-8.LS: a change of legal status is discussed at a review first.
   */
  legalStatus?: "s20-accommodated" | "interim-care-order" | "care-order" | "placement-order" | "remand" | "other";
  /**
   * Care proceedings — Whether there are care proceedings for the child; if so the IRO engages with the child's guardian (KIRO-1.9).
   */
  careProceedings?: boolean;
  /**
   * Children's guardian — The child's Cafcass guardian in care proceedings, and the IRO's contact with them (KIRO-1.9).
   */
  guardian?: {
    /**
     * Guardian's name — The name of the child's guardian (KIRO-1.9).
     */
    name: string;
    /**
     * IRO engaged with the guardian — Whether the IRO has engaged with the guardian about the care plan, in line with the Cafcass protocol (KIRO-1.9).
     */
    engaged: boolean;
    /**
     * Last contact with the guardian on — Date the IRO last spoke with or wrote to the guardian (KIRO-1.9).
     */
    lastContactOn?: IsoDate;
  };
  /**
   * Child's participation — How the child took part in the review, its national participation code, and whether chairing it was considered (KIRO-1.8, NAT-903-PN).
   */
  childParticipation?: {
    /**
     * How the child took part — How the child took part: attended, chaired their review, met the IRO before, wrote, spoke through an advocate, or did not take part (KIRO-1.6, KIRO-1.8).
     */
    how: "attended" | "chaired" | "met-iro-before" | "written" | "advocate" | "did-not-participate";
    /**
     * Participation code — The national code for how the child took part (NAT-903-PN): PN0 the child is under 4; PN1 attends and speaks for themselves; PN2 attends and an advocate speaks for them; PN3 attends and conveys their views without words; PN4 attends but does not speak, convey views or ask an advocate to; PN5 does not attend but briefs an advocate; PN6 does not attend but conveys views another way (in writing, a recording); PN7 does not attend and no views are conveyed.
     */
    code?: "PN0" | "PN1" | "PN2" | "PN3" | "PN4" | "PN5" | "PN6" | "PN7";
    /**
     * Child chairing considered — Whether the IRO encouraged or considered the child chairing their own review (KIRO-1.8).
     */
    chairingConsidered?: boolean;
  };
  /**
   * IRO's contact before the review — When and how the IRO saw or spoke with the child before the review (KIRO-1.7).
   */
  iroContactBeforeReview?: {
    /**
     * Date of contact before the review — Date the IRO visited or spoke with the child before the review (KIRO-1.7).
     */
    date: IsoDate;
    /**
     * How the IRO made contact — How the IRO made contact: a visit, phone call, video call or message (KIRO-1.7).
     */
    method: "visit" | "phone" | "video" | "message";
  };
  /**
   * Interpreter — Whether an interpreter, lip reader or signer was needed and booked (WB-2.INT).
   */
  interpreter?: Interpreter;
  /**
   * Seen before the meeting — Whether the child and family saw what is written about them before the review (WB-2.SEEN).
   */
  seenBeforeMeeting?: SeenBeforeMeeting;
  /**
   * Life story — Progress on life story work, later life letters and letterbox arrangements (WB-1.LS).
   */
  lifeStory?: {
    /**
     * Life story work — Progress on the child's life story work and book (WB-1.LS).
     */
    lifeStoryWork?: LookedAfterReviewTrackedWork;
    /**
     * Later life letter — Progress on the later life letter (WB-1.LS).
     */
    laterLifeLetter?: LookedAfterReviewTrackedWork;
    /**
     * Letterbox arrangements — Progress on letterbox contact arrangements (WB-1.LS).
     */
    letterbox?: LookedAfterReviewTrackedWork;
  };
  /**
   * Housing plan — The housing plan for a young person aged 16 or over: staying put, registration with housing providers, or return to family (WB-1.H16).
   */
  housingPlan?: {
    /**
     * Housing plan in place — Whether a housing plan is in place. WB-1.H16: every 16 year old has one.
     */
    inPlace: boolean;
    /**
     * Housing plan details — What the housing plan is (WB-1.H16).
     */
    details?: string;
  };
  /**
   * Pathway plan — The pathway plan for a young person aged 16 or over (KSW-8.CP, NAT-R42).
   */
  pathwayPlan?: {
    /**
     * Pathway plan in place — Whether an up-to-date pathway plan is in place. KSW-8.CP: from 16.
     */
    inPlace: boolean;
    /**
     * Pathway plan completed on — Date the current pathway plan was completed (KSW-8.CP, NAT-R42).
     */
    completedOn?: IsoDate;
  };
  /**
   * Minutes — When the review minutes were completed and sent (KIRO-2.9).
   */
  minutes?: {
    /**
     * Minutes completed on — Date the IRO completed the minutes (KIRO-2.9).
     */
    completedOn?: IsoDate;
    /**
     * Minutes sent on — Date the minutes were sent out. KIRO-2.9: within 20 working days of the review.
     */
    sentOn?: IsoDate;
  };
  /**
   * Outcomes recorded on — Date the review outcomes were recorded on the child's file. KIRO-2.9: within 5 working days of the review.
   */
  outcomesRecordedOn?: IsoDate;
  /**
   * Child's decisions letter — The copy of the decisions sent to the child in a child-friendly format (KIRO-1.11, KIRO-1.10, KIRO-1.12).
   */
  childDecisionsLetter?: {
    /**
     * Decisions letter sent on — Date the child's copy of the decisions was sent or given to them (KIRO-1.11).
     */
    sentOn?: IsoDate;
    /**
     * Decisions letter format — The format suited to the child's age and understanding: letter, easy read, pictures, video, spoken, or other (KIRO-1.11).
     */
    format: "letter" | "easy-read" | "pictures" | "video" | "spoken" | "other";
    /**
     * Decisions explained by — The name of the person who explained the decisions to the child (KIRO-1.11).
     */
    explainedBy?: string;
    /**
     * What you told us (to the child) — The child's wishes and feelings as the letter tells them back, written to the child as "you", for example "You told us you want to see Nikos more." Needed for a written letter (KIRO-1.11).
     */
    whatYouToldUs?: string;
    /**
     * How we used what you told us (to the child) — How the child's views shaped the decisions, written to the child as "you", for example "Because you asked, you will see Nikos every two weeks." Needed for a written letter (KIRO-1.11).
     */
    howWeUsedIt?: string;
    /**
     * Pictures in the letter — Whether the child's letter carries simple pictures beside each section, for a young child or one who reads pictures best (KIRO-1.11: explained according to their age and understanding). The "pictures" format turns them on too.
     */
    pictures?: boolean;
  };
  /**
   * Previous decisions — Progress on the decisions of the previous review (KIRO-2.2, KIRO-2.6).
   *
   * @maxItems 2000
   *
   * Items: Previous decision — Progress on one decision of the previous review.
   */
  previousDecisions?: {
    /**
     * Decision ID — The id of the decision in the previous review (KIRO-2.6).
     */
    decisionId: string;
    /**
     * Progress — Whether the decision was done, is in progress, was not done, or was dropped (KIRO-2.2, KIRO-2.6).
     */
    status: "done" | "in-progress" | "not-done" | "dropped";
    /**
     * Comment — What happened with the decision, and why if it drifted (KIRO-2.6).
     */
    comment?: string;
  }[];
}

/**
 * Parent — A parent or other person with parental responsibility, their part in the review and their views (KIRO-4.1, KIRO-4.3).
 */
export interface LookedAfterReviewParent {
  /**
   * Parent's ID — An identifier for this parent, unique within the record, for example "mother" or the case system's person id. Their letter's file name carries it (LAR-1.lac-parent-letter.mother.pdf), never their name; without it the letter is numbered by their place in this list (parent-1).
   */
  id?: string;
  /**
   * Parent's name — The parent's full name.
   */
  name: string;
  /**
   * Relationship to the child — How they are related to the child, for example "Mother", "Father", "Grandmother (special guardian)".
   */
  relationship: string;
  /**
   * Has parental responsibility — Whether they hold parental responsibility for the child (KIRO-4.1).
   */
  parentalResponsibility: boolean;
  /**
   * Attended the review — Whether they attended the review; a parent who cannot attend is met separately (KIRO-4.3).
   */
  attended: boolean;
  /**
   * Parent's views — The parent's views on the plan for the child (KIRO-4.1).
   */
  views?: string;
  /**
   * Met separately on — Date the IRO met the parent separately because they could not attend (KIRO-4.3).
   */
  metSeparatelyOn?: IsoDate;
  /**
   * Language — The language this parent reads best, where it is not English: their letter offers a copy in it (WB-2.INT).
   */
  language?: string;
  /**
   * Their letter — What this parent's letter after the review says that is theirs alone. Every parent who took part (attended, or was met separately) gets a letter of their own with the review's decisions (KIRO-4.1, KIRO-4.3).
   */
  letter?: ParentLetter;
  /**
   * Reason not met — Why the parent neither attended nor was met separately, for example whereabouts unknown (KIRO-4.3).
   */
  notMetReason?: string;
}

/**
 * Tracked work — Progress on a piece of work the IRO tracks for timeliness (WB-1.LS).
 */
export interface LookedAfterReviewTrackedWork {
  /**
   * Status — Not applicable, not started, in progress, or done (WB-1.LS).
   */
  status: "not-applicable" | "not-started" | "in-progress" | "done";
  /**
   * Due date — Date the work is due to be done (WB-1.LS).
   */
  dueDate?: IsoDate;
}
