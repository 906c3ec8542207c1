/**
 * West Berkshire Standard 1, For children in our care, Parallel planning:
 *   "Track the timeliness of life story books, life story work, later life letters, letter box
 *   arrangements, birth parent counselling"
 *
 * Tracking timeliness needs, at each review, a status for each piece of work and a due date for work
 * not yet done. The record holds life story work, the later life letter and letterbox arrangements
 * (birth parent counselling is not a field, so it is not checked). Judgement calls:
 *  - Every review records all three, each with a status; "not applicable" is a status, so a child
 *    for whom the work is not needed is recorded as such rather than left blank.
 *  - Work not started or in progress needs a due date, or its timeliness cannot be tracked.
 *  - Work past its due date and not done at the review date is late: the standard tracks
 *    timeliness, and the review is where the IRO sees it. The review date, not today, is the
 *    measure, because the record is what the IRO saw at that review.
 */
import { defineRule } from "../define-rule.js";
import { compareIsoDates } from "../../calendar/index.js";
import { longDate } from "../helpers/index.js";

const WORK = {
  lifeStoryWork: "life story work",
  laterLifeLetter: "later life letter",
  letterbox: "letterbox arrangements",
} as const;

export default defineRule({
  id: "wb-life-story-tracked",
  appliesTo: ["looked-after-review"],
  severity: "error",
  description: "Each review tracks life story work, the later life letter and letterbox arrangements: a status for each, and a due date for work not yet done.",
  source: { document: "002_eca72b624649d413.txt", paragraph: "Standard 1, Parallel planning", requirement: "WB-1.LS" },
  messages: {
    noneRecorded:
      "Nothing is recorded at this review about life story work, the later life letter or letterbox arrangements. Record a status for each (or that it is not applicable) so their timeliness can be tracked.",
    notRecorded: "Progress on the {{work}} is not recorded at this review. Record its status (or that it is not applicable) so its timeliness can be tracked.",
    noDueDate: "The {{work}} is not finished but has no due date, so its timeliness cannot be tracked.",
    late: "The {{work}} was due by {{due}} and was not done at the review on {{review}}.",
  },
  check(review, ctx) {
    if (review.lifeStory === undefined) {
      ctx.report({ messageId: "noneRecorded", path: "/lifeStory" });
      return;
    }
    for (const [key, work] of Object.entries(WORK) as [keyof typeof WORK, string][]) {
      const item = review.lifeStory[key];
      const path = `/lifeStory/${key}`;
      if (item === undefined) {
        ctx.report({ messageId: "notRecorded", path, data: { work } });
        continue;
      }
      if (item.status === "done" || item.status === "not-applicable") continue;
      if (item.dueDate === undefined) {
        ctx.report({ messageId: "noDueDate", path: `${path}/dueDate`, data: { work } });
      } else if (compareIsoDates(item.dueDate, review.reviewDate) < 0) {
        ctx.report({ messageId: "late", path: `${path}/dueDate`, data: { work, due: longDate(item.dueDate), review: longDate(review.reviewDate) } });
      }
    }
  },
});
