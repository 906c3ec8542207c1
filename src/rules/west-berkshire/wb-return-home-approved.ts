/**
 * West Berkshire Standard 1, For children in our care, Placement stability:
 *   "Where children are being rehabilitated to birth parents on Care Orders ensure that operational
 *   teams are following the Care Planning regulations and approval is sought from Head of Service
 *   prior to placement."
 *
 * For each placement in the case file marked as a return home on a care order
 * (rehabilitationHome), the Head of Service's approval date must be on or before the day the
 * placement starts. Judgement calls:
 *  - "Prior to placement" with dates only: approval on the start day itself is accepted (it may
 *    have been given that morning); the day after is not.
 *  - A placement with parents ("placed-with-parents") that starts while the child is on a care
 *    order or interim care order, but is not marked as a return home, is a warning: it looks like
 *    the kind of placement the standard covers, so please check whether approval was needed.
 *  - A placement that has not started yet (start after today) is not judged.
 */
import { defineRule } from "../define-rule.js";
import { compareIsoDates } from "../../calendar/index.js";
import { longDate } from "../helpers/index.js";

const CARE_ORDERS = new Set(["care-order", "interim-care-order"]);

export default defineRule({
  id: "wb-return-home-approved",
  appliesTo: ["case-file"],
  severity: "error",
  description: "A child returning home to birth parents on a care order has Head of Service approval before the placement starts.",
  source: { document: "002_eca72b624649d413.txt", paragraph: "Standard 1, Placement stability", requirement: "WB-1.HP" },
  messages: {
    notApproved: "Placement {{placement}} (a return home on a care order) began on {{start}} with no Head of Service approval recorded; approval is sought before the placement.",
    approvedAfter: "Placement {{placement}} (a return home on a care order) began on {{start}}, but the Head of Service approved it on {{approved}}, after the placement.",
    notMarked:
      "Placement {{placement}} is with parents and began on {{start}} while the child was on a care order, but it is not marked as a return home. Please check whether Head of Service approval was needed.",
  },
  check(caseFile, ctx) {
    const onCareOrder = (date: string) =>
      caseFile.legalStatus.some(
        (s) => CARE_ORDERS.has(s.status) && compareIsoDates(s.from, date) <= 0 && (s.to === undefined || compareIsoDates(date, s.to) <= 0),
      );
    let any = false;
    caseFile.placements.forEach((p, i) => {
      if (compareIsoDates(p.startDate, ctx.asOf) > 0) return;
      // The message's facts are written only for a finding: most placements are not a return home.
      const data = () => ({ placement: p.id, start: longDate(p.startDate) });
      if (p.rehabilitationHome !== true) {
        if (p.type === "placed-with-parents" && p.rehabilitationHome === undefined && onCareOrder(p.startDate)) {
          any = true;
          ctx.report({ messageId: "notMarked", path: `/placements/${i}/rehabilitationHome`, data: data(), severity: "warning" });
        }
        return;
      }
      any = true;
      const approved = p.headOfServiceApprovedOn;
      if (approved === undefined) {
        ctx.report({ messageId: "notApproved", path: `/placements/${i}/headOfServiceApprovedOn`, data: data() });
      } else if (compareIsoDates(approved, p.startDate) > 0) {
        ctx.report({ messageId: "approvedAfter", path: `/placements/${i}/headOfServiceApprovedOn`, data: { ...data(), approved: longDate(approved) } });
      }
    });
    if (!any) ctx.notApplicable("no return home on a care order");
  },
});
