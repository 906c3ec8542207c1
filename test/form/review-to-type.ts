/**
 * The record the browser test types into an empty form: Mei-Lin Chen's first looked-after review
 * and her case file as it stood the day after it (fictional; from examples/england), trimmed to
 * what the schema and the England standards need, so every keystroke is one a person would make.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "../../src/paths.js";

/** The as-of date the test sets in the page: the day after the review. */
export const TYPED_AS_OF = "2026-02-06";

/** Mei-Lin's case file with only her first review, as the test types it. */
export function reviewToType(): Record<string, unknown> {
  const example = JSON.parse(readFileSync(join(packageRoot(), "examples", "england", "mei-lin-chen.case.json"), "utf8")) as Record<string, any>;
  const child = { id: example.child.id, name: example.child.name, dateOfBirth: example.child.dateOfBirth };
  const caseChild = { ...child, team: example.child.team, socialWorker: { name: example.child.socialWorker.name, role: example.child.socialWorker.role } };
  const review = example.records[0] as Record<string, any>;
  return {
    recordType: "case-file",
    id: example.id,
    authority: "england",
    child: caseChild,
    legalStatus: [{ status: "s20-accommodated", from: "2026-01-12" }],
    placements: [{ id: "EN-10472-P1", type: "foster-care", startDate: "2026-01-12", outOfBorough: false }],
    events: (example.events as { date: string }[]).filter((e) => e.date <= "2026-02-05"),
    records: [
      {
        recordType: "looked-after-review",
        id: review.id,
        child,
        reviewNumber: 1,
        reviewDate: review.reviewDate,
        iro: { name: review.iro.name, role: review.iro.role },
        childKnowsIro: review.childKnowsIro,
        communication: review.communication,
        arrangements: review.arrangements,
        childViews: review.childViews,
        complaints: review.complaints,
        advocacy: review.advocacy,
        placement: review.placement,
        permanence: review.permanence,
        decisions: review.decisions.map((d: Record<string, any>) => ({ ...d, owner: { name: d.owner.name, role: d.owner.role }, updates: undefined })),
        attendance: review.attendance,
        reportsReceived: [],
        parents: review.parents,
        nextReviewDate: review.nextReviewDate,
        childParticipation: review.childParticipation,
        childDecisionsLetter: { format: review.childDecisionsLetter.format, explainedBy: review.childDecisionsLetter.explainedBy, whatYouToldUs: review.childDecisionsLetter.whatYouToldUs, howWeUsedIt: review.childDecisionsLetter.howWeUsedIt },
      },
    ],
  };
}
