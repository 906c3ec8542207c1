/**
 * One case file as the report's figures see it: the record, its profile, and the timeline and
 * findings `validate` and `deadlines` would give for it on the same as-of date.
 */
import type { WorkingDayCalendar } from "../calendar/index.js";
import type { ResolvedProfile } from "../profiles/types.js";
import type { Finding } from "../schema/finding.js";
import type { Timeline, TimelineItem } from "../timeline/types.js";
import type { CaseFile } from "../types/index.js";
import type { Contribution } from "./tally.js";
import type { ReportPeriod } from "./types.js";

/**
 * What a figure section reads for one case file.
 * @example view.items("lac-review").filter((i) => inPeriod(i.done, view.period))
 */
export interface CaseView {
  file: string;
  caseFile: CaseFile;
  profile: ResolvedProfile;
  calendar: WorkingDayCalendar;
  asOf: string;
  period: ReportPeriod;
  previous: ReportPeriod;
  timeline: Timeline;
  findings: readonly Finding[];
  /** The timeline's items of one kind. */
  items(kind: string): TimelineItem[];
  /** Counts something in the case file left out of a figure, by reason ("review held outside the period"). */
  leaveOut(reason: string): void;
}

/** A section's figures: it reads one case view and emits contributions. @example section.contribute(view, tally.add) */
export type Contribute = (view: CaseView, emit: (c: Contribution) => void) => void;
