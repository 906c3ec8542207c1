/**
 * `validate` and `deadlines` never disagree (issue 11): over generated case files and every shipped
 * profile, each timeline item that `deadlines` shows late or overdue has exactly one `validate`
 * finding from the rule that owns its timescale, with the same due date; and every finding about a
 * timescale has its timeline item (same timescale, same due date).
 *
 * Case files are a looked-after child (a care order, one to three placements) or a child on a plan
 * (its initial conference only as an event, sometimes with start and end times), with events of the
 * kinds the timeline counts at generated days, and up to two escalations walked on the profile's
 * ladder (raised informally or formally, answered, escalated, resolved at generated days), checked at
 * a generated "today".
 *
 * Escalation items carry their timescale ids (an informal step's own, "escalation-stage-response",
 * "escalation-total"), so they are covered like any other. One finding has no item by design: a stage
 * left (escalated or resolved) with no response after its due date is reported ("unanswered",
 * "resolvedUnanswered"), but `deadlines` lists only dates still to meet, and that one has none.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { createCalendar } from "../../src/calendar/index.js";
import { planStep, type StepRequest } from "../../src/escalation/moves.js";
import type { ResolvedProfile } from "../../src/profiles/types.js";
import { BUILT_IN_PROFILES, loadProfile } from "../../src/profiles/load-profile.js";
import { timescaleOwners } from "../../src/rules/ownership.js";
import { rulesFor, validateRecord } from "../../src/rules/run-rules.js";
import { buildTimeline } from "../../src/timeline/build-timeline.js";
import type { CaseFile } from "../../src/types/index.js";
import { escalation as escalationFixture } from "../fixtures/records.js";
import { ev, lookedAfterFrom, onPlanFrom } from "../fixtures/timeline.js";

const calendar = createCalendar({ onWarning: () => {} });
const DAY = 86_400_000;
const plus = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

const LA_EVENTS = ["looked-after-review", "lac-visit", "care-plan", "placement-planning-meeting", "pep", "health-assessment-request", "health-assessment", "case-note", "supervision", "iro-notified", "professionals-notified", "child-seen-after-placement"] as const;
const CP_EVENTS = ["review-conference", "core-group", "cp-visit", "midway-check", "chair-visit", "supervision", "case-note", "qapr"] as const;

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

/** "/records/3" of a path inside a case file's record, else undefined. */
const recordOf = (path: string) => /^\/records\/\d+/.exec(path)?.[0];

/** Steps of an escalation: the first raises it (informally or at Formal 1), each later one comes some days after the one before. */
const escalationSteps = fc.record({
  from: fc.integer({ min: 0, max: 200 }),
  formal: fc.boolean(),
  steps: fc.array(fc.tuple(fc.constantFrom("respond", "escalate", "resolve") as fc.Arbitrary<"respond" | "escalate" | "resolve">, fc.integer({ min: 1, max: 12 })), { maxLength: 6 }),
  recordedAfter: fc.option(fc.integer({ min: 0, max: 10 })),
});
type EscalationSteps = typeof escalationSteps extends fc.Arbitrary<infer T> ? T : never;

/** Walks the steps on the profile's ladder (a step the ladder refuses is skipped), as `reviewkit escalate` would write them. */
function walkEscalation(cf: CaseFile, spec: EscalationSteps, n: number, profile: ResolvedProfile): void {
  let record = escalationFixture();
  record.id = `ESC-${n}`;
  record.child = { id: cf.child.id, name: cf.child.name, dateOfBirth: cf.child.dateOfBirth };
  record.childStatus = cf.cpPlans?.length ? "child-protection" : "looked-after";
  record.linkedDecisionIds = [];
  record.events = [];
  const start = cf.placements[0]?.startDate ?? cf.cpPlans?.[0]?.startDate ?? "2026-01-05";
  let date = plus(start, spec.from);
  const requests: StepRequest[] = [
    { action: "raise", date, delegateName: "Grace Mensah", ...(spec.formal ? { stage: "formal-1" as const } : {}) },
    ...spec.steps.map(([action, gap]) => {
      date = plus(date, gap);
      return action === "escalate" ? { action, date, delegateName: "Tomasz Wójcik" } : { action, date, text: action === "respond" ? "Contact is being arranged." : "Contact started." };
    }),
  ];
  for (const request of requests) {
    const plan = planStep(record, request, profile, calendar);
    if (plan.ok) record = plan.result.escalation;
  }
  if (record.events.length === 0) return;
  if (record.outcome && spec.recordedAfter !== null) record.outcome.recordedOn = plus(record.outcome.resolvedOn, spec.recordedAfter);
  cf.records.push(record);
}

describe("validate and deadlines agree (property)", () => {
  for (const id of BUILT_IN_PROFILES) {
    it(`${id}: each late or overdue item has exactly one finding from its owner, and each timescale finding its item`, () => {
      const profile = loadProfile(id);
      const owners = timescaleOwners(profile, rulesFor(profile)).owners;
      fc.assert(
        fc.property(fc.oneof(lookedAfter, onPlan), fc.array(escalationSteps, { maxLength: 2 }), ([cf, asOf], escalations) => {
          escalations.forEach((spec, n) => walkEscalation(cf, spec, n, profile));
          const { findings } = validateRecord(cf, { profile, asOf, calendar });
          expect(findings.filter((f) => f.ruleId.startsWith("schema/") || f.severity === "internal")).toEqual([]);
          const items = buildTimeline(cf, { profile, asOf, calendar }).items;
          for (const item of items) {
            // Frequencies (Gloucestershire's QAPR counts) are owned like timescales.
            if (item.timescale === undefined || !(item.timescale in profile.timescales || item.timescale in profile.frequencies)) continue;
            // An informal escalation step no timescale times (the england ladder's) has no owner either: guidance only.
            if (item.status !== "done-late" && item.status !== "overdue") continue;
            const owner = owners.get(item.timescale);
            // Two escalations can fall due the same day: a finding about a record in the file is that record's.
            const record = recordOf(item.trigger.path);
            const mine = findings.filter((f) => f.ruleId === owner && f.timescale === item.timescale && f.due === item.due && (record === undefined || recordOf(f.path) === record));
            // Items of one timescale can share a due date (a conference on a Friday and one the next
            // day both have minutes due the same day): as many findings as such items, one each.
            const twins = items.filter(
              (i) => i.timescale === item.timescale && i.due === item.due && (i.status === "done-late" || i.status === "overdue") && recordOf(i.trigger.path) === record,
            );
            expect(mine, `${item.id} (${item.status}, due ${item.due}) owned by ${owner}`).toHaveLength(twins.length);
          }
          const leftUnanswered = new Set(["unanswered", "resolvedUnanswered"]);
          for (const f of findings.filter((x) => x.timescale !== undefined && !leftUnanswered.has(x.messageId ?? ""))) {
            const match = items.some((i) => i.timescale === f.timescale && i.due === f.due);
            expect(match, `${f.ruleId} ${f.timescale} due ${f.due} has no timeline item`).toBe(true);
          }
        }),
        { numRuns: 60 },
      );
    });
  }
});
