import { testRule } from "../test-rule.js";
import { concernNote } from "../../../test/fixtures/records.js";
import type { ConcernNote } from "../../types/index.js";
import rule from "./gl-external-concern-note.js";

const note = (change: (n: ConcernNote) => void) => {
  const n = concernNote();
  change(n);
  return n;
};

testRule(rule, {
  profile: "gloucestershire",
  valid: [
    { why: "informal, discussed with the agency on the day", record: concernNote() },
    {
      why: "formal, raised through the agency's own procedure after an informal discussion",
      record: note((n) => {
        n.level = "formal";
        n.escalatedViaAgencyProcedure = true;
        n.agencyProcedureStage = "Practice manager review";
      }),
    },
  ],
  invalid: [
    {
      why: "formal, but not through the agency's procedure",
      record: note((n) => {
        n.level = "formal";
      }),
      errors: [{ messageId: "formalNotViaAgency", path: "/escalatedViaAgencyProcedure", severity: "error" }],
    },
    {
      why: "no informal discussion with the professional",
      record: note((n) => {
        n.informalDiscussion = { held: false };
      }),
      errors: [{ messageId: "noInformalDiscussion", path: "/informalDiscussion/held", severity: "warning" }],
    },
    {
      why: "an informal discussion with no date",
      record: note((n) => {
        n.informalDiscussion = { held: true, outcome: "New appointment offered." };
      }),
      errors: [{ messageId: "discussionUndated", path: "/informalDiscussion/date", severity: "warning" }],
    },
  ],
});
