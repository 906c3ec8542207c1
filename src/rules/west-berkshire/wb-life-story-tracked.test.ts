import { testRule } from "../test-rule.js";
import { lookedAfterReview } from "../../../test/fixtures/records.js";
import type { LookedAfterReview } from "../../types/index.js";
import rule from "./wb-life-story-tracked.js";

// Review on 10 December 2026: work due on 10 December and not yet done is on time at the review;
// work due on 9 December and not done is late.
const withLifeStory = (lifeStory: LookedAfterReview["lifeStory"]) => {
  const r = lookedAfterReview();
  if (lifeStory === undefined) delete r.lifeStory;
  else r.lifeStory = lifeStory;
  return r;
};
const tracked = {
  lifeStoryWork: { status: "in-progress" as const, dueDate: "2027-03-31" },
  laterLifeLetter: { status: "not-applicable" as const },
  letterbox: { status: "done" as const },
};

testRule(rule, {
  profile: "west-berkshire",
  valid: [
    { why: "all three recorded: one in progress with a date, one not applicable, one done", record: withLifeStory(tracked) },
    { why: "life story work due on the review day itself and still in progress", record: withLifeStory({ ...tracked, lifeStoryWork: { status: "in-progress", dueDate: "2026-12-10" } }) },
  ],
  invalid: [
    {
      why: "nothing recorded about life story work at all",
      record: withLifeStory(undefined),
      errors: [{ messageId: "noneRecorded", path: "/lifeStory" }],
    },
    {
      why: "letterbox arrangements missing",
      record: withLifeStory({ lifeStoryWork: tracked.lifeStoryWork, laterLifeLetter: tracked.laterLifeLetter }),
      errors: [{ messageId: "notRecorded", path: "/lifeStory/letterbox" }],
    },
    {
      why: "the later life letter not started and has no due date",
      record: withLifeStory({ ...tracked, laterLifeLetter: { status: "not-started" } }),
      errors: [{ messageId: "noDueDate", path: "/lifeStory/laterLifeLetter/dueDate" }],
    },
    {
      why: "life story work due on 9 December 2026, the day before the review, and not done",
      record: withLifeStory({ ...tracked, lifeStoryWork: { status: "in-progress", dueDate: "2026-12-09" } }),
      errors: [{ messageId: "late", path: "/lifeStory/lifeStoryWork/dueDate" }],
    },
  ],
});
