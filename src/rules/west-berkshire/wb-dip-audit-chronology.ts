/**
 * West Berkshire Standard 1, For children subject to Child Protection plans:
 *   "Where chronologies are not updated prior to conference highlight the practice issue and record
 *   as a dip audit."
 *
 * For each conference in the case file (conference events and cp-conference records), the child's
 * chronology should have been updated ("chronology-updated" event) since the previous conference
 * and on or before this one (for the first conference: at any time on or before it). Where it was
 * not, the chair's duty is to record a dip audit ("dip-audit" event) on or after the conference day.
 * Only a missing dip audit is reported: a chronology not updated, with the dip audit recorded, is
 * the standard followed. Judgement calls:
 *  - The case file is the evidence: a chronology update not recorded as an event counts as not done
 *    (West Berkshire case files record "chronology-updated" events for this standard).
 *  - The standard asks to highlight the issue and record a dip audit, not to escalate (unlike
 *    visits and core groups, wb-dip-audit-visits-core-groups), so no escalation is required.
 */
import { defineRule } from "../define-rule.js";
import { compareIsoDates } from "../../calendar/index.js";
import { conferencesOnFile, eventsOfType, longDate } from "../helpers/index.js";

export default defineRule({
  id: "wb-dip-audit-chronology",
  appliesTo: ["case-file"],
  severity: "error",
  description: "Where the chronology was not updated before a conference, the chair records a dip audit.",
  source: { document: "002_eca72b624649d413.txt", paragraph: "Standard 1, For children subject to Child Protection plans", requirement: "WB-1.DIP" },
  messages: {
    noDipAudit:
      "The chronology was not updated {{since}} before the conference on {{conference}}, and no dip audit is recorded since. Highlight the practice issue and record it as a dip audit.",
  },
  check(caseFile, ctx) {
    const conferences = conferencesOnFile(caseFile).filter((c) => compareIsoDates(c.date, ctx.asOf) <= 0);
    if (conferences.length === 0) {
      ctx.notApplicable("no conferences");
      return;
    }
    const updates = eventsOfType(caseFile, "chronology-updated").map((e) => e.event.date);
    const audits = eventsOfType(caseFile, "dip-audit").map((e) => e.event.date);
    conferences.forEach((conf, i) => {
      const previous = conferences[i - 1]?.date;
      const updated = updates.some(
        (d) => compareIsoDates(d, conf.date) <= 0 && (previous === undefined || compareIsoDates(d, previous) > 0),
      );
      if (updated || audits.some((d) => compareIsoDates(d, conf.date) >= 0)) return;
      ctx.report({
        messageId: "noDipAudit",
        path: "/events",
        data: { conference: longDate(conf.date), since: previous === undefined ? "at any time" : `after the previous conference on ${longDate(previous)}` },
      });
    });
  },
});
