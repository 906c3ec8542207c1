/* eslint-disable */
/**
 * Generated from schemas/good-practice-note.schema.json by scripts/gen-types.ts.
 * Do not edit: change the schema and run `npm run gen:types`.
 */

import type {Category, ChildSummary, IsoDate, Person} from "./defs.js";

/**
 * Good practice note — A note that recognises good or outstanding practice and its impact on the child and family, sent to the social worker and copied to their team manager (GL-3, GL-4.3, KIRO-3.4).
 */
export interface GoodPracticeNote {
  /**
   * Schema — Optional: the address of this JSON Schema, so an editor can check the file and suggest fields as you type (for example "./node_modules/reviewkit/schemas/good-practice-note.schema.json"). reviewkit ignores it.
   */
  $schema?: string;
  /**
   * Record type — Always "good-practice-note" for this record.
   */
  recordType: "good-practice-note";
  /**
   * Record ID — An identifier for this note, unique within the child's case file.
   */
  id: string;
  /**
   * Child — The child whose case the good practice was seen in.
   */
  child: ChildSummary;
  /**
   * Date of note — Date the note was written and sent (GL-3).
   */
  date: IsoDate;
  /**
   * Written by — The IRO or CP Chair who wrote the note (GL-3).
   */
  author: Person;
  /**
   * Sent to — The social worker the note goes to directly (GL-3).
   */
  to: Person;
  /**
   * Copied to — The social worker's team manager, who is copied in (GL-3).
   */
  cc: Person;
  /**
   * Category — Safeguarding, Drift and Delay, or Process (GL-4.3).
   */
  category: Category;
  /**
   * The good practice — What the good or outstanding practice was (GL-3, KIRO-3.4).
   */
  practice: string;
  /**
   * Impact on the child and family — How the practice made a difference to the child and family (GL-3).
   */
  impact: string;
}
