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

type Memo = WeakMap<Escalation, WeakMap<ResolvedProfile, WeakMap<WorkingDayCalendar, EscalationReplay>>>;

/**
 * `replayEscalation(escalation, profile, calendar)`, kept for the rest of the validation of `scope`
 * (the case file the escalation sits in, or the escalation validated on its own). Outside a
 * validation it replays every time, as before.
 * @example replayOnce(ctx.caseFile ?? escalation, escalation, ctx.profile, ctx.calendar).formalStart
 */
export function replayOnce(scope: object, escalation: Escalation, profile: ResolvedProfile, calendar: WorkingDayCalendar): EscalationReplay {
  const index = activeCaseIndex(scope);
  if (!index) return replayEscalation(escalation, profile, calendar);
  const memo = index.derived<Memo>("escalation-replays", () => new WeakMap());
  let byProfile = memo.get(escalation);
  if (!byProfile) memo.set(escalation, (byProfile = new WeakMap()));
  let byCalendar = byProfile.get(profile);
  if (!byCalendar) byProfile.set(profile, (byCalendar = new WeakMap()));
  let replay = byCalendar.get(calendar);
  if (!replay) byCalendar.set(calendar, (replay = replayEscalation(escalation, profile, calendar)));
  return replay;
}
