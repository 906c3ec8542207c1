/* eslint-disable */
/**
 * Generated from schemas/significant-change.schema.json by scripts/gen-types.ts.
 * Do not edit: change the schema and run `npm run gen:types`.
 */

import type {ChildSummary, IsoDate, Person} from "./defs.js";

/**
 * Significant change — A significant change in a child's life that the IRO or CP Chair was told of, and whether an early review or conference was called (GL-6.1, GL-6.2, KIRO-2.7; IRO Handbook 2010 para 3.74).
 */
export interface SignificantChange {
  /**
   * Schema — Optional: the address of this JSON Schema, so an editor can check the file and suggest fields as you type (for example "./node_modules/reviewkit/schemas/significant-change.schema.json"). reviewkit ignores it.
   */
  $schema?: string;
  /**
   * Record type — Always "significant-change" for this record.
   */
  recordType: "significant-change";
  /**
   * Record ID — An identifier for this record, unique within the child's case file.
   */
  id: string;
  /**
   * Child — The child the change is about.
   */
  child: ChildSummary;
  /**
   * Told to — Whether the IRO (child in care, GL-6.1) or the CP Chair (child on a plan, GL-6.2) was told.
   */
  audience: "iro" | "cp-chair";
  /**
   * What changed — The kind of significant change. GL-6.1 (IRO): panel-outcome; fostering-panel-or-adm-outcome; unexpected-placement-change; proposed-placement-change (proposed, or where unavoidable actual, change of placement); court-order-or-directions; delay-in-review-decisions; missing-from-care; strategy-meeting-without-iro; school-exclusion (including informal exclusion); serious-health-diagnosis; family-or-carer-change (births, deaths, etc.); arrest-bail-conviction; serious-accident; change-of-social-worker; discharge-from-care (unexpected, proposed or actual); complaint; parallel-planning (PEP, EHC plan, youth justice). GL-6.2 (CP Chair): death-serious-incident-or-harm; change-of-carer-address (primary carer or their partner); moved-out-of-county; became-or-ceased-looked-after; court-order-or-directions (including private law, PLO, youth justice); family-or-carer-change; change-of-social-worker; complaint; plan-cannot-be-implemented; concerns-increased; concerns-decreased. Use other for a change the lists do not name (the lists are a minimum).
   */
  event:
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
    | "other";
  /**
   * Happened on — Date the change happened or was proposed (GL-6.1, GL-6.2).
   */
  occurredOn: IsoDate;
  /**
   * Told on — Date the IRO or CP Chair was told; GL-6.1 and GL-6.2 expect the earliest opportunity.
   */
  notifiedOn: IsoDate;
  /**
   * Told by — Who told the IRO or CP Chair, usually the social worker or team manager (GL-6.1, GL-6.2).
   */
  notifiedBy: Person;
  /**
   * Details — What happened and how it affects the child's plan.
   */
  details: string;
  /**
   * Early meeting decision — Whether the IRO or CP Chair considered calling an early review or conference, and what they decided (KIRO-2.7, GL-6.1, GL-6.2).
   */
  decision?: {
    /**
     * Early meeting considered — Whether an early review or conference was considered (KIRO-2.7).
     */
    earlyMeetingConsidered: boolean;
    /**
     * Decision — An early review, an early conference, no early meeting, or not yet decided (KIRO-2.7, GL-6.1, GL-6.2).
     */
    outcome: "early-review" | "early-conference" | "no-early-meeting" | "pending";
    /**
     * Decided on — Date the decision was made (KIRO-2.7).
     */
    decidedOn?: IsoDate;
    /**
     * Reason for the decision — Why the IRO or CP Chair decided as they did.
     */
    reason?: string;
  };
}
