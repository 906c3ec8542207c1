/* eslint-disable */
/**
 * Generated from schemas/qa-progress-review.schema.json by scripts/gen-types.ts.
 * Do not edit: change the schema and run `npm run gen:types`.
 */

import type {Action, ChildSummary, Grade, IsoDate, Person, Role} from "./defs.js";

/**
 * QA progress review — A Quality Assurance Progress Review (QAPR) between reviews or conferences: sections with rationales, a grade, and what follows from the grade (GL-5-CIC, GL-5-CP, GL-5.1, GL-5.2).
 */
export interface QaProgressReview {
  /**
   * Schema — Optional: the address of this JSON Schema, so an editor can check the file and suggest fields as you type (for example "./node_modules/reviewkit/schemas/qa-progress-review.schema.json"). reviewkit ignores it.
   */
  $schema?: string;
  /**
   * Record type — Always "qa-progress-review" for this record.
   */
  recordType: "qa-progress-review";
  /**
   * Record ID — An identifier for this review, unique within the child's case file; an escalation it leads to can refer to it.
   */
  id: string;
  /**
   * Child — The child whose progress was reviewed.
   */
  child: ChildSummary;
  /**
   * Form — The IRO form for a child in care (GL-5.1) or the CP Chair form for a child on a plan (GL-5.2).
   */
  form: "iro" | "cp";
  /**
   * Date of QA review — Date the QA progress review was completed. GL-5-CIC: between each pair of reviews from the first; GL-5-CP: between statutory reviews, at least 3 in the first year and 2 a year after.
   */
  date: IsoDate;
  /**
   * Reviewer — The IRO or CP Chair who completed the review.
   */
  reviewer: Person;
  /**
   * Grade — The overall grade. GL-5.1: Inadequate requires a formal challenge; Requires Improvement asks for an escalation decision; Good or Outstanding is shared with the social worker and team manager.
   */
  grade: Grade;
  /**
   * Reason for the grade — Why this grade was given (GL-5.1: a rationale must explain the grading).
   */
  gradeRationale: string;
  /**
   * Impact for the child — The impact for the child of their current care arrangements or plan (GL-5.1); for a child on a plan, the answer to "is the child safer as a result of our interventions?" (GL-5.2).
   */
  impactForChild: string;
  /**
   * Period from — Date of the review or conference the period starts from (GL-5-CIC, GL-5-CP).
   */
  periodFrom?: IsoDate;
  /**
   * Period to — Date of the next review or conference the period runs to (GL-5-CIC, GL-5-CP).
   */
  periodTo?: IsoDate;
  /**
   * IRO sections — Sections 1 to 3 of the IRO form, each answered with a rationale (GL-5.1). Only on the IRO form.
   */
  iroSections?: {
    /**
     * Participation and views of the child — Section 1: participation and views of the child, with a rationale (GL-5.1).
     */
    participation: QaProgressReviewGradedSection;
    /**
     * Progress for the child — Section 2: progress for the child; to what extent permanence, stability and safety are being achieved, with a rationale (GL-5.1).
     */
    progress: QaProgressReviewGradedSection;
    /**
     * Timely and appropriate records — Section 3: timely and appropriate records, with a rationale (GL-5.1).
     */
    records: QaProgressReviewGradedSection;
  };
  /**
   * CP sections — The CP Chair form's sections: progress of the plan, and whether the child is safer (GL-5.2). Only on the CP form.
   */
  cpSections?: {
    /**
     * Progress of the plan — Outstanding progress, good progress, progress requires improvement, or progress is inadequate, with a rationale (GL-5.2).
     */
    planProgress: QaProgressReviewGradedSection;
    /**
     * Is the child safer? — Is the child safer as a result of our interventions? Yes, partly or no, with a rationale (GL-5.2).
     */
    childSafer: {
      /**
       * Answer — Yes, partly or no (GL-5.2).
       */
      answer: "yes" | "partly" | "no";
      /**
       * Rationale — Why, with the evidence (GL-5.2).
       */
      rationale: string;
    };
  };
  /**
   * Views gathered — Whose views informed the review and how: child, parents, carers, social worker, network (GL-5.1).
   *
   * @maxItems 2000
   *
   * Items: View gathered — One person or group whose views informed the review.
   */
  viewsGathered?: {
    /**
     * Whose view — Whose view was gathered, for example "Child", "Mother", "Foster carer", "Social Worker".
     */
    who: string;
    /**
     * How the view was gathered — How it was gathered, for example a visit, a phone call, a discussion with the social worker.
     */
    how: string;
  }[];
  /**
   * Social worker invited to contribute — Whether the social worker was invited, with fair notice, to contribute (GL-5.1: social workers should always be invited).
   */
  socialWorkerInvited?: boolean;
  /**
   * Escalation decision — Whether to escalate, after a Requires Improvement (or Inadequate) grade (GL-5.1).
   */
  escalationDecision?: {
    /**
     * Escalation decision — No escalation, an informal one, or a formal one. GL-5.1: Inadequate requires a formal challenge.
     */
    decision: "none" | "informal" | "formal";
    /**
     * Reason for the escalation decision — Why that decision was made, given the seriousness of the concern (GL-5.1).
     */
    reason: string;
  };
  /**
   * Shared with — Who a Good or Outstanding grade was shared with and when: the social worker and team manager (GL-5.1).
   *
   * @maxItems 2000
   *
   * Items: Shared with — One person the grade was shared with.
   */
  sharedWith?: {
    /**
     * Role — Their role, for example "Social Worker" or "Team Manager" (GL-5.1).
     */
    role: Role;
    /**
     * Name — Their name, where known.
     */
    name?: string;
    /**
     * Shared on — Date the grade was shared with them (GL-5.1).
     */
    date: IsoDate;
  }[];
  /**
   * Recommendations — Actions recommended, kept to a minimum and tracked by the IRO after a Requires Improvement grade (GL-5.1).
   *
   * @maxItems 2000
   */
  recommendations?: Action[];
}

/**
 * Graded section — A section of the QA form answered with a grade and a rationale (GL-5.1, GL-5.2).
 */
export interface QaProgressReviewGradedSection {
  /**
   * Answer — Outstanding, Good, Requires Improvement or Inadequate (GL-5.1, GL-5.2).
   */
  answer: Grade;
  /**
   * Rationale — Why this answer was given (GL-5.1: a rationale for each answer).
   */
  rationale: string;
}
