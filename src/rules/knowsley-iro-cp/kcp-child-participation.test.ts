import { testRule } from "../test-rule.js";
import { cpConference } from "../../../test/fixtures/records.js";
import type { CpConference } from "../../types/index.js";
import rule from "./kcp-child-participation.js";

const withSibling = (participation: CpConference["childParticipation"]) => {
  const c = cpConference();
  c.children.push({ id: "KN-0003", name: "Mila Sokolova", dateOfBirth: "2025-07-21", outcome: { subjectToPlan: true, category: "neglect", reason: "Mila is likely to suffer significant harm through neglect." } });
  c.childParticipation = participation;
  return c;
};

testRule(rule, {
  profile: "knowsley",
  valid: [
    { why: "the fixture: the only child took part through a drawing", record: cpConference() },
    {
      why: "two children: one through a named NYAS advocate, the baby did not take part",
      record: withSibling([
        { childId: "KN-0002", how: "advocate", advocate: { name: "Ife Adeyemi", organisation: "NYAS" }, nyasReferredOn: "2026-12-01" },
        { childId: "KN-0003", how: "did-not-participate" },
      ]),
    },
  ],
  invalid: [
    {
      why: "the second child has no participation entry",
      record: withSibling([{ childId: "KN-0002", how: "attended" }]),
      errors: [{ messageId: "missing", path: "/children/1" }],
    },
    {
      why: "no participation recorded at all",
      record: withSibling([]),
      errors: [
        { messageId: "missing", path: "/children/0" },
        { messageId: "missing", path: "/children/1" },
      ],
    },
    {
      why: "through an advocate, but no advocate named",
      record: withSibling([
        { childId: "KN-0002", how: "advocate" },
        { childId: "KN-0003", how: "did-not-participate" },
      ]),
      errors: [{ messageId: "advocateNotNamed", path: "/childParticipation/0/advocate", severity: "warning" }],
    },
    {
      why: "an entry for a child id not at this conference leaves the real child unrecorded",
      record: (() => {
        const c = cpConference();
        c.childParticipation = [{ childId: "KN-0099", how: "written" }];
        return c;
      })(),
      errors: [
        { messageId: "missing", path: "/children/0" },
        { messageId: "unknownChild", path: "/childParticipation/0/childId" },
      ],
    },
  ],
});
