import { describe, expect, it } from "vitest";
import { loadProfile } from "../profiles/load-profile.js";
import { cpConference } from "../../test/fixtures/records.js";
import { conferenceLetterChildren, documentParts, unwrittenConferenceLetters } from "./conference-letter-children.js";

describe("conferenceLetterChildren (KCP-3.3: the child's conference letter, from the profile's age)", () => {
  const profile = loadProfile("knowsley");
  it("the england default, inherited: from 8, with its citation", () => {
    expect(profile.childConferenceLetter?.fromAge).toBe(8);
    expect(profile.childConferenceLetter?.citation.requirement).toBe("KCP-3.3");
  });

  it("counts age on the conference day: the day before the 8th birthday gives no letter, the birthday one", () => {
    const c = cpConference();
    const child = c.children[0]!;
    child.dateOfBirth = "2018-12-14";
    c.conferenceDate = "2026-12-13";
    expect(conferenceLetterChildren(c, profile)).toEqual([]);
    c.conferenceDate = "2026-12-14";
    expect(conferenceLetterChildren(c, profile)).toEqual([child.id]);
  });

  it("a profile with no age gives no letter; other documents are made once", () => {
    const c = cpConference();
    const none = { ...profile };
    delete none.childConferenceLetter;
    expect(conferenceLetterChildren(c, none)).toEqual([]);
    expect(documentParts(c, "parent-letter", profile)).toEqual([undefined]);
  });

  it("a child of age whose wording is not written gets no letter, and is named with the field to write", () => {
    const c = cpConference();
    expect(documentParts(c, "child-conference-letter", profile)).toEqual([]);
    expect(unwrittenConferenceLetters(c, profile)).toEqual([{ childId: c.children[0]!.id, path: "/children/0/childLetter" }]);
    c.children[0]!.childLetter = { whatWeDecided: "You will stay at home with Mum, and the adults will help keep you safe.", whoWillHelp: [] };
    expect(documentParts(c, "child-conference-letter", profile)).toEqual([c.children[0]!.id]);
    expect(unwrittenConferenceLetters(c, profile)).toEqual([]);
  });
});
