/**
 * West Berkshire Standard 2, Encourage participation and engagement:
 *   "Always check beforehand whether an interpreter/lip reader/signer are available for meetings if
 *   required and that they have been booked."
 *
 * Where the record says an interpreter, lip reader or signer is needed, it must say one was booked:
 * "not booked" and "not recorded" are both errors. Judgement call: where the record says nothing
 * about an interpreter but the child's preferred language is not English, or the way they
 * communicate involves signing or lip reading, that is a warning to check: the standard asks the
 * chair to check beforehand, and the record does not show that anyone did. A record that says an
 * interpreter was not needed is taken at its word.
 */
import { defineRule } from "../define-rule.js";

const SIGNING = /\b(?:bsl|sign|signs|signing|signer|lip[- ]?read(?:er|ing)?|makaton)\b/i;

/** Whether a language or communication method suggests an interpreter, lip reader or signer. */
function suggestsSupport(language: string | undefined, method: string | undefined): boolean {
  return (language !== undefined && !/english/i.test(language)) || (method !== undefined && SIGNING.test(method));
}

export default defineRule({
  id: "wb-interpreter-booked",
  appliesTo: ["looked-after-review", "cp-conference"],
  severity: "error",
  description: "Where an interpreter, lip reader or signer is needed for the meeting, one was booked.",
  source: { document: "002_eca72b624649d413.txt", paragraph: "Standard 2", requirement: "WB-2.INT" },
  messages: {
    notBooked: "An interpreter, lip reader or signer was needed for the meeting, and the record says none was booked.",
    bookingNotRecorded: "An interpreter, lip reader or signer was needed for the meeting; record whether one was booked.",
    checkNeed:
      "The child's language or way of communicating suggests an interpreter, lip reader or signer may be needed, and the record does not say. Please check and record whether one was needed and booked.",
  },
  check(record, ctx) {
    const interpreter = record.interpreter;
    if (interpreter === undefined) {
      const hints =
        record.recordType === "looked-after-review"
          ? suggestsSupport(record.communication.preferredLanguage, record.communication.method) ||
            suggestsSupport(record.child.preferredLanguage, record.child.communicationMethod)
          : record.children.some((c) => suggestsSupport(c.preferredLanguage, c.communicationMethod));
      if (hints) ctx.report({ messageId: "checkNeed", path: "/interpreter", severity: "warning" });
      else ctx.notApplicable("no sign an interpreter was needed");
      return;
    }
    if (!interpreter.needed) return;
    if (interpreter.booked === undefined) ctx.report({ messageId: "bookingNotRecorded", path: "/interpreter/booked" });
    else if (!interpreter.booked) ctx.report({ messageId: "notBooked", path: "/interpreter/booked" });
  },
});
