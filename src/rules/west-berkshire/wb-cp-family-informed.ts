/**
 * West Berkshire Standard 1, For children subject to Child Protection plans:
 *   "Ensure children and their families have been informed of and understand the concerns of the LA
 *   and have had a fair opportunity to put their view point forward."
 *
 * The conference record says both (familyInformed: concernsExplained, familyViewGiven). Not
 * recorded, or recorded as "no", is an error: these are what the chair ensures at every conference.
 * The family's views themselves are a required field of the record (parentsViews), so they are not
 * checked again here.
 */
import { defineRule } from "../define-rule.js";
import { longDate } from "../helpers/index.js";

export default defineRule({
  id: "wb-cp-family-informed",
  appliesTo: ["cp-conference"],
  severity: "error",
  description: "The child and family were told, and understood, the local authority's concerns, and had a fair chance to give their view.",
  source: { document: "002_eca72b624649d413.txt", paragraph: "Standard 1, For children subject to Child Protection plans", requirement: "WB-1.CP" },
  messages: {
    notRecorded: "The record does not say whether the family were told the local authority's concerns and had a fair chance to give their view at the conference on {{conference}}.",
    concernsNotExplained: "The record says the family were not told, or did not understand, the local authority's concerns before the conference on {{conference}}.",
    viewNotGiven: "The record says the family did not have a fair chance to put their view forward at the conference on {{conference}}.",
  },
  check(conf, ctx) {
    // The message's facts are written only for a finding: most records say the family were told.
    const data = () => ({ conference: longDate(conf.conferenceDate) });
    const informed = conf.familyInformed;
    if (informed === undefined) {
      ctx.report({ messageId: "notRecorded", path: "/familyInformed", data: data() });
      return;
    }
    if (!informed.concernsExplained) ctx.report({ messageId: "concernsNotExplained", path: "/familyInformed/concernsExplained", data: data() });
    if (!informed.familyViewGiven) ctx.report({ messageId: "viewNotGiven", path: "/familyInformed/familyViewGiven", data: data() });
  },
});
