import { testRule } from "../test-rule.js";
import { cpConference } from "../../../test/fixtures/records.js";
import type { CpConference } from "../../types/index.js";
import rule from "./wb-cp-family-informed.js";

const informed = (familyInformed: CpConference["familyInformed"]) => {
  const c = cpConference();
  if (familyInformed === undefined) delete c.familyInformed;
  else c.familyInformed = familyInformed;
  return c;
};

testRule(rule, {
  profile: "west-berkshire",
  valid: [{ why: "the fixture: concerns explained and the family gave their view", record: cpConference() }],
  invalid: [
    { why: "not recorded at all", record: informed(undefined), errors: [{ messageId: "notRecorded", path: "/familyInformed" }] },
    {
      why: "the concerns were not explained",
      record: informed({ concernsExplained: false, familyViewGiven: true }),
      errors: [{ messageId: "concernsNotExplained", path: "/familyInformed/concernsExplained" }],
    },
    {
      why: "the family had no fair chance to give their view",
      record: informed({ concernsExplained: true, familyViewGiven: false }),
      errors: [{ messageId: "viewNotGiven", path: "/familyInformed/familyViewGiven" }],
    },
  ],
});
