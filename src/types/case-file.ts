/* eslint-disable */
/**
 * Generated from schemas/case-file.schema.json by scripts/gen-types.ts.
 * Do not edit: change the schema and run `npm run gen:types`.
 */

import type {ConcernNote} from "./concern-note.js";
import type {CpConference} from "./cp-conference.js";
import type {CpPlan} from "./cp-plan.js";
import type {CpCategory, DateOrDateTime, IsoDate, IsoDateTime, Person} from "./defs.js";
import type {Escalation} from "./escalation.js";
import type {GoodPracticeNote} from "./good-practice-note.js";
import type {LookedAfterReview} from "./looked-after-review.js";
import type {QaProgressReview} from "./qa-progress-review.js";
import type {SignificantChange} from "./significant-change.js";

/**
 * Case file — One child's case file: who they are, their legal status and placements over time, the events the standards time, and their reviewkit records. Due dates and overdue work are worked out from it (KIRO-2.2, KIRO-2.6, Knowsley Practice Standards sections 2 to 9, NAT-R33, NAT-WT-ICPC, GL-5-CIC, GL-5-CP).
 */
export interface CaseFile {
  /**
   * Schema — Optional: the address of this JSON Schema, so an editor can check the file and suggest fields as you type (for example "./node_modules/reviewkit/schemas/case-file.schema.json"). reviewkit ignores it.
   */
  $schema?: string;
  /**
   * Record type — Always "case-file" for this record.
   */
  recordType: "case-file";
  /**
   * Case file ID — An identifier for this case file.
   */
  id: string;
  /**
   * Authority profile — The id of the authority profile whose standards apply, for example "knowsley" or "england".
   */
  authority: string;
  /**
   * Child — The child the case file is about, with their team and workers.
   */
  child: CaseFileChild;
  /**
   * Legal status history — The child's legal status over time, oldest first (KSW-8.LS, KSW-8.IRO, NAT-R33).
   *
   * @maxItems 2000
   */
  legalStatus: CaseFileLegalStatusPeriod[];
  /**
   * Placements — Where the child has lived while looked after, oldest first (KSW-6.SEEN, KSW-8.PPM, KSW-8.VIS, WB-1.R24, WB-1.HP, NAT-R28).
   *
   * @maxItems 2000
   */
  placements: CaseFilePlacement[];
  /**
   * Events — Meetings, visits, plans and other events the standards time, in any order.
   *
   * @maxItems 2000
   */
  events: CaseFileEvent[];
  /**
   * Records — The child's reviewkit records: reviews, conferences, plans, escalations, notes and QA reviews. Each is checked against its own schema, chosen by its record type.
   *
   * @maxItems 2000
   *
   * Items: Record — One reviewkit record, of the kind its record type names.
   */
  records: (
    | LookedAfterReview
    | CpConference
    | CpPlan
    | Escalation
    | GoodPracticeNote
    | QaProgressReview
    | SignificantChange
    | ConcernNote
  )[];
  /**
   * Child protection plan periods — Periods the child was subject to a child protection plan, oldest first (KCP-1.6, KCP-2.4, KSW-4.VIS, GL-5-CP).
   *
   * @maxItems 2000
   *
   * Items: Child protection plan period — One period on a child protection plan.
   */
  cpPlans?: {
    /**
     * Plan start date — Date the child became subject to the plan (the initial conference date).
     */
    startDate: IsoDate;
    /**
     * Plan end date — Date the plan ended; leave out while it continues. KCP-2.4: the chair visits a child on a plan for 12 months or more.
     */
    endDate?: IsoDate;
    /**
     * Category of abuse — The category of the plan.
     */
    category: CpCategory;
  }[];
  /**
   * Notes — Anything else about the case file that helps a reader.
   */
  notes?: string;
}

/**
 * Case file child — The child (the shared child summary), with the details caseload reports and checks need.
 */
export interface CaseFileChild {
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
   * Ethnicity — The child's ethnicity, as the child or family describe it.
   */
  ethnicity?: string;
  /**
   * Religion — The child's religion or belief, if any.
   */
  religion?: string;
  /**
   * Disability — Any disability the child has, and what it means for how they communicate and take part (WB-2.INT).
   */
  disability?: string;
  /**
   * Team — The social work team that holds the case; used for caseload summaries.
   */
  team: string;
  /**
   * Social worker — The child's allocated social worker.
   */
  socialWorker: Person;
  /**
   * IRO — The child's Independent Reviewing Officer, while the child is looked after.
   */
  iro?: Person;
  /**
   * CP Chair — The child's Child Protection Chair, while the child is subject to a plan.
   */
  cpChair?: Person;
}

/**
 * Legal status period — One period under one legal status.
 */
export interface CaseFileLegalStatusPeriod {
  /**
   * Legal status — The child's legal status in this period.
   */
  status:
    | "s20-accommodated"
    | "interim-care-order"
    | "care-order"
    | "placement-order"
    | "remand"
    | "child-protection-plan"
    | "child-in-need"
    | "not-looked-after";
  /**
   * Status from — Date the status began; becoming looked after starts the clock for notifying the IRO (KSW-8.IRO) and the first review (NAT-R33).
   */
  from: IsoDate;
  /**
   * Status to — Date the status ended; leave out while it continues.
   */
  to?: IsoDate;
  /**
   * Change discussed at a review — Whether the change to this status was first discussed at a looked-after review (KSW-8.LS).
   */
  changedAtReview?: boolean;
}

/**
 * Placement — One placement while the child is looked after.
 */
export interface CaseFilePlacement {
  /**
   * Placement ID — An identifier for the placement, unique within the case file.
   */
  id: string;
  /**
   * Placement type — The kind of placement.
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
   * Placement start date — Date the child moved in; KSW-6.SEEN (seen within 3 days), KSW-8.PPM, KSW-8.PEP, KSW-8.HA and NAT-R28 count from it.
   */
  startDate: IsoDate;
  /**
   * Placement start time — Date and time the child moved in, where known; used to count hours, for example regulation 24 approval within 48 hours (WB-1.R24).
   */
  startedAt?: IsoDateTime;
  /**
   * Placement end date — Date the child left; leave out while the placement continues.
   */
  endDate?: IsoDate;
  /**
   * Out of borough — Whether the placement is outside the authority's area. KSW-8.VIS: visits every 4 weeks for a child out of borough in residential care.
   */
  outOfBorough: boolean;
  /**
   * Regulation 24 placement — Whether this is an emergency placement with kinship carers under regulation 24 (WB-1.R24).
   */
  regulation24?: boolean;
  /**
   * Head of Service approved regulation 24 at — When the Head of Service approved the regulation 24 placement; give the time where known. WB-1.R24: within 48 hours, or escalate.
   */
  headOfServiceApprovedAt?: DateOrDateTime;
  /**
   * Return home on a care order — Whether this is a placement with birth parents while on a care order (rehabilitation home) (WB-1.HP).
   */
  rehabilitationHome?: boolean;
  /**
   * Head of Service approved return home on — Date the Head of Service approved the return home on a care order. WB-1.HP: before the placement starts.
   */
  headOfServiceApprovedOn?: IsoDate;
}

/**
 * Event — One meeting, visit, plan or other event in the child's case that the standards time.
 */
export interface CaseFileEvent {
  /**
   * Event ID — An identifier for the event, unique within the case file.
   */
  id: string;
  /**
   * Event type — What the event was. Strategy discussions (KSW-2.SD), conferences and core groups (KSW-3.ICPC, KSW-4.CG1, KSW-4.CG, NAT-WT-ICPC), visits (KSW-4.VIS, KSW-5.CIN, KSW-8.VIS, NAT-R28), child in need work (KSW-5.CIN), placement steps (KSW-6.SEEN, KSW-8.IRO, KSW-8.PPM), plans and assessments (KSW-8.CP, NAT-R4, NAT-R42, KSW-8.PEP, KSW-8.HA, WB-1.PEP), missing episodes (WB-1.MS), reviews and QA (NAT-R33, GL-5-CIC, GL-5-CP, KCP-1.6, LEI-MT, KCP-2.4), recording (KSW-7.NOTES, KSW-9.SUP), legal status (KSW-8.LS), dip audits and chronology (WB-1.DIP).
   */
  type:
    | "strategy-discussion-decision"
    | "strategy-discussion"
    | "initial-conference"
    | "review-conference"
    | "core-group"
    | "cp-visit"
    | "lac-visit"
    | "cin-start"
    | "cin-meeting"
    | "cin-plan-review"
    | "cin-visit"
    | "child-seen-after-placement"
    | "iro-notified"
    | "professionals-notified"
    | "placement-planning-meeting"
    | "care-plan"
    | "permanence-plan"
    | "pathway-plan"
    | "needs-assessment"
    | "pep"
    | "health-assessment-request"
    | "health-assessment"
    | "missing-episode"
    | "missing-strategy-meeting"
    | "looked-after-review"
    | "qapr"
    | "midway-check"
    | "chair-visit"
    | "case-note"
    | "supervision"
    | "exclusion-risk"
    | "legal-status-change"
    | "dip-audit"
    | "chronology-updated";
  /**
   * Event date — Date the event happened; for a missing episode, the date it began.
   */
  date: IsoDate;
  /**
   * Event date and time — Date and time of the event, where a standard counts hours: the strategy discussion within 24 hours of the decision to hold it (KSW-2.SD), ad-hoc supervision recorded within 48 hours (KSW-9.SUP).
   */
  dateTime?: IsoDateTime;
  /**
   * Event end date and time — Date and time the event ended, where a standard counts hours from its end: the child protection plan within 24 hours of a conference (KCP-1.2, the profile's reading kcp-plan-24-hours-from-end).
   */
  endedAt?: IsoDateTime;
  /**
   * End date — Date the event ended, for example when a missing episode ended. WB-1.MS: missing for over 5 days needs a strategy meeting chaired by the IRO.
   */
  endDate?: IsoDate;
  /**
   * Minutes distributed on — Date the meeting's minutes were sent out. KSW-2.SD: strategy discussion minutes within 1 working day; KSW-4.CG: core group minutes within 5 days.
   */
  minutesDistributedOn?: IsoDate;
  /**
   * Recorded on — Date the case note or supervision record was written up. KSW-7.NOTES: case notes within 5 working days; KSW-9.SUP: supervision records within 1 week.
   */
  recordedOn?: IsoDate;
  /**
   * Chaired by — Who chaired the meeting; WB-1.MS: the IRO chairs the strategy meeting for a child missing over 5 days.
   */
  chairedBy?: Person;
  /**
   * Ad-hoc supervision — For a supervision: an ad-hoc discussion rather than formal supervision. KSW-9.SUP: its record is added within 48 hours of the discussion (a formal session's within one week), and only formal sessions count towards supervision every 28 days.
   */
  adHoc?: boolean;
  /**
   * Out of borough residential — For a visit: whether the child was then placed out of borough in residential care, so visits are due every 4 weeks (KSW-8.VIS).
   */
  outOfBoroughResidential?: boolean;
  /**
   * Notes — A short note about the event.
   */
  notes?: string;
  /**
   * Record ID — The id of the reviewkit record for this event, where there is one, for example the looked-after review or the QA progress review.
   */
  recordId?: string;
}
