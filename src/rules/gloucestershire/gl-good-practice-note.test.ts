import { testRule } from "../test-rule.js";
import { goodPracticeNote } from "../../../test/fixtures/records.js";
import type { GoodPracticeNote } from "../../types/index.js";
import rule from "./gl-good-practice-note.js";

const note = (change: (n: GoodPracticeNote) => void) => {
  const n = goodPracticeNote();
  change(n);
  return n;
};

testRule(rule, {
  profile: "gloucestershire",
  valid: [
    { why: "sent to the social worker, copied to the team manager, with practice and impact", record: goodPracticeNote() },
    {
      why: "roles written in another case and with a hyphen",
      record: note((n) => {
        n.to.role = "social-worker";
        n.cc.role = "TEAM MANAGER";
      }),
    },
  ],
  invalid: [
    {
      why: "sent to the team manager and copied to the social worker (the wrong way round)",
      record: note((n) => {
        n.to.role = "Team Manager";
        n.cc.role = "Social Worker";
      }),
      errors: [
        { messageId: "notToSocialWorker", path: "/to/role" },
        { messageId: "ccNotTeamManager", path: "/cc/role" },
      ],
    },
    {
      why: "the impact is only spaces",
      record: note((n) => {
        n.impact = "   ";
      }),
      errors: [{ messageId: "blank", path: "/impact" }],
    },
    {
      why: "no role recorded for the person copied in",
      record: note((n) => {
        delete n.cc.role;
      }),
      errors: [{ messageId: "roleMissing", path: "/cc/role", severity: "warning" }],
    },
  ],
});
