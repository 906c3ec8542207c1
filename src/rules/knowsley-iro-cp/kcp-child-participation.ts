/**
 * Knowsley CP Chair Standard 2.2 (Engaging with Children and Families):
 *   "CP Chair to promote child participation through attendance at the conference, written form,
 *   and or NYAS advocacy representation."
 *
 * The chair cannot promote what is not recorded, so every child the conference was about needs an
 * entry saying how they took part (attended, in writing, through an advocate, a drawing, their views
 * brought by the social worker, or that they did not take part). Judgement calls:
 *  - "Did not take part" is a record of participation, not a breach: a baby cannot take part, and
 *    the standard sets no age. Whether more could have been done is for the chair's manager.
 *  - Taking part "through an advocate" without naming the advocate is a warning: the record should
 *    show who carried the child's views (NYAS representation).
 *  - An entry for a child id that is not one of the conference's children is a warning (a typo, or
 *    an entry left from another conference), since it leaves the real child unrecorded.
 */
import { defineRule } from "../define-rule.js";

export default defineRule({
  id: "kcp-child-participation",
  appliesTo: ["cp-conference"],
  severity: "error",
  description: "How each child took part in the conference is recorded: attending, in writing, through an advocate, or otherwise.",
  source: { document: "000_e97c8872ca661401.txt", paragraph: "CP Chair Standard 2.2", requirement: "KCP-2.2" },
  messages: {
    missing: "How child {{child}} took part in the conference is not recorded (attended, in writing, through an NYAS advocate, or otherwise).",
    advocateNotNamed: "Child {{child}} took part through an advocate, but the advocate is not named.",
    unknownChild: "A participation entry is for child {{child}}, who is not one of the children of this conference.",
  },
  check(conf, ctx) {
    conf.children.forEach((child, i) => {
      if (!conf.childParticipation.some((p) => p.childId === child.id)) {
        ctx.report({ messageId: "missing", path: `/children/${i}`, data: { child: child.id } });
      }
    });
    conf.childParticipation.forEach((p, i) => {
      if (!conf.children.some((c) => c.id === p.childId)) {
        ctx.report({ messageId: "unknownChild", path: `/childParticipation/${i}/childId`, data: { child: p.childId }, severity: "warning" });
      } else if (p.how === "advocate" && p.advocate === undefined) {
        ctx.report({ messageId: "advocateNotNamed", path: `/childParticipation/${i}/advocate`, data: { child: p.childId }, severity: "warning" });
      }
    });
  },
});
