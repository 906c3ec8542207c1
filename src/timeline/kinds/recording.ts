/**
 * Recording (Knowsley Practice Standards sections 7 and 9): case notes within 5 working days of what
 * they record; supervision at least every 28 days, and its record within a week. A "case-note" event
 * always needs its note; any other event needs one only where the case file tracks it (recordedOn).
 * A supervision event marked `adHoc` is an ad-hoc discussion: "Records of ad-hoc supervision will be
 * the responsibility of the supervisor to add to the system within 48 hours of the discussion"
 * (KSW-9.SUP), timed from the event's dateTime where given. Only formal sessions count towards the
 * 28-day minimum: the standard pairs it with "Both parties evidence preparation for the session",
 * which a corridor discussion does not have.
 */
import { eventField, eventIndexOf, eventStarts, eventsOf, firstInPeriods } from "../sources.js";
import { involvementEnd } from "../periods.js";
import { datePart } from "../../calendar/index.js";
import type { ItemKind, Occurrence, TimelineEnv, Trigger } from "../types.js";

const caseNotes: ItemKind = {
  id: "case-note",
  title: () => "Case note recorded",
  triggers: (env) => {
    // Every event is looked at (any type recorded on a day is a note to write), in a plain loop:
    // flatMap made a list for each of the file's events, most of them empty.
    const events = env.caseFile.events;
    const out: Trigger[] = [];
    for (let i = 0; i < events.length; i++) {
      const e = events[i]!;
      if (e.type === "case-note" || (e.recordedOn !== undefined && e.type !== "supervision")) {
        out.push({ key: e.id, event: e.type === "case-note" ? "case-note" : e.type, date: e.date, path: `/events/${i}` });
      }
    }
    return out;
  },
  done: (env, t) => eventField(env, t, "recordedOn"),
  schedule: { type: "once", timescale: () => "case-notes" },
};

/** Whether the event at an occurrence's path is ad-hoc supervision. */
function adHoc(env: TimelineEnv, o: { path: string }): boolean {
  return env.caseFile.events[eventIndexOf(o.path)]?.adHoc === true;
}

/** Formal supervision sessions (not ad-hoc discussions): found once per case file's index, the same read-only list to each call (each supervision item asks). */
function formalSessions(env: TimelineEnv): readonly Occurrence[] {
  return env.index.derived("formal-supervision", () => eventsOf(env, ["supervision"]).filter((o) => !adHoc(env, o)));
}

const supervision: ItemKind = {
  id: "supervision",
  title: () => "Supervision session",
  triggers: (env) => {
    const all = formalSessions(env);
    const first = all[0];
    if (!first) return [];
    return firstInPeriods([{ key: "supervision", from: first.date, to: involvementEnd(env.periods), path: first.path, event: "supervision" }], all, "supervision");
  },
  done: (env) => formalSessions(env),
  schedule: { type: "every", timescale: () => "supervision" },
};

const supervisionRecord: ItemKind = {
  id: "supervision-record",
  title: (_, t) => (t.event === "ad-hoc-supervision" ? "Ad-hoc supervision record added" : "Supervision record added"),
  // Ad-hoc discussions are timed in hours, so from their time where the event gives one.
  triggers: (env) =>
    eventStarts(env, "supervision", true).map((t) => (adHoc(env, t) ? { ...t, event: "ad-hoc-supervision" } : { ...t, date: datePart(t.date) })),
  done: (env, t) => eventField(env, t, "recordedOn"),
  schedule: { type: "once", timescale: (t) => (t.event === "ad-hoc-supervision" ? "supervision-record-ad-hoc" : "supervision-record") },
};

/**
 * Recording items.
 * @example RECORDING_KINDS.map((k) => k.id) // ["case-note", "supervision", "supervision-record"]
 */
export const RECORDING_KINDS: readonly ItemKind[] = [caseNotes, supervision, supervisionRecord];
