/* eslint-disable */
/**
 * Generated from schemas/escalation.schema.json by scripts/gen-types.ts.
 * Do not edit: change the schema and run `npm run gen:types`.
 */

import type {Action, Category, ChildStatus, ChildSummary, IsoDate, Person, PersonWithRole, Role} from "./defs.js";

/**
 * Escalation — A concern the IRO or CP Chair raised about a child's plan, and each step on the escalation ladder from informal challenge to resolution (IRO Handbook 2010 para 6.2; GL-4.1, GL-4.2; LEI-PC, LEI-FE; KIRO-6.2).
 */
export interface Escalation {
  /**
   * Schema — Optional: the address of this JSON Schema, so an editor can check the file and suggest fields as you type (for example "./node_modules/reviewkit/schemas/escalation.schema.json"). reviewkit ignores it.
   */
  $schema?: string;
  /**
   * Record type — Always "escalation" for this record.
   */
  recordType: "escalation";
  /**
   * Record ID — An identifier for this escalation, unique within the child's case file.
   */
  id: string;
  /**
   * Child — The child the concern is about.
   */
  child: ChildSummary;
  /**
   * Child's status — Whether the child is looked after or on a child protection plan: decides which form and escalation ladder apply, and whether a Cafcass referral is possible (GL-4.2, GL-4.2-CAF, LEI-CAF).
   */
  childStatus: ChildStatus;
  /**
   * Raised by — The IRO or CP Chair who raised the concern.
   */
  raisedBy: Person;
  /**
   * Category — Safeguarding, Drift and Delay, or Process (GL-4.3).
   */
  category: Category;
  /**
   * Concern — What the concern is and its impact on the child (GL-4.1, GL-4.2, KIRO-3.3).
   */
  concern: string;
  /**
   * Outcome wanted — What the IRO or CP Chair wants to happen to resolve the concern, in the child's timescale.
   */
  desiredOutcome: string;
  /**
   * Escalation steps — Each step in order: raised, responded to, escalated, resolved, referred (GL-4.1, GL-4.2, LEI-PC, LEI-FE, NAT-HB-6.2).
   *
   * @minItems 1
   * @maxItems 2000
   */
  events: EscalationEvent[];
  /**
   * Linked decisions — Ids of the review or conference decisions that drifted and led to this escalation (KIRO-2.6, KIRO-3.3).
   *
   * @maxItems 2000
   *
   * Items: Decision ID — The id of a decision the escalation is about.
   */
  linkedDecisionIds?: string[];
  /**
   * Linked record — The id of the record that led to the escalation, for example the QA progress review that graded the case Inadequate (GL-5.1) or the review that found the placement did not meet needs (KIRO-2.1).
   */
  linkedRecordId?: string;
  /**
   * Outcome — How the escalation ended and when that was recorded (KIRO-6.2).
   */
  outcome?: {
    /**
     * Resolved on — Date the concern was resolved or the escalation closed. NAT-HB-6.2, GL-4.2, LEI-FE-20: the formal process within 20 working days.
     */
    resolvedOn: IsoDate;
    /**
     * Outcome summary — What was agreed or done to resolve the concern.
     */
    summary: string;
    /**
     * Outcome recorded on — Date the outcome was recorded on the child's file. KIRO-6.2: within 5 working days.
     */
    recordedOn?: IsoDate;
  };
  /**
   * Cafcass referral considered — Whether the IRO considered a Cafcass referral (looked-after children only) (KIRO-6.2: at an early stage; GL-4.2-CAF, LEI-CAF).
   */
  cafcassConsidered?: boolean;
}

/**
 * Escalation step — One step in the escalation: who did what, when, at which stage, and to whom it was delegated.
 */
export interface EscalationEvent {
  /**
   * Step type — What happened: raised informally, raised formally, a response, escalated to the next stage, resolved, Cafcass referral, legal advice sought, a senior managers' meeting, or a note (GL-4.1, GL-4.2, LEI-PC, LEI-FE, LEI-CAF).
   */
  type:
    | "raise-informal"
    | "raise-formal"
    | "respond"
    | "escalate"
    | "resolve"
    | "refer-cafcass"
    | "legal-advice"
    | "senior-meeting"
    | "note";
  /**
   * Step date — Date of the step. Working-day deadlines count from it (GL-4.2, LEI-FE-5).
   */
  date: IsoDate;
  /**
   * Stage — The stage the escalation is at after this step: informal, or formal stage (level) 1 to 4. The IRO or chair may go straight to any stage (GL-4.2, LEI-FE, NAT-HB-6.2).
   */
  stage?: "informal" | "formal-1" | "formal-2" | "formal-3" | "formal-4";
  /**
   * Done by — The person who took this step.
   */
  by: Person;
  /**
   * Delegated to — The manager the stage is delegated to, with their role; checked against the role the authority's ladder names for the stage (GL-4.2, LEI-FE).
   */
  delegatedTo?: PersonWithRole;
  /**
   * People notified — Who was told of this step, by role (LEI-FE-N, GL-4.2-CAF).
   *
   * @maxItems 2000
   *
   * Items: Person notified — Someone told of this step.
   */
  notified?: {
    /**
     * Role notified — The role of the person told, for example "Team Manager" or "Service Manager, Safeguarding and Performance" (LEI-FE-N).
     */
    role: Role;
    /**
     * Name — The name of the person told, where known.
     */
    name?: string;
  }[];
  /**
   * Who attended — For a senior managers' meeting: who was at it, by role. LEI-CAF: the meeting before a Cafcass referral is "with the Assistant Director and relevant Head of Service and Head Of Service for Safeguarding and Performance"; the profile's ladder lists the roles (cafcass.seniorMeetingWith).
   *
   * @maxItems 2000
   *
   * Items: Attendee — Someone at the meeting.
   */
  attendees?: {
    /**
     * Role — The attendee's role, for example "Assistant Director".
     */
    role: Role;
    /**
     * Name — The attendee's name, where known.
     */
    name?: string;
  }[];
  /**
   * What was said or done — The concern as raised, the response given, or what happened at this step.
   */
  text: string;
  /**
   * Agreed actions — Actions agreed at this step, each with a named person and a date. GL-4.1: informal actions completed within 5 days or a timescale agreed in the child's interests.
   *
   * @maxItems 2000
   */
  agreedActions?: Action[];
  /**
   * Response due by — The date the response to this step is due, as stamped when the step was taken. GL-4.2, LEI-FE-5: 5 working days for each formal stage; LEI-PC: 5 days for a positive challenge.
   */
  responseDueDate?: IsoDate;
  /**
   * Formal process due to end by — The date the whole formal process should be resolved by: 20 working days from the formal start (NAT-HB-6.2, GL-4.2, LEI-FE-20).
   */
  formalDueDate?: IsoDate;
}
