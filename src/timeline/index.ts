/**
 * Due dates for a case file: the timeline engine, the deadlines across case files, and their formats.
 * @example
 * import { buildTimeline } from "./timeline/index.js";
 * buildTimeline(caseFile, { profile: loadProfile("knowsley"), asOf: "2027-01-12" }).items
 */
export * from "./types.js";
export { buildTimeline } from "./build-timeline.js";
export { ITEM_KINDS, ITEM_KIND_IDS } from "./kinds/index.js";
export { casePeriods, within, involvementEnd, type CasePeriods, type Period } from "./periods.js";
export { sortByUrgency, dueWithin, dueBetween, weekOf, isOpen, summarise, type StatusCounts } from "./urgency.js";
export { statusOf, compareMoment } from "./item.js";
export { triggerLabel, TRIGGER_LABELS } from "./labels.js";
export { deadlinesForFiles, type DeadlineItem, type DeadlinesOptions, type DeadlinesResult, type DeadlineFailure } from "./deadlines.js";
export { formatDeadlinesText, shortDate, daysText } from "./format-text.js";
export { formatDeadlinesCsv } from "./format-csv.js";
export { formatDeadlinesIcs, initials, uidFor } from "./format-ics.js";
export { timelineFor } from "./timeline-for.js";
