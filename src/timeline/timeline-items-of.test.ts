/**
 * timelineItemsOf works out only the kinds a rule asks for during a validation; it must give exactly
 * what filtering the whole timeline gives, in the same order, or findings would change.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { withCaseIndex } from "../case-index/active-index.js";
import { createCalendar } from "../calendar/index.js";
import { readJsonFile } from "../io/read-json.js";
import { shippedPath } from "../paths.js";
import { BUILT_IN_PROFILES, loadProfile } from "../profiles/load-profile.js";
import type { CaseFile } from "../types/index.js";
import { buildTimeline } from "./build-timeline.js";
import { ITEM_KINDS } from "./kinds/index.js";
import { doneOrDueOf, lateItemsOf, ownedLateItemsOf, timelineItemsOf, timelineOfKinds } from "./timeline-for.js";
import type { TimelineItem } from "./types.js";

const calendar = createCalendar({ onWarning: () => {} });
const examples = BUILT_IN_PROFILES.flatMap((authority) =>
  readdirSync(shippedPath("examples", authority))
    .filter((f) => f.endsWith(".case.json"))
    .map((f) => ({ authority, name: f, file: join(shippedPath("examples", authority), f) })),
);
const ids = ITEM_KINDS.map((k) => k.id);
const SETS: string[][] = [...ids.map((id) => [id]), ids.slice(0, 5), [...ids].reverse().slice(0, 7), ids];

type Ctx = { profile: ReturnType<typeof loadProfile>; calendar: typeof calendar; asOf: string };

/** For each built-in profile and two dates: the context, and the whole timeline of `file` read afresh. */
function eachContext(file: string, test: (ctx: Ctx, whole: TimelineItem[]) => void): void {
  for (const profileId of BUILT_IN_PROFILES) {
    const profile = loadProfile(profileId);
    for (const asOf of ["2026-11-23", "2027-06-30"]) {
      const ctx = { profile, calendar, asOf };
      test(ctx, buildTimeline(readJsonFile(file) as CaseFile, ctx).items);
    }
  }
}

describe("timelineItemsOf", () => {
  it.each(examples.map((e) => [`${e.authority}/${e.name}`, e] as const))("%s: the same items in the same order as the whole timeline, for any kinds", (_label, { file }) => {
    eachContext(file, (ctx, whole) => {
      const cf = readJsonFile(file) as CaseFile;
      withCaseIndex(cf, () => {
        for (const kinds of SETS) {
          expect(timelineItemsOf(cf, ctx, kinds)).toEqual(whole.filter((i) => kinds.includes(i.kind)));
        }
        expect(timelineOfKinds(cf, ctx, ["lac-review"]).items).toEqual(whole.filter((i) => i.kind === "lac-review"));
      });
    });
  });

  it("builds the whole timeline for a file with a date near year 9999, as before", () => {
    const cf = readJsonFile(examples[0]!.file) as CaseFile;
    cf.events[0]!.date = "9999-12-20";
    const ctx = { profile: loadProfile("england"), calendar, asOf: "2026-11-23" };
    let whole: unknown;
    try {
      whole = buildTimeline(cf, ctx).items;
    } catch (err) {
      whole = err;
    }
    withCaseIndex(cf, () => {
      if (whole instanceof Error) expect(() => timelineItemsOf(cf, ctx, ["lac-review"])).toThrow(whole.message);
      else expect(timelineItemsOf(cf, ctx, ["lac-review"])).toEqual((whole as { kind: string }[]).filter((i) => i.kind === "lac-review"));
    });
  });
});

describe("ownedLateItemsOf", () => {
  // Owning every timescale, none, or every other one a kind uses: what a timeline rule may own.
  const ownings: [string, (whole: readonly TimelineItem[]) => (t: string) => boolean][] = [
    ["all", () => () => true],
    ["none", () => () => false],
    ["every other", (whole) => {
      const ts = [...new Set(whole.flatMap((i) => (i.timescale === undefined ? [] : [i.timescale])))].sort();
      return (t) => ts.indexOf(t) % 2 === 0;
    }],
  ];

  it.each(examples.map((e) => [`${e.authority}/${e.name}`, e] as const))("%s: the late and overdue owned items of the whole timeline, in its order", (_label, { file }) => {
    eachContext(file, (ctx, whole) => {
      for (const [, owning] of ownings) {
        const owns = owning(whole);
        // A fresh case file (and so a fresh index) per owning, so no kind is reused from a whole-items read.
        const cf = readJsonFile(file) as CaseFile;
        withCaseIndex(cf, () => {
          for (const kinds of SETS) {
            const mine = whole.filter((i) => kinds.includes(i.kind) && i.timescale !== undefined && owns(i.timescale));
            expect(ownedLateItemsOf(cf, ctx, kinds, owns)).toEqual({
              owned: mine.length > 0,
              items: mine.filter((i) => i.status === "done-late" || i.status === "overdue"),
            });
          }
        });
      }
    });
  });

  it("gives the same after a rule had the kind's whole items", () => {
    const cf = readJsonFile(examples[0]!.file) as CaseFile;
    const ctx = { profile: loadProfile("knowsley"), calendar, asOf: "2027-06-30" };
    const whole = buildTimeline(readJsonFile(examples[0]!.file) as CaseFile, ctx).items.filter((i) => i.kind === "lac-review");
    withCaseIndex(cf, () => {
      expect(timelineItemsOf(cf, ctx, ["lac-review"])).toEqual(whole);
      expect(ownedLateItemsOf(cf, ctx, ["lac-review"], () => true)).toEqual({
        owned: whole.some((i) => i.timescale !== undefined),
        items: whole.filter((i) => i.timescale !== undefined && (i.status === "done-late" || i.status === "overdue")),
      });
    });
  });
});

describe("doneOrDueOf and lateItemsOf", () => {
  it.each(examples.map((e) => [`${e.authority}/${e.name}`, e] as const))("%s: each item's done or due date, and the late and overdue items, as the whole timeline has them", (_label, { file }) => {
    eachContext(file, (ctx, whole) => {
      const cf = readJsonFile(file) as CaseFile;
      withCaseIndex(cf, () => {
        for (const kinds of SETS) {
          // In no particular order: compared sorted.
          const expected = whole.filter((i) => kinds.includes(i.kind)).map((i) => i.done ?? i.due).sort();
          expect(doneOrDueOf(cf, ctx, kinds).sort()).toEqual(expected);
          const late = whole.filter((i) => kinds.includes(i.kind) && (i.status === "done-late" || i.status === "overdue"));
          expect(lateItemsOf(cf, ctx, kinds).sort((a, b) => a.id.localeCompare(b.id))).toEqual(late.sort((a, b) => a.id.localeCompare(b.id)));
        }
      });
    });
  });
});

describe("ownedLateItemsOf where due date-times share a day", () => {
  it("gives the whole timeline's order (it works those kinds out whole)", () => {
    // why: compareMoment holds a bare date equal to every time that day but two times apart, so the
    // order of late items on such a day may hang on the other items; three overdue strategy
    // discussions decided on one day, two at a time of day, take the whole-items path.
    const file = shippedPath("examples", "knowsley", "kacper-nowak.case.json");
    const withDecisions = (): CaseFile => {
      const cf = readJsonFile(file) as CaseFile;
      const day = "2027-02-10";
      for (const [n, dateTime] of [["A", `${day}T16:00`], ["B", undefined], ["C", `${day}T09:15`]] as const) {
        cf.events.push({ id: `TEST-SDD-${n}`, type: "strategy-discussion-decision", date: day, ...(dateTime ? { dateTime } : {}) } as CaseFile["events"][number]);
      }
      return cf;
    };
    const ctx = { profile: loadProfile("knowsley"), calendar, asOf: "2027-03-01" };
    const whole = buildTimeline(withDecisions(), ctx).items.filter((i) => i.kind === "strategy-discussion");
    const late = whole.filter((i) => i.status === "overdue" && i.due.startsWith("2027-02-1"));
    expect(late.filter((i) => i.due.length > 10).length).toBeGreaterThanOrEqual(2);
    const cf = withDecisions();
    withCaseIndex(cf, () => {
      expect(ownedLateItemsOf(cf, ctx, ["strategy-discussion"], () => true)).toEqual({
        owned: whole.some((i) => i.timescale !== undefined),
        items: whole.filter((i) => i.timescale !== undefined && (i.status === "done-late" || i.status === "overdue")),
      });
    });
  });
});
