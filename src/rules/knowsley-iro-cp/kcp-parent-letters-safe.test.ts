import { testRule } from "../test-rule.js";
import { cpCaseFile, cpConference } from "../../../test/fixtures/records.js";
import type { CaseFile, CpConference, CpPlan } from "../../types/index.js";
import rule from "./kcp-parent-letters-safe.js";

const mother = { id: "mother", name: "Olga Sokolova", relationship: "Mother" };
const partner = { id: "partner", name: "Rhys Evans", relationship: "Mother's partner" };

const conference = (change: (c: CpConference) => void) => {
  const c = cpConference();
  change(c);
  return c;
};
/** The fixture's case file with the conference changed and the plan's first action marked for one parent. */
const caseFile = (change: (c: CpConference) => void, forParent: string) => {
  const cf = cpCaseFile() as CaseFile;
  change(cf.records[0] as CpConference);
  (cf.records[1] as CpPlan).outcomes[0]!.actions[0]!.forParent = forParent;
  return cf;
};

testRule(rule, {
  profile: "england",
  valid: [
    { why: "the fixture: no domestic abuse, one joint letter", record: cpConference() },
    {
      why: "domestic abuse with both parents listed: each gets their own letter",
      record: conference((c) => {
        c.domesticAbuse = true;
        c.parents = [{ ...mother, letter: { safetyPlan: "You can call the helpline at any time." } }, partner];
      }),
    },
    {
      why: "a safety plan for a parent seen separately (the letters are split)",
      record: conference((c) => (c.parents = [{ ...mother, seenSeparately: true, letter: { safetyPlan: "You can call the helpline at any time." } }, partner])),
    },
    {
      why: "a plan action for the mother, whose conference splits the letters",
      record: caseFile((c) => {
        c.domesticAbuse = true;
        c.parents = [mother, partner];
      }, "mother"),
    },
  ],
  invalid: [
    {
      why: "domestic abuse recorded but no parents listed: nobody says who each letter is for",
      record: conference((c) => (c.domesticAbuse = true)),
      errors: [{ messageId: "noParents", path: "/parents" }],
    },
    {
      why: "two parents with one id",
      record: conference((c) => (c.parents = [mother, { ...partner, id: "mother" }])),
      errors: [{ messageId: "sameId", path: "/parents/1/id" }],
    },
    {
      why: "a safety plan in a joint letter's record: left out, and the parent gets none in writing",
      record: conference((c) => (c.parents = [{ ...mother, letter: { safetyPlan: "You can call the helpline at any time." } }, partner])),
      errors: [{ messageId: "privateInJoint", path: "/parents/0/letter/safetyPlan", severity: "warning" }],
    },
    {
      why: "an action marked for a parent id the conference does not list",
      record: caseFile((c) => {
        c.domesticAbuse = true;
        c.parents = [mother, partner];
      }, "father"),
      errors: [{ messageId: "unknownParent", path: "/records/1/outcomes/0/actions/0/forParent" }],
    },
    {
      why: "an action for the mother where the parents share one letter",
      record: caseFile((c) => (c.parents = [mother, partner]), "mother"),
      errors: [{ messageId: "privateInJoint", path: "/records/1/outcomes/0/actions/0/forParent", severity: "warning" }],
    },
  ],
});
