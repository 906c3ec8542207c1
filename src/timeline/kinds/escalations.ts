/**
 * The clocks of each escalation in the case file: the response due at the stage it stands at (or
 * given at any stage), the whole formal process's total time (IRO Handbook 2010 para 6.2,
 * NAT-HB-6.2; Leicestershire LEI-FE-5 and LEI-FE-20, Positive Challenge LEI-PC; Gloucestershire PRP
 * 4.1 and 4.2, GL-4.1 and GL-4.2), and the outcome entered on the child's record (Knowsley IRO
 * Standard 6.2, KIRO-6.2). Stage and total dates come from the escalation state machine
 * (replayEscalation), never worked out again here, so they agree with `reviewkit escalate` and the
 * escalation rules.
 */
import { replayOnce } from "../../case-index/replays.js";
import type { Citation } from "../../profiles/types.js";
import { isFormalStage, replayEscalation, type EscalationReplay, type StageVisit } from "../../escalation/index.js";
import { recordsOf } from "../sources.js";
import type { ItemKind, Occurrence, TimelineEnv, Trigger } from "../types.js";

interface Read {
  index: number;
  replay: EscalationReplay;
}

const memo = new WeakMap<TimelineEnv, Read[]>();

/** Each escalation record replayed on its ladder, once per timeline. */
function escalations(env: TimelineEnv): Read[] {
  let list = memo.get(env);
  if (!list) {
    // The same replay the escalation rules read during a validation (src/case-index/replays.ts).
    list = recordsOf(env, "escalation").map(({ record, index }) => ({ index, replay: replayOnce(env.caseFile, record, env.profile, env.calendar) }));
    memo.set(env, list);
  }
  return list;
}

/** The escalation and, for a stage trigger, the visit its path points at ("/records/3/events/1"). */
function find(env: TimelineEnv, trigger: Trigger): { read: Read; visit: StageVisit | undefined } | undefined {
  const [, , index, , event] = trigger.path.split("/");
  const read = escalations(env).find((r) => r.index === Number(index));
  if (!read) return undefined;
  return { read, visit: read.replay.visits.find((v) => v.eventIndex === Number(event)) };
}

/**
 * A stage's response is tracked while the stage is open, and once it is given. A stage left (taken
 * further or resolved) with no response is not: before its due date nothing was owed, after it the
 * rules (lei-formal-stage-response, gl-level-response, …) report it; neither has a date left to meet.
 */
const stageResponse: ItemKind = {
  id: "escalation-stage-response",
  title: (_step, t) => `Escalation response: ${t.detail ?? "the stage"}`,
  triggers: (env) =>
    escalations(env).flatMap(({ index, replay }) =>
      replay.visits
        // Where the informal step is timed to its resolution (below), that is its one clock.
        .filter((v) => isFormalStage(v.stage) || !resolvesInformally(env))
        .filter((v) => v.responses.length > 0 || (v.ended === undefined && replay.state === "open"))
        .map((v) => ({ key: `${index}:${v.eventIndex}`, event: "escalation-stage", date: v.reachedOn, path: `/records/${index}/events/${v.eventIndex}`, due: v.responseDue, detail: v.name })),
    ),
  done: (env, trigger): Occurrence[] => {
    const response = find(env, trigger)?.visit?.responses[0];
    return response ? [{ date: response.date, path: `/records/${trigger.path.split("/")[2]}/events/${response.eventIndex}/date` }] : [];
  },
  schedule: {
    type: "dated",
    citation: (env, trigger): Citation | undefined => {
      const found = find(env, trigger);
      if (!found?.visit) return undefined;
      if (!isFormalStage(found.visit.stage)) return found.read.replay.ladder.informal.citation;
      // The formal stages' response time is the profile's "escalation-stage-response" (LEI-FE-5, GL-4.2, NAT-HB-6.2).
      return env.profile.timescales["escalation-stage-response"]?.citation ?? found.read.replay.ladder.totalFormalTime.citation;
    },
    // The id the owner rule's finding carries: the informal step's own timescale where the ladder
    // names one (LEI-PC, GL-4.1), the formal stages' "escalation-stage-response".
    timescale: (env, trigger) => {
      const found = find(env, trigger);
      if (!found?.visit) return undefined;
      return isFormalStage(found.visit.stage) ? "escalation-stage-response" : found.read.replay.ladder.informal.timescale;
    },
  },
};

/** Whether the profile times the informal step to its resolution ("informal-resolution", GL-4.1) rather than to a response. */
function resolvesInformally(env: TimelineEnv): boolean {
  return Object.hasOwn(env.profile.timescales, "informal-resolution");
}

/**
 * GL-4.1: "the actions agreed should be completed within 5 days or within a timescale mutually
 * agreed as in the child's interests", and section 4.2: "If the matters cannot be resolved
 * informally within 5 days … [the chair] should take formal action". So the informal step ends
 * (resolved, or taken formal) by the latest date agreed for its actions, else the ladder's informal
 * time from the day it was raised; as rule gl-informal-timely reads it. Where the profile has the
 * "informal-resolution" timescale.
 */
const informalResolution: ItemKind = {
  id: "escalation-informal-resolution",
  title: (_step, t) => `Informal concern resolved or taken formal: ${t.detail ?? "informal"}`,
  triggers: (env) => {
    if (!resolvesInformally(env)) return [];
    return escalations(env).flatMap(({ index, replay }) =>
      replay.visits
        .filter((v) => !isFormalStage(v.stage))
        .map((v) => {
          const record = env.caseFile.records[index];
          const actions = record?.recordType === "escalation" ? (record.events[v.eventIndex]?.agreedActions ?? []) : [];
          const agreed = actions.map((a) => a.dueDate).sort().pop();
          return { key: `${index}:${v.eventIndex}`, event: "escalation-informal", date: v.reachedOn, path: `/records/${index}/events/${v.eventIndex}`, due: agreed ?? v.responseDue, detail: v.name };
        }),
    );
  },
  done: (env, trigger): Occurrence[] => {
    const ended = find(env, trigger)?.visit?.ended;
    if (!ended) return [];
    const index = trigger.path.split("/")[2];
    return [{ date: ended.on, path: ended.eventIndex === undefined ? `/records/${index}/outcome/resolvedOn` : `/records/${index}/events/${ended.eventIndex}/date` }];
  },
  schedule: { type: "dated", citation: (env) => env.profile.timescales["informal-resolution"]?.citation, timescale: () => "informal-resolution" },
};

/** The formal process from its first formal step to resolution, however many stages it took. */
const formalTotal: ItemKind = {
  id: "escalation-formal-total",
  title: () => "Formal escalation resolved",
  triggers: (env) =>
    escalations(env).flatMap(({ index, replay }) =>
      replay.formalStart && replay.formalDue !== undefined
        ? [{ key: `${index}`, event: "escalation-formal", date: replay.formalStart.date, path: `/records/${index}/events/${replay.formalStart.eventIndex}`, due: replay.formalDue }]
        : [],
    ),
  done: (env, trigger): Occurrence[] => {
    const found = find(env, trigger);
    const closed = found?.read.replay.closed;
    if (!found || !closed) return [];
    const path = closed.eventIndex === undefined ? `/records/${found.read.index}/outcome/resolvedOn` : `/records/${found.read.index}/events/${closed.eventIndex}/date`;
    return [{ date: closed.on, path }];
  },
  schedule: { type: "dated", citation: (env, trigger) => find(env, trigger)?.read.replay.ladder.totalFormalTime.citation, timescale: () => "escalation-total" },
};

/**
 * KIRO-6.2: "Outcomes will be inputted within 5 working days", counted from the day the escalation
 * was resolved (as rule kiro-escalation-outcome-recorded reads it). Where the profile times it.
 */
const outcomeRecorded: ItemKind = {
  id: "escalation-outcome-recorded",
  title: () => "Escalation outcome recorded on the child's file",
  triggers: (env) =>
    recordsOf(env, "escalation").flatMap(({ record, index }) =>
      record.outcome ? [{ key: `${index}`, event: "escalation-resolved", date: record.outcome.resolvedOn, path: `/records/${index}/outcome/resolvedOn` }] : [],
    ),
  done: (env, trigger): Occurrence[] => {
    const index = Number(trigger.path.split("/")[2]);
    const record = env.caseFile.records[index];
    const on = record?.recordType === "escalation" ? record.outcome?.recordedOn : undefined;
    return on === undefined ? [] : [{ date: on, path: `/records/${index}/outcome/recordedOn` }];
  },
  schedule: { type: "once", timescale: () => "escalation-outcome-recorded" },
};

/**
 * Items from escalation records.
 * @example ESCALATION_KINDS.map((k) => k.id) // ["escalation-stage-response", "escalation-informal-resolution", "escalation-formal-total", "escalation-outcome-recorded"]
 */
export const ESCALATION_KINDS: readonly ItemKind[] = [stageResponse, informalResolution, formalTotal, outcomeRecorded];
