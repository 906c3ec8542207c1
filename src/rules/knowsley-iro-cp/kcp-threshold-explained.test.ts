import { testRule } from "../test-rule.js";
import { cpConference } from "../../../test/fixtures/records.js";
import rule from "./kcp-threshold-explained.js";

testRule(rule, {
  profile: "knowsley",
  valid: [
    { why: "the fixture: threshold explained, reason refers to significant harm", record: cpConference() },
    {
      why: "a decision not to make a plan, reasoned against the threshold",
      record: (() => {
        const c = cpConference();
        c.children[0]!.outcome = { subjectToPlan: false, reason: "Dima is not likely to suffer Significant  Harm; support continues as child in need." };
        return c;
      })(),
    },
  ],
  invalid: [
    {
      why: "the record says the threshold was not explained",
      record: (() => {
        const c = cpConference();
        c.thresholdExplained = false;
        return c;
      })(),
      errors: [{ messageId: "notExplained", path: "/thresholdExplained", severity: "error" }],
    },
    {
      why: "the reason does not refer to significant harm",
      record: (() => {
        const c = cpConference();
        c.children[0]!.outcome.reason = "Professionals are worried about the home conditions.";
        return c;
      })(),
      errors: [{ messageId: "reasonWithoutThreshold", path: "/children/0/outcome/reason", severity: "warning" }],
    },
  ],
});
