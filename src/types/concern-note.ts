/* eslint-disable */
/**
 * Generated from schemas/concern-note.schema.json by scripts/gen-types.ts.
 * Do not edit: change the schema and run `npm run gen:types`.
 */

import type {Category, ChildSummary, IsoDate, Person} from "./defs.js";

/**
 * Concern case note — A concern about an external agency's part in a child's welfare, recorded whether informal or formal (GL-4.4, GL-4.3).
 */
export interface ConcernNote {
  /**
   * Schema — Optional: the address of this JSON Schema, so an editor can check the file and suggest fields as you type (for example "./node_modules/reviewkit/schemas/concern-note.schema.json"). reviewkit ignores it.
   */
  $schema?: string;
  /**
   * Record type — Always "concern-note" for this record.
   */
  recordType: "concern-note";
  /**
   * Record ID — An identifier for this note, unique within the child's case file.
   */
  id: string;
  /**
   * Child — The child the concern is about.
   */
  child: ChildSummary;
  /**
   * Date of note — Date the concern was recorded (GL-4.4).
   */
  date: IsoDate;
  /**
   * Recorded by — The IRO or CP Chair who recorded the concern (GL-4.4).
   */
  author: Person;
  /**
   * Agency — The external agency the concern is about, and the professional involved (GL-4.4).
   */
  agency: {
    /**
     * Agency name — The name of the external agency, for example a school, health trust or police force (GL-4.4).
     */
    name: string;
    /**
     * Professional involved — The professional in the agency the concern was discussed with (GL-4.4).
     */
    professional?: Person;
  };
  /**
   * Concern — What the concern is and its impact on the child (GL-4.4).
   */
  concern: string;
  /**
   * Category — Safeguarding, Drift and Delay, or Process (GL-4.3).
   */
  category: Category;
  /**
   * Informal discussion — Whether the concern was first discussed informally with the agency professional, and what came of it (GL-4.4).
   */
  informalDiscussion: {
    /**
     * Informal discussion held — Whether the IRO or CP Chair discussed the concern informally with the professional involved (GL-4.4).
     */
    held: boolean;
    /**
     * Informal discussion on — Date of the informal discussion (GL-4.4).
     */
    date?: IsoDate;
    /**
     * Outcome of the discussion — What came of the informal discussion (GL-4.4).
     */
    outcome?: string;
  };
  /**
   * Level — Whether the concern is informal, or formal under the agency's own procedure (GL-4.4).
   */
  level: "informal" | "formal";
  /**
   * Raised through the agency's procedure — Whether the concern was raised to a more senior level through the external agency's own procedure (GL-4.4).
   */
  escalatedViaAgencyProcedure?: boolean;
  /**
   * Stage of the agency's procedure — Which stage of the agency's procedure the concern has reached (GL-4.4).
   */
  agencyProcedureStage?: string;
  /**
   * Resolution — How and when the concern was resolved.
   */
  resolution?: {
    /**
     * Resolved on — Date the concern was resolved.
     */
    resolvedOn: IsoDate;
    /**
     * Resolution summary — What was agreed or done.
     */
    summary: string;
  };
}
