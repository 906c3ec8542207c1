/**
 * The shapes of a case file's timeline: every due date the standards set, with whether it was met.
 * A timeline is built by running a table of "item kinds" (src/timeline/kinds) over a case file; each
 * kind says what starts the clock (its triggers), what stops it (done), and how due dates follow
 * (its schedule). See build-timeline.ts.
 */
import type { WorkingDayCalendar } from "../calendar/index.js";
import type { Citation, ResolvedProfile, Unit } from "../profiles/types.js";
import type { CaseFile } from "../types/index.js";
import type { CasePeriods } from "./periods.js";
import type { CaseIndex } from "../case-index/case-index.js";

/**
 * Where an item stands on the as-of date. "due" covers items whose date is still ahead (or today).
 * @example ITEM_STATUSES.includes("overdue") // true
 */
export const ITEM_STATUSES = ["overdue", "due", "done-late", "done-on-time"] as const;
/** One of ITEM_STATUSES. @example const s: ItemStatus = "overdue"; */
export type ItemStatus = (typeof ITEM_STATUSES)[number];

/**
 * One due date the standards set for a child.
 * @example
 * { id: "lac-review:la-2026-12-15:0", kind: "lac-review", title: "First looked-after review",
 *   trigger: { event: "became-looked-after", date: "2026-12-15", path: "/legalStatus/0/from" },
 *   due: "2027-01-15", status: "due", daysLeft: 3, timescale: "lac-first-review", value: 20, unit: "working_days",
 *   citation: { document: "CPPCR-2010", paragraph: "reg 33(1)", requirement: "NAT-R33" },
 *   child: { id: "KN-0001", name: "Amara Okafor", preferredName: "Amara" }, team: "Children in Care Team 1" }
 */
export interface TimelineItem {
  /** Stable within a case file: kind, trigger key and, for recurring items, the step. */
  id: string;
  /** The item kind's id (src/timeline/kinds), e.g. "lac-review". */
  kind: string;
  /** Plain English, no personal data: "First looked-after review". */
  title: string;
  /** What started the clock: an event name (see TRIGGER_LABELS), its date and JSON Pointer in the case file. */
  trigger: { event: string; date: string; path: string };
  /** ISO date, or a date-time where the standard counts hours. */
  due: string;
  /** For a recurring item after the first: the previous one's date, which the due date is counted from. */
  measuredFrom?: string;
  /** When it was done, if it was. */
  done?: string;
  /** JSON Pointer of the record or event that shows it was done. */
  donePath?: string;
  status: ItemStatus;
  /** Working days from the as-of date to the due date (status "due"). */
  daysLeft?: number;
  /** Working days from the due date to the as-of date (status "overdue"). */
  daysOverdue?: number;
  /** Working days from the due date to the day it was done (status "done-late"). */
  daysLate?: number;
  /** The profile timescale (or frequency) the due date comes from; absent when the date was set by a record itself. */
  timescale?: string;
  value?: number;
  unit?: Unit;
  /** True when no standard sets a limit, so the item is never overdue (an early review the IRO decided on). */
  noLimit?: boolean;
  citation: Citation;
  child: { id: string; name: string; preferredName?: string };
  team: string;
}

/**
 * A case file's timeline.
 * @example const t: Timeline = buildTimeline(caseFile, { profile, asOf: "2027-01-12" });
 */
export interface Timeline {
  caseFileId: string;
  profile: string;
  asOf: string;
  items: TimelineItem[];
}

/** What building a timeline needs besides the case file. @example { profile: loadProfile("knowsley"), asOf: "2027-01-12" } */
export interface TimelineOptions {
  profile: ResolvedProfile;
  /** ISO date treated as today for "due" and "overdue". */
  asOf: string;
  /** Default: the shipped bank holidays. */
  calendar?: WorkingDayCalendar | undefined;
}

/**
 * What every kind may read: the case file, the profile, the calendar and the periods worked out once.
 * @example env.profile.timescales["icpc"]
 */
export interface TimelineEnv {
  readonly caseFile: CaseFile;
  readonly profile: ResolvedProfile;
  readonly calendar: WorkingDayCalendar;
  readonly asOf: string;
  readonly periods: CasePeriods;
  /** The case file read once: events and records by type, and the lists derived from them (src/case-index). */
  readonly index: CaseIndex;
  /** The child as every item names them (TimelineItem.child), made once: the items share it. */
  readonly itemChild: TimelineItem["child"];
}

/**
 * What starts a clock: day 0 of an item.
 * @example { key: "P1", event: "placement-start", date: "2026-06-01", path: "/placements/0/startDate" }
 */
export interface Trigger {
  /** Stable id fragment, unique among one kind's triggers: an event, placement or record id, or a date. */
  key: string;
  /** What happened, as a TRIGGER_LABELS key. */
  event: string;
  /** Day 0: a date, or a date-time where the standard counts hours. */
  date: string;
  path: string;
  /** Completions count from here (default: `date`), e.g. a care plan written before the placement began. */
  windowStart?: string | undefined;
  /** The duty ends here (the placement or plan ended); completions after it do not count. */
  until?: string | undefined;
  /** A due date set by a record itself (a review decision's due date), for "dated" schedules. */
  due?: string | undefined;
  /** A short id for the title where several items share a trigger (a decision's id, "D2"). */
  detail?: string | undefined;
  /** The placement the clock belongs to, for placement-based timescales. */
  placement?: CaseFile["placements"][number] | undefined;
}

/**
 * Something that happened and may complete an item: its date and where it is in the case file.
 * @example { date: "2026-06-26", path: "/events/2" }
 */
export interface Occurrence {
  date: string;
  path: string;
}

/**
 * Picks the timescale id for step `step` of a recurring item, counted from `from`; undefined ends the chain.
 * @example const reviews: StepTimescale = (step) => (step === 0 ? "lac-first-review" : "lac-subsequent-review");
 */
export type StepTimescale = (step: number, from: string, trigger: Trigger, env: TimelineEnv) => string | undefined;

/**
 * How an item's due dates follow from its trigger.
 * - once: one due date, `timescale` after the trigger; done by the first completion in the window.
 * - every: "at least every N": each completion starts the next interval (reviews, visits, core groups).
 * - count: "at least n per period" from a profile frequency: one item per period, due on its last day, done by its n-th completion.
 * - dated: the trigger carries its own due date (a review decision, a report due before a scheduled
 *   meeting, an escalation stage's response) or, with noLimit, none at all; the citation may depend
 *   on the trigger (an escalation's informal and formal stages cite different paragraphs).
 * @example { type: "once", timescale: () => "iro-notified" }
 */
export type Schedule =
  | { type: "once"; timescale: (trigger: Trigger, env: TimelineEnv) => string | undefined }
  | { type: "every"; timescale: StepTimescale }
  | { type: "count"; first: string; later: string }
  | {
      type: "dated";
      citation: (env: TimelineEnv, trigger: Trigger) => Citation | undefined;
      noLimit?: boolean;
      /**
       * The profile timescale the item stands for, so the rule that owns it reports it (the due date
       * is still the trigger's); a function where it depends on the trigger (an escalation's
       * informal step and formal stages).
       */
      timescale?: string | ((env: TimelineEnv, trigger: Trigger) => string | undefined);
    };

/**
 * One kind of item: which events start it, which complete it, and its schedule.
 * @example
 * const iroNotified: ItemKind = { id: "iro-notified", title: () => "IRO service told",
 *   triggers: lookedAfterStarts, done: (env, t) => eventsIn(env, t, "iro-notified"),
 *   schedule: { type: "once", timescale: () => "iro-notified" } };
 */
export interface ItemKind {
  id: string;
  /** Plain English, never record content; `step` counts from 0 for recurring items. */
  title: (step: number, trigger: Trigger) => string;
  triggers: (env: TimelineEnv) => readonly Trigger[];
  /** Candidate completions, any order; the schedule picks those inside the trigger's window. */
  done: (env: TimelineEnv, trigger: Trigger) => readonly Occurrence[];
  schedule: Schedule;
}
