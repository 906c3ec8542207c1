/**
 * Items from section 47 to the plan: the strategy discussion and its minutes (Knowsley Practice
 * Standards section 2), the initial conference (Working Together 2023; section 3), the plan within
 * 24 hours and conference minutes (Knowsley CP Chair Standards 1.2 and 1.4), review conferences.
 */
import { compareIsoDates, datePart } from "../../calendar/index.js";
import { within } from "../periods.js";
import { conferencesHeld, eventField, eventStarts, eventsOf, mergeByDate, periodStarts, recordsOf, type ConferenceHeld } from "../sources.js";
import type { ItemKind, Occurrence, TimelineEnv, Trigger } from "../types.js";

const strategyDiscussion: ItemKind = {
  id: "strategy-discussion",
  title: () => "Strategy discussion",
  triggers: (env) => eventStarts(env, "strategy-discussion-decision", true),
  done: (env) => eventsOf(env, ["strategy-discussion"], true),
  schedule: { type: "once", timescale: () => "strategy-discussion" },
};

const strategyMinutes: ItemKind = {
  id: "strategy-minutes",
  title: () => "Strategy discussion minutes distributed",
  triggers: (env) => eventStarts(env, "strategy-discussion"),
  done: (env, t) => eventField(env, t, "minutesDistributedOn"),
  schedule: { type: "once", timescale: () => "strategy-minutes" },
};

function strategyDiscussions(env: TimelineEnv): Occurrence[] {
  const fromRecords = recordsOf(env, "cp-conference").flatMap(({ record, index }) =>
    record.conferenceType === "initial" && record.strategyDiscussionDate
      ? [{ date: record.strategyDiscussionDate, path: `/records/${index}/strategyDiscussionDate` }]
      : [],
  );
  return mergeByDate(eventsOf(env, ["strategy-discussion"]), fromRecords);
}

/**
 * The initial conference is counted from the first strategy discussion of an enquiry: a discussion
 * while an earlier one still awaits its conference is part of the same enquiry; one while the child
 * is already on a plan, or followed by a child in need plan before any conference, needs none.
 */
function icpcTriggers(env: TimelineEnv): Trigger[] {
  const initials = conferencesHeld(env, "initial");
  const cinStarts = eventsOf(env, ["cin-start"]);
  const after = (list: readonly Occurrence[], date: string) => list.find((o) => compareIsoDates(o.date, date) >= 0);
  const out: Trigger[] = [];
  for (const d of strategyDiscussions(env)) {
    if (env.periods.cpPlans.some((p) => within(p, d.date))) continue;
    const pending = out.at(-1);
    if (pending) {
      const answered = after(initials, pending.date);
      if (!answered || compareIsoDates(answered.date, d.date) >= 0) continue;
    }
    const conference = after(initials, d.date);
    const cin = after(cinStarts, d.date);
    if (cin && (!conference || compareIsoDates(cin.date, conference.date) < 0)) continue;
    out.push({ key: `sd-${datePart(d.date)}`, event: "strategy-discussion", date: d.date, path: d.path });
  }
  return out;
}

const icpc: ItemKind = {
  id: "icpc",
  title: () => "Initial child protection conference",
  triggers: icpcTriggers,
  done: (env) => conferencesHeld(env, "initial"),
  schedule: { type: "once", timescale: () => "icpc" },
};

/**
 * Conferences that made or continued a plan: held during a plan period (not the one that ended it),
 * with cp-plan records' conference dates too. The 24-hour clock starts when the conference ended
 * where that is recorded (the profile's reading kcp-plan-24-hours-from-end), else at the time the
 * plan or the conference gives, else on the bare date.
 * @example planConferences(env).map((t) => t.date) // ["2027-04-07T10:00", "2027-07-07"]
 */
export function planConferences(env: TimelineEnv): Trigger[] {
  const plans = recordsOf(env, "cp-plan");
  const held: Occurrence[] = [
    ...conferencesHeld(env).map((c: ConferenceHeld) => ({ date: c.endedAt ?? c.startedAt ?? c.date, path: c.path })),
    ...plans.map(({ record, index }) => ({ date: record.conferenceDate, path: `/records/${index}/conferenceDate` })),
  ];
  return mergeByDate(held).flatMap((c) => {
    const period = env.periods.cpPlans.find((p) => within(p, c.date) && (p.to === undefined || compareIsoDates(datePart(c.date), p.to) < 0));
    if (!period) return [];
    const plan = plans.find(({ record }) => datePart(record.conferenceDate) === datePart(c.date));
    const ended = conferencesHeld(env).some((h) => h.path === c.path && h.endedAt !== undefined);
    const date = !ended && plan && plan.record.conferenceDate.length > 10 ? plan.record.conferenceDate : c.date;
    const event = datePart(c.date) === period.from ? "initial-conference" : "review-conference";
    return [{ key: `conf-${datePart(c.date)}`, event, date, path: c.path }];
  });
}

const cpPlanCompleted: ItemKind = {
  id: "cp-plan-completed",
  title: () => "Child protection plan completed by the chair",
  triggers: planConferences,
  done: (env, t) =>
    recordsOf(env, "cp-plan")
      .filter(({ record }) => datePart(record.conferenceDate) === datePart(t.date))
      .map(({ record, index }) => ({ date: record.completedAt, path: `/records/${index}/completedAt` })),
  schedule: { type: "once", timescale: () => "cp-plan-completed" },
};

/** Minutes are "amended and ready for distribution" (CP Chair Standard 1.4): ready, or distributed if only that is recorded. */
const cpMinutes: ItemKind = {
  id: "cp-minutes",
  title: () => "Conference minutes ready for distribution",
  triggers: (env) =>
    conferencesHeld(env).map((c) => ({ key: `${c.conferenceType}-${c.date}`, event: `${c.conferenceType}-conference`, date: c.date, path: c.path })),
  done: (env, t) => {
    const c = conferencesHeld(env).find((x) => x.path === t.path);
    if (c?.record) {
      const ready = c.record.minutes?.readyOn ?? c.record.minutes?.distributedOn;
      const field = c.record.minutes?.readyOn !== undefined ? "readyOn" : "distributedOn";
      return ready === undefined ? [] : [{ date: ready, path: `${t.path}/minutes/${field}` }];
    }
    return t.path.startsWith("/events/") ? eventField(env, t, "minutesDistributedOn") : [];
  },
  schedule: { type: "once", timescale: () => "cp-minutes" },
};

const reviewConferences: ItemKind = {
  id: "cp-review-conference",
  title: (step) => (step === 0 ? "First review conference" : "Review conference"),
  triggers: (env) => periodStarts(env.periods.cpPlans),
  done: (env, t) => conferencesHeld(env, "review").filter((c) => compareIsoDates(c.date, t.date) > 0),
  schedule: { type: "every", timescale: (step) => (step === 0 ? "first-review-conference" : "subsequent-review-conference") },
};

/**
 * Items from the strategy discussion to the conferences.
 * @example CHILD_PROTECTION_KINDS.map((k) => k.id) // ["strategy-discussion", …]
 */
export const CHILD_PROTECTION_KINDS: readonly ItemKind[] = [
  strategyDiscussion,
  strategyMinutes,
  icpc,
  cpPlanCompleted,
  cpMinutes,
  reviewConferences,
];
