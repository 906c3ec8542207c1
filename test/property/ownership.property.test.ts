/**
 * `validate` and `deadlines` never disagree (issue 11): over generated case files and every shipped
 * profile, each timeline item that `deadlines` shows late or overdue has exactly one `validate`
 * finding from the rule that owns its timescale, with the same due date; and every finding about a
 * timescale has its timeline item (same timescale, same due date).
 *
 * Case files are a looked-after child (a care order, one to three placements) or a child on a plan
 * (its initial conference only as an event, sometimes with start and end times), with events of the
 * kinds the timeline counts at generated days, checked at a generated "today".
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { createCalendar } from "../../src/calendar/index.js";
import { BUILT_IN_PROFILES, loadProfile } from "../../src/profiles/load-profile.js";
import { timescaleOwners } from "../../src/rules/ownership.js";
import { rulesFor, validateRecord } from "../../src/rules/run-rules.js";
import { buildTimeline } from "../../src/timeline/build-timeline.js";
import type { CaseFile } from "../../src/types/index.js";
import { ev, lookedAfterFrom, onPlanFrom } from "../fixtures/timeline.js";

const calendar = createCalendar({ onWarning: () => {} });
const DAY = 86_400_000;
const plus = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

const LA_EVENTS = ["looked-after-review", "lac-visit", "care-plan", "placement-planning-meeting", "pep", "health-assessment-request", "health-assessment", "case-note", "supervision", "iro-notified", "professionals-notified", "child-seen-after-placement"] as const;
const CP_EVENTS = ["review-conference", "core-group", "cp-visit", "midway-check", "chair-visit", "supervision", "case-note"] as const;

const start = fc.integer({ min: 0, max: 540 }).map((d) => plus("2026-01-05", d));
const offsets = (max: number) => fc.array(fc.integer({ min: 0, max }), { maxLength: 12 });

const lookedAfter = fc
  .record({
    from: start,
    moves: fc.array(fc.integer({ min: 1, max: 200 }), { maxLength: 2 }),
    events: fc.array(fc.tuple(fc.constantFrom(...LA_EVENTS), fc.integer({ min: 0, max: 300 })), { maxLength: 14 }),
    today: fc.integer({ min: 0, max: 400 }),
  })
  .map(({ from, moves, events, today }): [CaseFile, string] => {
    const starts = [from, ...[...new Set(moves)].sort((a, b) => a - b).map((d) => plus(from, d))];
    const cf = lookedAfterFrom(from, {
      placements: starts.map((s, i) => ({ id: `P${i + 1}`, type: i === 0 ? ("foster-care" as const) : ("residential" as const), startDate: s, outOfBorough: false })),
      events: events.map(([type, d]) => ev(type, plus(from, d))),
    });
    return [cf, plus(from, today)];
  });

const onPlan = fc
  .record({
    from: start,
    timed: fc.option(fc.tuple(fc.integer({ min: 8, max: 14 }), fc.integer({ min: 1, max: 6 }))),
    events: fc.array(fc.tuple(fc.constantFrom(...CP_EVENTS), fc.integer({ min: 1, max: 300 })), { maxLength: 14 }),
    today: fc.integer({ min: 0, max: 400 }),
  })
  .map(({ from, timed, events, today }): [CaseFile, string] => {
    const hh = (h: number) => `${from}T${String(h).padStart(2, "0")}:00`;
    const conference = timed ? ev("initial-conference", from, { dateTime: hh(timed[0]), endedAt: hh(timed[0] + timed[1]) }) : ev("initial-conference", from);
    const cf = onPlanFrom(from, { events: [conference, ...events.map(([type, d]) => ev(type, plus(from, d)))] });
    return [cf, plus(from, today)];
  });

describe("validate and deadlines agree (property)", () => {
  for (const id of BUILT_IN_PROFILES) {
    it(`${id}: each late or overdue item has exactly one finding from its owner, and each timescale finding its item`, () => {
      const profile = loadProfile(id);
      const owners = timescaleOwners(profile, rulesFor(profile)).owners;
      fc.assert(
        fc.property(fc.oneof(lookedAfter, onPlan), ([cf, asOf]) => {
          const { findings } = validateRecord(cf, { profile, asOf, calendar });
          expect(findings.filter((f) => f.ruleId.startsWith("schema/") || f.severity === "internal")).toEqual([]);
          const items = buildTimeline(cf, { profile, asOf, calendar }).items;
          for (const item of items) {
            // Frequencies (Gloucestershire's QAPR counts) are not timescales and have no owner yet.
            if (item.timescale === undefined || !(item.timescale in profile.timescales)) continue;
            if (item.status !== "done-late" && item.status !== "overdue") continue;
            const owner = owners.get(item.timescale);
            // Two items can share a timescale and a due date (two core groups on one day): the path tells them apart.
            const path = item.status === "done-late" ? (item.donePath ?? item.trigger.path) : item.trigger.path;
            const mine = findings.filter((f) => f.ruleId === owner && f.timescale === item.timescale && f.due === item.due && f.path === path);
            expect(mine, `${item.id} (${item.status}, due ${item.due}) owned by ${owner}`).toHaveLength(1);
          }
          for (const f of findings.filter((x) => x.timescale !== undefined)) {
            const match = items.some((i) => i.timescale === f.timescale && i.due === f.due);
            expect(match, `${f.ruleId} ${f.timescale} due ${f.due} has no timeline item`).toBe(true);
          }
        }),
        { numRuns: 60 },
      );
    });
  }
});
