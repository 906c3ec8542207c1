/**
 * The escalation ladder as a state machine (IRO Handbook 2010 para 6.2 and each authority's ladder
 * in its profile): replay a record, check and take a step, report where it stands. Pure functions,
 * but for escalate-file.ts (not re-exported here, so the browser form never pulls in node:fs), which
 * reads and rewrites one escalation file under a lock.
 * @example
 * const step = takeStep(escalation, { action: "escalate", date: "2027-01-04", delegateName: "Jo Bloggs" }, loadProfile("leicestershire"), defaultCalendar());
 * step.event.responseDueDate // "2027-01-11"
 */
export * from "./ladder.js";
export * from "./due-dates.js";
export * from "./replay.js";
export * from "./timeliness.js";
export * from "./cafcass.js";
export * from "./moves.js";
export * from "./status.js";
export * from "./describe.js";
export { EscalationMoveError } from "./errors.js";
export * from "./format-text.js";
