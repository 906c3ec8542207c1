/* eslint-disable */
/**
 * Generated from schemas/common/defs.schema.json by scripts/gen-types.ts.
 * Do not edit: change the schema and run `npm run gen:types`.
 */

/**
 * Date — A calendar date in ISO form YYYY-MM-DD, for example 2026-12-21. No time and no time zone.
 */
export type IsoDate = string;

/**
 * Date and time — A local date and time in the form YYYY-MM-DDTHH:MM or YYYY-MM-DDTHH:MM:SS (24-hour clock, 00 to 23), with no time zone. Used only where a standard counts hours.
 */
export type IsoDateTime = string;

/**
 * Date, or date and time — Either a date (YYYY-MM-DD) or, where the time is known and a standard counts hours, a date and time (YYYY-MM-DDTHH:MM).
 */
export type DateOrDateTime = IsoDate | IsoDateTime;

/**
 * Role — A job role in plain English as the standards name it, for example "Team Manager", "Head of Service" or "IRO Service Manager". Roles are compared ignoring case, spaces and hyphens.
 */
export type Role = string;

/**
 * Person — A named person, with their role and organisation where known.
 */
export interface Person {
  /**
   * Name — The person's full name.
   */
  name: string;
  /**
   * Known as — The name the child knows the person by, as a letter to the child uses it, for example "Priya" or "Auntie Folake" (KIRO-1.11). Without it a letter uses the full name as written: a full name is never split, because the order of names differs between cultures.
   */
  knownAs?: string;
  /**
   * Role — The person's job role or relationship, for example "Social Worker", "Team Manager", "Foster carer".
   */
  role?: Role;
  /**
   * Organisation — The agency, team or organisation the person works for, if any.
   */
  organisation?: string;
  /**
   * Email — A work email address for the person.
   */
  email?: string;
  /**
   * Phone — A work phone number for the person.
   */
  phone?: string;
}

/**
 * Person with role — A named person whose role must be given, for example the manager an escalation stage is delegated to (GL-4.2, LEI-FE).
 */
export interface PersonWithRole {
  /**
   * Name — The person's full name.
   */
  name: string;
  /**
   * Known as — The name the child knows the person by, as a letter to the child uses it, for example "Priya" or "Auntie Folake" (KIRO-1.11). Without it a letter uses the full name as written: a full name is never split, because the order of names differs between cultures.
   */
  knownAs?: string;
  /**
   * Role — The person's job role, for example "Team Manager" or "Head of Service"; checked against the role the authority's escalation ladder names for the stage (GL-4.2, LEI-FE).
   */
  role: Role;
  /**
   * Organisation — The agency, team or organisation the person works for, if any.
   */
  organisation?: string;
  /**
   * Email — A work email address for the person.
   */
  email?: string;
  /**
   * Phone — A work phone number for the person.
   */
  phone?: string;
}

/**
 * Child — Who the record is about. Records hold children's personal data: keep them OFFICIAL-SENSITIVE.
 */
export interface ChildSummary {
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
}

/**
 * Attendee — Someone invited to the meeting, whether they came, and whether they sent a report (KIRO-3.1, WB-4.ATT).
 */
export interface Attendee {
  /**
   * Name — The person's full name.
   */
  name: string;
  /**
   * Role — The person's role at the meeting, for example "Social Worker", "Mother", "Designated teacher".
   */
  role: Role;
  /**
   * Organisation — The agency the person represents, if any; agency non-attendance is reported by agency (WB-4.ATT).
   */
  organisation?: string;
  /**
   * Attendance — Whether the person was present, sent apologies, or did not attend without apologies (KIRO-3.1, WB-4.ATT).
   */
  attendance: "present" | "apologies" | "did-not-attend";
  /**
   * Report provided — Whether the person or their agency provided a report for the meeting; missing reports are recorded for reporting (WB-4.ATT, KIRO-3.1).
   */
  reportProvided?: boolean;
}

/**
 * Report received — A report written for the meeting, and when it reached the chair, the family and the QA unit (KIRO-3.1, KSW-8.REP, KSW-3.REP, KSW-4.RCPC).
 */
export interface ReportReceived {
  /**
   * Report from — Who wrote the report: a person, or the name of the agency.
   */
  from: string | Person;
  /**
   * Author's role — The role of the report's author, for example "Social Worker", "School", "Health visitor".
   */
  role?: Role;
  /**
   * Report received on — Date the report reached the IRO or chair. KSW-8.REP: reports reach the IRO at least 5 days before the review; KSW-4.RCPC: review conference reports at least 5 days before.
   */
  receivedOn?: IsoDate;
  /**
   * Shared with family on — When the report was shared with the family; give the time where known. KSW-3.REP: at least 24 hours before the conference; KSW-4.RCPC; WB-2.SEEN.
   */
  sharedWithFamilyOn?: DateOrDateTime;
  /**
   * Sent to QA on — Date the report was sent to the Safeguarding and Quality Assurance unit. KSW-3.REP: 3 working days before the conference.
   */
  sentToQaOn?: IsoDate;
}

/**
 * Progress update — One dated entry in the history of a decision or action: what was found on that day. Updates are added, never edited, so a document can show the record as it stood on its own date (KIRO-2.2, KIRO-2.6).
 */
export interface ProgressUpdate {
  /**
   * On — The date of this update: when it was done, dropped or checked.
   */
  on: IsoDate;
  /**
   * Status — Where it stood on that date: not started, in progress, done, or dropped. With no update at all it is open.
   */
  status: "not-started" | "in-progress" | "done" | "dropped";
  /**
   * Note — What happened, and why if it drifted or was dropped (KIRO-2.6).
   */
  note?: string;
}

/**
 * Decision — A decision made at the meeting, with its named person and timescale (KIRO-2.2).
 */
export interface Decision {
  /**
   * Decision ID — An identifier for the decision, unique within the child's case file, so later reviews and escalations can refer to it (KIRO-2.6).
   */
  id: string;
  /**
   * Decision — What was decided, written plainly.
   */
  text: string;
  /**
   * Decision for the child — The decision explained in words suited to the child's age and understanding, for the child's copy of decisions (KIRO-1.11).
   */
  childFriendlyText?: string;
  /**
   * Decision for the parents — The decision in plain words for the parents' letter after the review, where the record's wording uses terms a parent would not know or runs long (KIRO-4.1; KCP-3.2: jargon free, plain language). Without it the letter gives the decision as written, with each term explained in brackets.
   */
  parentText?: string;
  /**
   * Named person — The named person responsible for carrying out the decision (KIRO-2.2).
   */
  owner: Person;
  /**
   * Due date — Date by which the decision is to be carried out, set to meet the child's needs (KIRO-2.2).
   */
  dueDate: IsoDate;
  /**
   * Progress — The dated history of the decision's progress, oldest first: each time the IRO checks it (KIRO-2.2: at least every 3 months) or it is done or dropped, a new entry; never an edit, so minutes and letters show it as it stood on their own date. No entry means it is open. Replaces the former "status", "completedOn" and "lastMonitoredOn" fields.
   *
   * @maxItems 2000
   */
  updates?: ProgressUpdate[];
}

/**
 * Action — An action someone has agreed to take, with the named person and the date it is due (WB-1.PP, GL-4.1, GL-5.1).
 */
export interface Action {
  /**
   * Action — What is to be done.
   */
  text: string;
  /**
   * Named person — The named person who is to do it.
   */
  owner: Person;
  /**
   * Due date — Date by which it is to be done. GL-4.1: actions agreed informally are completed within 5 days or a timescale agreed in the child's interests.
   */
  dueDate: IsoDate;
  /**
   * Progress — The dated history of the action's progress, oldest first (GL-4.1); a new entry for each change, never an edit. No entry means it is open. Replaces the former "status" and "completedOn" fields.
   *
   * @maxItems 2000
   */
  updates?: ProgressUpdate[];
}

/**
 * Category — The category of a concern or of good practice: Safeguarding, Drift and Delay, or Process (GL-4.3).
 */
export type Category = "Safeguarding" | "Drift and Delay" | "Process";

/**
 * Category of abuse — The category under which a child is subject to a child protection plan (Working Together 2023).
 */
export type CpCategory = "neglect" | "physical-abuse" | "emotional-abuse" | "sexual-abuse";

/**
 * Child's status — Whether the child is looked after (in care) or subject to a child protection plan; decides which form and escalation ladder apply (GL-4.2, LEI-CAF).
 */
export type ChildStatus = "looked-after" | "child-protection";

/**
 * Grade — A quality grading: Outstanding, Good, Requires Improvement or Inadequate (GL-5.1, GL-5.2).
 */
export type Grade = "Outstanding" | "Good" | "Requires Improvement" | "Inadequate";

/**
 * Parent's own letter — What a parent's own letter after the meeting says that is theirs alone, written to them as "you". Nothing here goes in another parent's letter or in a joint letter (KCP-3.2: information given to parents in plain language; KIRO-4.1: parents fully involved).
 */
export interface ParentLetter {
  /**
   * A letter of their own — This parent gets a letter of their own after a conference, apart from the other parents' (for example they live apart, or asked for one). Domestic abuse (domesticAbuse) and being seen separately (seenSeparately) give every parent their own letter too. After a looked-after review every parent who took part gets their own letter.
   */
  own?: boolean;
  /**
   * What you told us (to the parent) — What this parent told the meeting, written back to them as "you", for example "You told us home is calmer since April." Private to this parent: only their own letter carries it.
   */
  whatYouToldUs?: string;
  /**
   * Your safety plan (to the parent) — What the safety plan made with this parent says, written to them as "you". Private to this parent: only their own letter carries it, never a joint letter.
   */
  safetyPlan?: string;
  /**
   * Sent on — The day the letter was sent to this parent.
   */
  sentOn?: IsoDate;
}

/**
 * Interpreter — Whether an interpreter, lip reader or signer is needed for the meeting, and whether one is booked (WB-2.INT).
 */
export interface Interpreter {
  /**
   * Interpreter needed — Whether the child or family need an interpreter, lip reader or signer for the meeting (WB-2.INT).
   */
  needed: boolean;
  /**
   * Kind of support — The kind of support needed: an interpreter, a lip reader or a signer (WB-2.INT).
   */
  type?: "interpreter" | "lip-reader" | "signer";
  /**
   * Language — The language or sign language needed, for example "Polish" or "British Sign Language".
   */
  language?: string;
  /**
   * Booked — Whether the interpreter, lip reader or signer was booked before the meeting (WB-2.INT).
   */
  booked?: boolean;
}

/**
 * Advocacy — Whether the child was offered an advocate and, if so, the referral (KIRO-1.12, WB-2.ADV, KSW-3.NYAS).
 */
export interface Advocacy {
  /**
   * Advocacy offered — Whether the child was offered an advocate (KIRO-1.12). WB-2.ADV: every young person aged 10 or over is referred; KSW-3.NYAS: over 11 for a conference.
   */
  offered: boolean;
  /**
   * Referred for advocacy on — Date the child was referred to the advocacy service (WB-2.ADV, KSW-3.NYAS).
   */
  referredOn?: IsoDate;
  /**
   * Advocacy service — The advocacy service the child was referred to, for example "NYAS" or "Here for Me" (KIRO-1.12, WB-2.ADV).
   */
  service?: string;
  /**
   * Reason advocacy declined — Why the child did not take up advocacy, in their words where possible.
   */
  declinedReason?: string;
}

/**
 * Seen before the meeting — Whether the young person and the family saw what is written about them before the meeting (WB-2.SEEN).
 */
export interface SeenBeforeMeeting {
  /**
   * Child saw the reports — Whether the young person saw what is written about them before the meeting (WB-2.SEEN).
   */
  child?: boolean;
  /**
   * Family saw the reports — Whether the family saw what is written about them before the meeting (WB-2.SEEN).
   */
  family?: boolean;
}

/**
 * Written agreement — A written agreement with the family as part of the child protection plan, and when it was last reviewed (WB-1.CP, KSW-4.CG).
 */
export interface WrittenAgreement {
  /**
   * Written agreement in place — Whether a written agreement with the family is in place (WB-1.CP).
   */
  inPlace: boolean;
  /**
   * Written agreement last reviewed on — Date the written agreement was last reviewed. WB-1.CP: reviewed regularly as part of the plan.
   */
  lastReviewedOn?: IsoDate;
}

/**
 * Citation — Where a rule, timescale or ladder comes from: the source document and paragraph, and the requirement id where there is one.
 */
export interface Citation {
  /**
   * Document — The source document's id, as listed in the profile's documents, for example "000_e97c8872ca661401.txt" or "CPPCR-2010".
   */
  document: string;
  /**
   * Paragraph — The paragraph, section or standard in that document, for example "IRO Standard 2.9" or "reg 33".
   */
  paragraph: string;
  /**
   * Requirement — The requirement id from the standards' requirements list, for example "KIRO-2.9", where there is one.
   */
  requirement?: string;
}
