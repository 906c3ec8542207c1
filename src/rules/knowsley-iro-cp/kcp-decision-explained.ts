/**
 * Knowsley CP Chair Standard 3.3 (Working in Partnership):
 *   "CP Chair to ensure that decisions made at conference are explained and the outcome to be
 *   achieved is clear."
 *
 * The record says whether the decisions were explained (decisionExplained.explained); "no" is an
 * error. The schema requires an outcome to achieve; this rule catches one that says nothing: a
 * placeholder ("TBC", "n/a", "see minutes", "-") is not a clear outcome, so it is an error too.
 * Whether a real sentence is clear enough is for the plain-language checker and the chair.
 */
import { defineRule } from "../define-rule.js";

/** Entries that fill the field without stating an outcome. */
const PLACEHOLDER = /^(?:tbc|tba|tbd|to be (?:confirmed|agreed|decided)|n\/?a|none|nil|see (?:the )?(?:minutes|plan|above|below)|as above|[-–—.?x]*)$/i;

export default defineRule({
  id: "kcp-decision-explained",
  appliesTo: ["cp-conference"],
  severity: "error",
  description: "The conference's decisions were explained, and the outcome to be achieved is stated clearly.",
  source: { document: "000_e97c8872ca661401.txt", paragraph: "CP Chair Standard 3.3", requirement: "KCP-3.3" },
  messages: {
    notExplained: "The record says the conference's decisions were not explained. The chair explains each decision to the family and attendees.",
    outcomeUnclear: "The outcome to be achieved is a placeholder, not an outcome. Say plainly what will be different for the child when the plan has worked.",
  },
  check(conf, ctx) {
    if (!conf.decisionExplained.explained) ctx.report({ messageId: "notExplained", path: "/decisionExplained/explained" });
    if (PLACEHOLDER.test(conf.decisionExplained.outcomeToAchieve.trim())) {
      ctx.report({ messageId: "outcomeUnclear", path: "/decisionExplained/outcomeToAchieve" });
    }
  },
});
