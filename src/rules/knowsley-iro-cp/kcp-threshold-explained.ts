/**
 * Knowsley CP Chair Standard 3.1 (Working in Partnership):
 *   "CP Chair make sure that all conference attendees are aware of the threshold of significant harm
 *   and the likelihood of significant harm, so that they can make informed decisions regarding the
 *   appropriateness of a child being made subject to a plan."
 *
 * The record says whether the chair explained the threshold (thresholdExplained); "no" is an error.
 * The decision for each child should also give its reason against that threshold, so a reason that
 * never mentions significant harm (or its likelihood) is a warning: the words are the evidence that
 * the attendees decided against the threshold rather than on a general worry. Only the presence of
 * the phrase is checked; the reason's text never appears in the message.
 */
import { defineRule } from "../define-rule.js";

const THRESHOLD_WORDS = /significant\s+harm/i;

export default defineRule({
  id: "kcp-threshold-explained",
  appliesTo: ["cp-conference"],
  severity: "error",
  description: "The chair made sure all attendees understood the significant harm threshold, and each child's decision is reasoned against it.",
  source: { document: "000_e97c8872ca661401.txt", paragraph: "CP Chair Standard 3.1", requirement: "KCP-3.1" },
  messages: {
    notExplained:
      "The record says the significant harm threshold was not explained to all attendees before they decided on a plan. The chair makes sure everyone understands it first.",
    reasonWithoutThreshold:
      "The reason for the decision for child {{child}} does not refer to significant harm or its likelihood. Please check the reason shows how the threshold was applied.",
  },
  check(conf, ctx) {
    if (!conf.thresholdExplained) ctx.report({ messageId: "notExplained", path: "/thresholdExplained" });
    conf.children.forEach((child, i) => {
      if (!THRESHOLD_WORDS.test(child.outcome.reason)) {
        ctx.report({ messageId: "reasonWithoutThreshold", path: `/children/${i}/outcome/reason`, data: { child: child.id }, severity: "warning" });
      }
    });
  },
});
