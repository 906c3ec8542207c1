/**
 * West Berkshire Standard 2, Encourage participation and engagement:
 *   "Ensure all young persons 10 years upwards have been referred to the West Berks Advocacy Service
 *   Here for Me."
 *
 * The age and the service come from the profile (advocacy.minAge, advocacy.service); the age is in
 * completed years on the day of the meeting. Checked at looked-after reviews and, for each child, at
 * child protection conferences. Judgement calls:
 *  - A referral recorded on any date counts: the standard is that the young person "has been
 *    referred", and the IRO or chair ensuring a referral made as a result of the meeting meets it.
 *  - At a conference a child counts as referred if their participation entry has an NYAS/advocacy
 *    referral date or they took part through an advocate, or if the conference's advocacy record
 *    (which covers all the children) has a referral date.
 *  - A young person who declined advocacy (a reason recorded) is a warning, not an error: the
 *    standard expects a referral, but a young person's choice not to have an advocate is respected.
 *  - A profile with no advocacy age has nothing to check.
 */
import { defineRule } from "../define-rule.js";
import { ageOn, longDate } from "../helpers/index.js";

export default defineRule({
  id: "wb-advocacy-referral",
  appliesTo: ["looked-after-review", "cp-conference"],
  severity: "error",
  description: "Every young person aged 10 or over has been referred to the advocacy service (Here for Me).",
  source: { document: "002_eca72b624649d413.txt", paragraph: "Standard 2", requirement: "WB-2.ADV" },
  messages: {
    notReferred:
      "The young person was {{age}} on {{meeting}} and there is no record of a referral to {{service}}; every young person aged {{minAge}} or over is referred.",
    childNotReferred:
      "Child {{child}} was {{age}} at the conference on {{meeting}} and there is no record of a referral to {{service}}; every young person aged {{minAge}} or over is referred.",
    declined:
      "The young person ({{age}}) was not referred to {{service}}: the record says they declined advocacy. Please check they know they can ask for an advocate at any time.",
  },
  check(record, ctx) {
    const minAge = ctx.profile.advocacy.minAge;
    if (minAge === undefined) {
      ctx.notApplicable("the profile sets no advocacy age");
      return;
    }
    const service = ctx.profile.advocacy.service;
    let any = false;
    if (record.recordType === "looked-after-review") {
      const age = ageOn(record.child.dateOfBirth, record.reviewDate);
      if (age >= minAge) {
        any = true;
        const adv = record.advocacy;
        if (adv.referredOn === undefined) {
          // The message's facts are written only here, where there is a finding.
          const data = { age, minAge, service, meeting: longDate(record.reviewDate) };
          if (adv.declinedReason !== undefined) ctx.report({ messageId: "declined", path: "/advocacy/declinedReason", data, severity: "warning" });
          else ctx.report({ messageId: "notReferred", path: "/advocacy/referredOn", data });
        }
      }
    } else {
      record.children.forEach((child, i) => {
        const age = ageOn(child.dateOfBirth, record.conferenceDate);
        if (age < minAge) return;
        any = true;
        const p = record.childParticipation.find((x) => x.childId === child.id);
        if (p?.nyasReferredOn !== undefined || p?.how === "advocate" || record.advocacy?.referredOn !== undefined) return;
        const data = { age, minAge, service, child: child.id, meeting: longDate(record.conferenceDate) };
        if (record.advocacy?.declinedReason !== undefined) {
          ctx.report({ messageId: "declined", path: "/advocacy/declinedReason", data, severity: "warning" });
        } else {
          ctx.report({ messageId: "childNotReferred", path: `/children/${i}`, data });
        }
      });
    }
    if (!any) ctx.notApplicable("no young person of advocacy age");
  },
});
