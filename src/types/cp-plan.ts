/* eslint-disable */
/**
 * Generated from schemas/cp-plan.schema.json by scripts/gen-types.ts.
 * Do not edit: change the schema and run `npm run gen:types`.
 */

import type {
  ChildSummary,
  CpCategory,
  DateOrDateTime,
  IsoDate,
  Person,
  ProgressUpdate,
  WrittenAgreement
} from "./defs.js";

/**
 * Child protection plan — One child's child protection plan, made from a conference: SMART outcomes with actions, named people and dates (KCP-1.1, KCP-1.2, WB-1.CP).
 */
export interface CpPlan {
  /**
   * Schema — Optional: the address of this JSON Schema, so an editor can check the file and suggest fields as you type (for example "./node_modules/reviewkit/schemas/cp-plan.schema.json"). reviewkit ignores it.
   */
  $schema?: string;
  /**
   * Record type — Always "cp-plan" for this record.
   */
  recordType: "cp-plan";
  /**
   * Record ID — An identifier for this plan, unique within the child's case file.
   */
  id: string;
  /**
   * Child — The child the plan is for; each child has an individual plan (KCP-1.1).
   */
  child: ChildSummary;
  /**
   * Conference ID — The id of the conference record that made this plan.
   */
  conferenceId: string;
  /**
   * Conference date — When the conference was held; give the time where known, since the plan is due within 24 hours (KCP-1.2).
   */
  conferenceDate: DateOrDateTime;
  /**
   * Plan completed at — When the chair completed the plan; give the time where known. KCP-1.2: within 24 hours of the conference.
   */
  completedAt: DateOrDateTime;
  /**
   * Category of abuse — The category under which the child is subject to the plan.
   */
  category: CpCategory;
  /**
   * Current risks — The current risks and circumstances of the child that the plan must reflect (KCP-1.1).
   */
  currentRisks: string;
  /**
   * Outcomes — What needs to change, each linked to a risk and carried out through actions (KCP-1.1, WB-1.CP: SMART, outcome focused).
   *
   * @minItems 1
   * @maxItems 2000
   */
  outcomes: CpPlanOutcome[];
  /**
   * Contingency plan — What will happen if the plan does not reduce the risks, for example legal advice under the Public Law Outline.
   */
  contingencyPlan?: string;
  /**
   * Written agreement — The written agreement with the family and when it was last reviewed (WB-1.CP, KSW-4.CG).
   */
  writtenAgreement?: WrittenAgreement;
  /**
   * Core group members — The members of the core group who carry the plan forward (KSW-4.CG).
   *
   * @maxItems 2000
   */
  coreGroupMembers?: Person[];
  /**
   * Review conference date — Date of the next review conference. NAT-WT-ICPC: the first within 3 months of the initial conference, then at most every 6 months.
   */
  reviewConferenceDate?: IsoDate;
}

/**
 * Plan outcome — One thing that needs to change, the risk it addresses, and the actions to get there (KCP-1.1).
 */
export interface CpPlanOutcome {
  /**
   * Outcome ID — An identifier for the outcome, unique within the plan.
   */
  id: string;
  /**
   * What needs to change — The outcome: what needs to change for the child to be safe, in plain language (KCP-1.1, KCP-3.3).
   */
  outcome: string;
  /**
   * Risk addressed — Which of the current risks this outcome addresses (KCP-1.1).
   */
  risk: string;
  /**
   * Actions — The actions that will achieve the outcome; each specific, owned, measurable and timed (KCP-1.1 SMART).
   *
   * @minItems 1
   * @maxItems 2000
   */
  actions: CpPlanAction[];
}

/**
 * Plan action — A SMART action in the plan: what, who, by when, and how we will know it is done (KCP-1.1).
 */
export interface CpPlanAction {
  /**
   * Action — What is to be done (KCP-1.1: specific).
   */
  text: string;
  /**
   * Named person — The named person who will do it (KCP-1.1).
   */
  owner: Person;
  /**
   * Due date — Date by which it is to be done (KCP-1.1: timed).
   */
  dueDate: IsoDate;
  /**
   * For one parent only — The id of the one parent (the conference's parents[].id) this action is for, where no other parent may see it, for example work on a safety plan with a parent who is afraid of the other. It goes only in that parent's own letter, never in another parent's or a joint letter (KCP-3.2).
   */
  forParent?: string;
  /**
   * How we will know it is done — How the core group will know the action is done and has made a difference (KCP-1.1: measurable).
   */
  measure: string;
  /**
   * Progress — The dated history of the action's progress, oldest first (KCP-1.1); a new entry for each change, never an edit, so the plan shows it as it stood on its own date. No entry means it is open. Replaces the former "status" field.
   *
   * @maxItems 2000
   */
  updates?: ProgressUpdate[];
}
