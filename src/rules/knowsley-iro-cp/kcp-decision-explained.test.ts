import { testRule } from "../test-rule.js";
import { cpConference } from "../../../test/fixtures/records.js";
import rule from "./kcp-decision-explained.js";

const with_ = (explained: boolean, outcomeToAchieve: string) => {
  const c = cpConference();
  c.decisionExplained = { explained, outcomeToAchieve };
  return c;
};

testRule(rule, {
  profile: "knowsley",
  valid: [
    { why: "the fixture: explained, with a clear outcome", record: cpConference() },
    { why: "a short but real outcome", record: with_(true, "Dima is safe at home.") },
  ],
  invalid: [
    { why: "the decisions were not explained", record: with_(false, "Dima is warm, fed and safe at home."), errors: [{ messageId: "notExplained", path: "/decisionExplained/explained" }] },
    { why: "the outcome is \"TBC\"", record: with_(true, "TBC"), errors: [{ messageId: "outcomeUnclear", path: "/decisionExplained/outcomeToAchieve" }] },
    { why: "the outcome is \"see minutes\"", record: with_(true, " See minutes "), errors: [{ messageId: "outcomeUnclear" }] },
    { why: "the outcome is a dash", record: with_(true, "-"), errors: [{ messageId: "outcomeUnclear" }] },
    {
      why: "not explained and no outcome stated",
      record: with_(false, "n/a"),
      errors: [{ messageId: "notExplained" }, { messageId: "outcomeUnclear" }],
    },
  ],
});
