/**
 * Which children of a child protection conference get their own letter from the chair: those of the
 * age the profile names (`childConferenceLetter.fromAge`, KCP-3.3: decisions made at conference are
 * explained; a younger child has the plan explained by the adults, who get the parents' letter).
 */
import type { ResolvedProfile } from "../profiles/types.js";
import type { CaseRecord, CpConference } from "../types/index.js";
import type { DocumentName } from "./documents.js";
import { ageOn } from "./helpers.js";
import { conferenceParentParts, reviewParentParts } from "./parent-letters.js";

/**
 * The ids of the conference's children who get a letter, in the record's order; none when the
 * profile names no age.
 * @example conferenceLetterChildren(zuzannaIcpc, loadProfile("knowsley")) // ["KN-31502"]
 */
export function conferenceLetterChildren(conference: CpConference, profile: ResolvedProfile): string[] {
  const from = profile.childConferenceLetter?.fromAge;
  if (from === undefined) return [];
  return conference.children.filter((c) => ageOn(c.dateOfBirth, conference.conferenceDate.slice(0, 10)) >= from).map((c) => c.id);
}

/**
 * The children of the letter's age whose wording has not been written yet (`childLetter`), with the
 * JSON Pointer of the field to fill: their letter cannot be made, and render says so by name of
 * field rather than writing a letter in adult words or skipping it without a word.
 * @example unwrittenConferenceLetters(conference, profile) // [{ childId: "KN-31502", path: "/children/0/childLetter" }]
 */
export function unwrittenConferenceLetters(conference: CpConference, profile: ResolvedProfile): { childId: string; path: string }[] {
  const due = new Set(conferenceLetterChildren(conference, profile));
  return conference.children.flatMap((c, i) => (due.has(c.id) && c.childLetter === undefined ? [{ childId: c.id, path: `/children/${i}/childLetter` }] : []));
}

/**
 * The copies of a document a record gives: one per child of the letter's age whose letter's wording
 * is written, for a conference's letter to the child (each child's id); one per parent for split
 * parents' letters and a looked-after review's parents' letters (each parent's id); else one
 * (`[undefined]`). A part is a child's id for the child's letter and a parent's id for a parents' one
 * (see partOption).
 * @example documentParts(conference, "child-conference-letter", profile) // ["KN-31502"]
 */
export function documentParts(record: CaseRecord, document: DocumentName, profile: ResolvedProfile): (string | undefined)[] {
  if (document === "parent-letter" && record.recordType === "cp-conference") return conferenceParentParts(record, profile);
  if (document === "lac-parent-letter" && record.recordType === "looked-after-review") return reviewParentParts(record);
  if (document !== "child-conference-letter" || record.recordType !== "cp-conference") return [undefined];
  const unwritten = new Set(unwrittenConferenceLetters(record, profile).map((u) => u.childId));
  return conferenceLetterChildren(record, profile).filter((id) => !unwritten.has(id));
}

/**
 * The render option a part of a document stands for: a child's id for a conference's letter to the
 * child, a parent's id for a parents' letter.
 * @example partOption("parent-letter", "mother") // { parentId: "mother" }
 */
export function partOption(document: DocumentName, part: string | undefined): { childId?: string; parentId?: string } {
  if (part === undefined) return {};
  return document === "parent-letter" || document === "lac-parent-letter" ? { parentId: part } : { childId: part };
}
