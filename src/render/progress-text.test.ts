import { describe, expect, it } from "vitest";
import { lookedAfterReview } from "../../test/fixtures/records.js";
import { progressText } from "./progress-text.js";
import { buildDocumentModel } from "./render-document.js";
import { documentDate } from "./context.js";

const done = { updates: [{ on: "2026-10-15", status: "in-progress" as const }, { on: "2026-11-02", status: "done" as const }] };

describe("progressText", () => {
  it("shows the item as it stood on the document's date, never its future", () => {
    expect(progressText({}, "2026-11-23")).toBe("Open");
    expect(progressText(done, "2026-10-14")).toBe("Open");
    expect(progressText(done, "2026-11-01")).toBe("In progress (checked 15 October 2026)");
    expect(progressText(done, "2026-11-02")).toBe("Done, 2 November 2026");
  });
  it("adds later progress only when asked, labelled as such", () => {
    expect(progressText(done, "2026-11-01", "2026-11-23")).toBe("In progress (checked 15 October 2026). Later progress, to 23 November 2026: Done, 2 November 2026");
    expect(progressText(done, "2026-11-02", "2026-11-23")).toBe("Done, 2 November 2026. Later progress, to 23 November 2026: no change");
    // A progress-to date on or before the document's own date adds nothing.
    expect(progressText(done, "2026-11-02", "2026-11-02")).toBe("Done, 2 November 2026");
  });
});

describe("documents show the record as of their own date", () => {
  const review = () => {
    const r = lookedAfterReview();
    r.minutes = { completedOn: "2026-12-20", sentOn: "2026-12-21" };
    r.decisions[1]!.updates = [{ on: "2027-01-10", status: "done" }];
    return r;
  };
  const text = (r: ReturnType<typeof lookedAfterReview>, progressTo?: string) =>
    JSON.stringify(buildDocumentModel(r, "lac-review-minutes", { profile: "knowsley", ...(progressTo ? { progressTo } : {}) }).model.blocks);

  it("dates minutes by their completion, the child's letter by the day it was sent", () => {
    const r = review();
    expect(documentDate(r, "lac-review-minutes")).toBe("2026-12-20");
    r.childDecisionsLetter = { format: "letter", sentOn: "2026-12-14" };
    expect(documentDate(r, "child-letter")).toBe("2026-12-14");
  });

  it("a decision done after the minutes were completed shows as open in them", () => {
    const t = text(review());
    expect(t).not.toContain("Done");
    expect(t).toContain("Open");
  });

  it("--progress-to adds the later progress, labelled", () => {
    expect(text(review(), "2027-01-31")).toContain("Open. Later progress, to 31 January 2027: Done, 10 January 2027");
  });
});
