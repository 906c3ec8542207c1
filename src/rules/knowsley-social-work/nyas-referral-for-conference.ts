/**
 * KSW-3.NYAS — Knowsley Practice Standards, section 3 (Initial Child Protection Conference):
 *   "I have considered whether appropriate for child/young person to attend the Child Protection
 *   Conference and completed referral form for NYAS for over 11 year olds, working with them to prepare
 *   them for this if appropriate."
 *
 * The age comes from the profile (advocacy.minAge; Knowsley reads "over 11" as aged 11 or over, see
 * its ageNote). A child old enough needs a referral before the conference (the child's own
 * nyasReferredOn, or the conference's advocacy referral), an advocate who spoke for them, or a
 * recorded reason the child declined.
 */
import { defineRule } from "../define-rule.js";
import { ageOn, longDate } from "../helpers/index.js";
import { compareIsoDates } from "../../calendar/index.js";

export default defineRule({
  id: "nyas-referral-for-conference",
  appliesTo: ["cp-conference"],
  severity: "error",
  description: "A child at or over the profile's advocacy age is referred to the advocacy service (NYAS) for the conference.",
  source: { document: "004_b07548fa3c53f1e2.txt", paragraph: "Section 3", requirement: "KSW-3.NYAS" },
  messages: {
    notReferred:
      "A child aged {{age}} or over at the conference on {{date}} has no referral to {{service}} recorded, no advocate, and no reason recorded for declining one.",
    referredAfter: "The referral to {{service}} on {{referred}} came after the conference on {{date}}; it is made so the child can take part in the conference.",
  },
  check(conference, ctx) {
    const minAge = ctx.profile.advocacy.minAge;
    if (minAge === undefined) {
      ctx.notApplicable("the profile sets no advocacy referral age");
      return;
    }
    // The message's facts are written only for a finding: most children are referred in time.
    const data = () => ({ age: minAge, date: longDate(conference.conferenceDate), service: ctx.profile.advocacy.service });
    let checked = false;
    conference.children.forEach((child, i) => {
      if (ageOn(child.dateOfBirth, conference.conferenceDate) < minAge) return;
      checked = true;
      const p = conference.childParticipation.findIndex((x) => x.childId === child.id);
      const participation = conference.childParticipation[p];
      const own = participation?.nyasReferredOn;
      const referredOn = own ?? conference.advocacy?.referredOn;
      const path = own !== undefined ? `/childParticipation/${p}/nyasReferredOn` : "/advocacy/referredOn";
      if (referredOn === undefined) {
        if (participation?.how === "advocate" || conference.advocacy?.declinedReason !== undefined) return;
        ctx.report({ messageId: "notReferred", path: `/children/${i}`, data: data() });
      } else if (compareIsoDates(referredOn, conference.conferenceDate) > 0) {
        ctx.report({ messageId: "referredAfter", path, data: { ...data(), referred: longDate(referredOn) } });
      }
    });
    if (!checked) ctx.notApplicable("no child at the conference had reached the advocacy age");
  },
});
