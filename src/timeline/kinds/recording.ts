/**
 * Recording (Knowsley Practice Standards sections 7 and 9): case notes within 5 working days of what
 * they record; supervision at least every 28 days, and its record within a week. A "case-note" event
 * always needs its note; any other event needs one only where the case file tracks it (recordedOn).
 * Supervision in the schema does not say whether it was formal or ad hoc, so every session is read
 * as formal (record within a week); the 48-hour ad-hoc limit cannot be told apart.
 */
import { eventField, eventStarts, eventsOf, firstInPeriods } from "../sources.js";
import { involvementEnd } from "../periods.js";
import type { ItemKind, Trigger } from "../types.js";

const caseNotes: ItemKind = {
  id: "case-note",
  title: () => "Case note recorded",
  triggers: (env) =>
    env.caseFile.events.flatMap((e, i): Trigger[] =>
      e.type === "case-note" || (e.recordedOn !== undefined && e.type !== "supervision")
        ? [{ key: e.id, event: e.type === "case-note" ? "case-note" : e.type, date: e.date, path: `/events/${i}` }]
        : [],
    ),
  done: (env, t) => eventField(env, t, "recordedOn"),
  schedule: { type: "once", timescale: () => "case-notes" },
};

const supervision: ItemKind = {
  id: "supervision",
  title: () => "Supervision session",
  triggers: (env) => {
    const all = eventsOf(env, ["supervision"]);
    const first = all[0];
    if (!first) return [];
    return firstInPeriods([{ key: "supervision", from: first.date, to: involvementEnd(env.periods), path: first.path, event: "supervision" }], all, "supervision");
  },
  done: (env) => eventsOf(env, ["supervision"]),
  schedule: { type: "every", timescale: () => "supervision" },
};

const supervisionRecord: ItemKind = {
  id: "supervision-record",
  title: () => "Supervision record added",
  triggers: (env) => eventStarts(env, "supervision"),
  done: (env, t) => eventField(env, t, "recordedOn"),
  schedule: { type: "once", timescale: () => "supervision-record" },
};

/**
 * Recording items.
 * @example RECORDING_KINDS.map((k) => k.id) // ["case-note", "supervision", "supervision-record"]
 */
export const RECORDING_KINDS: readonly ItemKind[] = [caseNotes, supervision, supervisionRecord];
