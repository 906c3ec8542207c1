/**
 * Each escalation's steps replayed once per validation (issue 15): several rules and the timeline
 * read the same escalation's stages, due dates and formal start, and the replay is the same for the
 * same escalation, profile and calendar.
 */
import type { WorkingDayCalendar } from "../calendar/index.js";
import { replayEscalation, type EscalationReplay } from "../escalation/replay.js";
import type { ResolvedProfile } from "../profiles/types.js";
import type { Escalation } from "../types/index.js";
import { activeCaseIndex } from "./active-index.js";

/**
 * Each escalation's replays by profile and calendar (one in any real run). Plain Maps and lists, not
 * WeakMaps: the memo lives only as long as the validation's index, and WeakMaps made for every
 * escalation validated are more work for the garbage collector.
 */
type Memo = Map<Escalation, { profile: ResolvedProfile; calendar: WorkingDayCalendar; replay: EscalationReplay }[]>;

/**
 * `replayEscalation(escalation, profile, calendar)`, kept for the rest of the validation of `scope`
 * (the case file the escalation sits in, or the escalation validated on its own). Outside a
 * validation it replays every time, as before.
 * @example replayOnce(ctx.caseFile ?? escalation, escalation, ctx.profile, ctx.calendar).formalStart
 */
export function replayOnce(scope: object, escalation: Escalation, profile: ResolvedProfile, calendar: WorkingDayCalendar): EscalationReplay {
  const index = activeCaseIndex(scope);
  if (!index) return replayEscalation(escalation, profile, calendar);
  const memo = index.derived<Memo>("escalation-replays", () => new Map());
  let replays = memo.get(escalation);
  if (!replays) memo.set(escalation, (replays = []));
  for (const r of replays) if (r.profile === profile && r.calendar === calendar) return r.replay;
  const replay = replayEscalation(escalation, profile, calendar);
  replays.push({ profile, calendar, replay });
  return replay;
}
