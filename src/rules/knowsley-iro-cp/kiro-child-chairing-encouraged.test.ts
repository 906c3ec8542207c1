import { testRule } from "../test-rule.js";
import { lookedAfterReview } from "../../../test/fixtures/records.js";
import type { LookedAfterReview } from "../../types/index.js";
import rule from "./kiro-child-chairing-encouraged.js";

const participation = (p: LookedAfterReview["childParticipation"]) => {
  const r = lookedAfterReview();
  if (p === undefined) delete r.childParticipation;
  else r.childParticipation = p;
  return r;
};

testRule(rule, {
  profile: "knowsley",
  valid: [
    { why: "the child attended and chairing was considered", record: lookedAfterReview() },
    { why: "the child chaired the review", record: participation({ how: "chaired" }) },
    { why: "considered for a child who wrote their views instead", record: participation({ how: "written", chairingConsidered: true }) },
  ],
  invalid: [
    { why: "recorded as not considered", record: participation({ how: "attended", chairingConsidered: false }), errors: [{ messageId: "notConsidered", path: "/childParticipation/chairingConsidered", severity: "warning" }] },
    { why: "participation recorded without saying whether chairing was considered", record: participation({ how: "attended" }), errors: [{ messageId: "notRecorded", path: "/childParticipation/chairingConsidered" }] },
    { why: "no participation recorded at all", record: participation(undefined), errors: [{ messageId: "notRecorded", path: "/childParticipation/chairingConsidered" }] },
  ],
});
